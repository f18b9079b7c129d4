/** The message log's filters as they live in the URL, and as the API takes them. Pure. */
import type {
  NotificationChannel,
  NotificationStatus,
  NotificationTemplate,
  NotificationsFilter,
} from '../../gql/graphql';
import { addDays, isLocalDate, zonedInstant, type LocalDate } from '@serenaia/shared/paris-time';

export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['EMAIL', 'SMS'];
export const NOTIFICATION_STATUSES: readonly NotificationStatus[] = [
  'QUEUED',
  'SENT',
  'CAPTURED',
  'FAILED',
  'SKIPPED',
];
export const NOTIFICATION_TEMPLATES: readonly NotificationTemplate[] = [
  'BOOKING_CONFIRMED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_REMINDER',
  'DEPOSIT_RECEIPT',
  'DEPOSIT_REFUNDED',
  'INSTITUTE_NEW_BOOKING',
  'LOW_STOCK',
  'PURCHASE_ORDER',
  'SALE_RECEIPT',
  'GIFT_CARD',
  'GIFT_CARD_EXPIRY_REMINDER',
  'LOYALTY_REWARD_AVAILABLE',
  'LOYALTY_TIER_REACHED',
  'LOYALTY_REFERRAL_REWARD',
  'LOYALTY_REFERRAL_WELCOME',
  'LOYALTY_BIRTHDAY_BONUS',
];

export interface LogFilters {
  channel: NotificationChannel | null;
  status: NotificationStatus | null;
  template: NotificationTemplate | null;
  /** First and last Paris dates, both included. */
  from: LocalDate | null;
  to: LocalDate | null;
}

export const NO_FILTERS: LogFilters = { channel: null, status: null, template: null, from: null, to: null };

/** URL parameters: `canal`, `statut`, `message`, `du`, `au`. Anything unknown is ignored. */
export function filtersFromParams(params: URLSearchParams): LogFilters {
  const channel = params.get('canal');
  const status = params.get('statut');
  const template = params.get('message');
  const from = params.get('du');
  const to = params.get('au');
  return {
    channel: NOTIFICATION_CHANNELS.find((c) => c === channel) ?? null,
    status: NOTIFICATION_STATUSES.find((s) => s === status) ?? null,
    template: NOTIFICATION_TEMPLATES.find((t) => t === template) ?? null,
    from: isLocalDate(from) ? from : null,
    to: isLocalDate(to) ? to : null,
  };
}

export function filtersToParams(filters: LogFilters): Record<string, string | null> {
  return {
    canal: filters.channel,
    statut: filters.status,
    message: filters.template,
    du: filters.from,
    au: filters.to,
  };
}

/** The API's filter: Paris midnight of the first day to Paris midnight after the last one. */
export function apiFilter(filters: LogFilters): NotificationsFilter {
  return {
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.template ? { template: filters.template } : {}),
    ...(filters.from ? { from: new Date(zonedInstant(filters.from, 0)).toISOString() } : {}),
    ...(filters.to ? { to: new Date(zonedInstant(addDays(filters.to, 1), 0)).toISOString() } : {}),
  };
}

/** A period whose end comes before its start. */
export function periodProblem(filters: LogFilters): boolean {
  return filters.from !== null && filters.to !== null && filters.to < filters.from;
}

export function hasFilter(filters: LogFilters): boolean {
  return Object.values(filters).some((v) => v !== null);
}

/** Whether staff may send a message again: anything not waiting in the queue already. */
export function canResend(n: { status: NotificationStatus; bookingId: string | null }): boolean {
  return n.status !== 'QUEUED' && n.bookingId !== null;
}
