import { createHmac, timingSafeEqual } from 'node:crypto';
import { addDays, INSTITUTE_TIME_ZONE, localDateOf, zonedInstant, type IsoDate } from '../../common/time.js';
import { CODE_ALPHABET } from './gift-card-code.js';

/** Online gift-card orders (pure): transfer reference, delivery instant, how long an order waits. */

export const ORDER_REFERENCE_PREFIX = 'CC-';
export const ORDER_REFERENCE_RANDOM_LENGTH = 6;
/** A scheduled card is sent at most this many days ahead. */
export const MAX_DELIVERY_DAYS_AHEAD = 366;
/** The hour (Paris) a scheduled card is sent on its day. */
export const DELIVERY_TIME = '09:00';

/** `CC-` and six readable symbols (no 0/O/1/I), from six random bytes: what the buyer writes on a transfer. */
export function orderReference(random: Uint8Array): string {
  if (random.length < ORDER_REFERENCE_RANDOM_LENGTH) throw new RangeError('Not enough random bytes');
  let body = '';
  for (let i = 0; i < ORDER_REFERENCE_RANDOM_LENGTH; i++) body += CODE_ALPHABET[random[i] & 31];
  return ORDER_REFERENCE_PREFIX + body;
}

/**
 * When the card is e-mailed: 09:00 Paris on the chosen day; null (at once) without a day or when the
 * day is today or past (in Paris) at `now`.
 */
export function deliveryInstant(deliverOn: IsoDate | null, now: number): number | null {
  if (deliverOn === null) return null;
  if (deliverOn <= localDateOf(now, INSTITUTE_TIME_ZONE)) return null;
  return zonedInstant(deliverOn, DELIVERY_TIME, INSTITUTE_TIME_ZONE);
}

/** Why a chosen delivery day is refused (too far ahead), or null. Past days are fine: sent at once. */
export function deliveryDayRefusal(deliverOn: IsoDate, now: number): string | null {
  const last = addDays(localDateOf(now, INSTITUTE_TIME_ZONE), MAX_DELIVERY_DAYS_AHEAD);
  return deliverOn > last ? 'La date d’envoi ne peut pas dépasser un an.' : null;
}

/** Until when an order waits for its payment: days for a transfer, an hour or so online. */
export function orderExpiry(
  method: 'CARD_ONLINE' | 'PAYPAL' | 'BANK_TRANSFER',
  settings: { transferOrderHours: number; onlineOrderMinutes: number },
  now: number,
): number {
  return method === 'BANK_TRANSFER'
    ? now + settings.transferOrderHours * 3_600_000
    : now + settings.onlineOrderMinutes * 60_000;
}

/** Why a free amount is refused under the shop's bounds (a preset is always accepted), or null. */
export function freeAmountRefusal(
  amountCents: number,
  settings: { presetAmountsCents: number[]; minFreeAmountCents: number; maxFreeAmountCents: number },
): string | null {
  if (!Number.isInteger(amountCents)) return 'Le montant doit être un nombre entier de centimes.';
  if (settings.presetAmountsCents.includes(amountCents)) return null;
  if (amountCents < settings.minFreeAmountCents || amountCents > settings.maxFreeAmountCents) {
    const euros = (cents: number) => `${(cents / 100).toLocaleString('fr-FR')} €`;
    return `Choisissez un montant entre ${euros(settings.minFreeAmountCents)} et ${euros(settings.maxFreeAmountCents)}.`;
  }
  return null;
}

/** The token that lets the buyer's browser read its order back: HMAC of the id under a server key. */
export function orderToken(key: Buffer, orderId: string): string {
  return createHmac('sha256', key).update(`gift-card-order:${orderId}`).digest('base64url');
}

export function orderTokenMatches(key: Buffer, orderId: string, token: string): boolean {
  const expected = Buffer.from(orderToken(key, orderId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
