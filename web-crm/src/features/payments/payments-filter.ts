/** The ledger's filters as they live in the URL, and as the API takes them. Pure. */
import type { PaymentMethod, PaymentStatus, PaymentsFilter } from '../../gql/graphql';
import { addDays, isLocalDate, zonedInstant, type LocalDate } from '@serenaia/shared/paris-time';

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'CASH',
  'BANK_TRANSFER',
  'CARD_TERMINAL',
  'CARD_ONLINE',
  'PAYPAL',
  'GIFT_CARD',
];
export const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'SUCCEEDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'PENDING',
  'FAILED',
  'CANCELLED',
];

export interface LedgerFilters {
  method: PaymentMethod | null;
  status: PaymentStatus | null;
  /** First and last Paris dates, both included. */
  from: LocalDate | null;
  to: LocalDate | null;
}

/** URL parameters: `moyen`, `statut`, `du`, `au`. Anything unknown is ignored. */
export function filtersFromParams(params: URLSearchParams): LedgerFilters {
  const method = params.get('moyen');
  const status = params.get('statut');
  const from = params.get('du');
  const to = params.get('au');
  return {
    method: PAYMENT_METHODS.find((m) => m === method) ?? null,
    status: PAYMENT_STATUSES.find((s) => s === status) ?? null,
    from: isLocalDate(from) ? from : null,
    to: isLocalDate(to) ? to : null,
  };
}

export function filtersToParams(filters: LedgerFilters): Record<string, string | null> {
  return { moyen: filters.method, statut: filters.status, du: filters.from, au: filters.to };
}

/** The API's filter: Paris midnight of the first day to Paris midnight after the last one. */
export function apiFilter(filters: LedgerFilters, page?: { offset: number; limit: number }): PaymentsFilter {
  return {
    ...(filters.method ? { method: filters.method } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: new Date(zonedInstant(filters.from, 0)).toISOString() } : {}),
    ...(filters.to ? { to: new Date(zonedInstant(addDays(filters.to, 1), 0)).toISOString() } : {}),
    ...(page ? { page } : {}),
  };
}

/** A period whose end comes before its start. */
export function periodProblem(filters: LedgerFilters): boolean {
  return filters.from !== null && filters.to !== null && filters.to < filters.from;
}
