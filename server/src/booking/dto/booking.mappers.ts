import { depositCents, type ServiceEntity } from '../../catalog/index.js';
import {
  normalizeEmail,
  normalizeName,
  normalizePhone,
  toClientType,
  type ClientEntity,
  type ContactInput,
} from '../../clients/index.js';
import { toPaymentType, type PaymentEntity } from '../../payment/index.js';
import type { BookingEntity, BookingItemEntity } from '../booking.entities.js';
import { isPossibleDuplicate } from '../domain/client-match.js';

/** A booking with everything its view shows, payments included. */
export type BookingView = BookingEntity & { payments: PaymentEntity[] };
import type { BookingItemType, BookingType } from './booking.types.js';

export function itemDeposit(item: BookingItemEntity): number {
  return depositCents(item.priceCents, item.service as ServiceEntity);
}

export function toBookingItemType(item: BookingItemEntity): BookingItemType {
  return {
    id: item.id,
    serviceId: item.serviceId,
    serviceName: item.serviceName,
    color: item.service?.category?.color ?? '#8e5b6e',
    practitionerId: item.practitionerId,
    practitionerName: item.practitioner?.displayName ?? '',
    cabinId: item.cabinId,
    cabinName: item.cabin?.name ?? null,
    start: item.startsAt,
    end: item.endsAt,
    durationMinutes: item.durationMinutes,
    priceCents: item.priceCents,
  };
}

/** Needs the booking loaded by BookingRepository.views (client, items and their relations). */
export function toBookingType(b: BookingView): BookingType {
  const items = b.items ?? [];
  return {
    id: b.id,
    reference: b.reference,
    status: b.status,
    source: b.source,
    start: b.startsAt,
    end: b.endsAt,
    client: toClientType(b.client as ClientEntity),
    contactEmail: b.contactEmail,
    contactPhone: b.contactPhone,
    clientMatch: b.clientMatch,
    possibleDuplicate: isPossibleDuplicate(b, (b.client as ClientEntity).email),
    items: items.map(toBookingItemType),
    totalCents: items.reduce((sum, i) => sum + i.priceCents, 0),
    depositCents: items.reduce((sum, i) => sum + itemDeposit(i), 0),
    clientNote: b.clientNote,
    holdExpiresAt: b.holdExpiresAt,
    cancelReason: b.cancelReason,
    cancelledBy: b.cancelledBy,
    cancelledAt: b.cancelledAt,
    createdAt: b.createdAt,
    createdByName: b.creator ? `${b.creator.firstName} ${b.creator.lastName}`.trim() : null,
    payments: b.payments.map(toPaymentType),
    paidCents: netPaidCents(b.payments),
  };
}

/**
 * A booking as an online booker sees it in the answer to `createBooking`: the contact details they
 * typed, never what the institute has on file for a client matched by e-mail (someone who knows an
 * address must not learn the phone), nor whether a client with that phone and name exists.
 */
export function asSeenByOnlineBooker(booking: BookingType, typed: ContactInput): BookingType {
  return {
    ...booking,
    client: {
      ...booking.client,
      firstName: normalizeName(typed.firstName),
      lastName: normalizeName(typed.lastName),
      email: normalizeEmail(typed.email),
      phone: normalizePhone(typed.phone),
      notes: null,
      marketingConsent: false,
      serviceEmailOptOut: false,
      serviceSmsOptOut: false,
    },
    clientMatch: null,
    possibleDuplicate: null,
  };
}

type PaidLike = { kind: string; status: string; amountCents: number; refundedCents: number };

/** Money taken and kept (net of refunds) by payments of the given kinds, or of all kinds. */
export function netPaidCents(payments: readonly PaidLike[], kind?: string): number {
  return payments
    .filter((p) => kind === undefined || p.kind === kind)
    .filter((p) => p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED' || p.status === 'REFUNDED')
    .reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);
}

/** Whether a deposit has been taken for the booking (even if the booking is not confirmed yet). */
export function depositTaken(payments: readonly PaidLike[]): boolean {
  return payments.some(
    (p) => p.kind === 'DEPOSIT' && (p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED'),
  );
}
