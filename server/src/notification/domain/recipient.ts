/** Where a message to a booking's client goes, or why it does not. Pure. */
import type { NotificationChannel } from '../notification.entities.js';

export interface RecipientBooking {
  /** What the booker typed (null: staff picked the client, or an older booking). */
  contactEmail: string | null;
  contactPhone: string | null;
  /** The booker may not be the record's person (matched by phone and name, another e-mail). */
  possibleDuplicate: boolean;
}

export interface RecipientClient {
  email: string | null;
  phone: string | null;
  serviceEmailOptOut: boolean;
  serviceSmsOptOut: boolean;
}

export type Recipient = { to: string; skip: null } | { to: string | null; skip: string };

/**
 * The booking's own contact first (the person who booked gets the messages at the address they
 * typed), the client record's as a fallback. The record's refusal of service messages covers its
 * own address and number, and any contact of a booking its person made; not the typed address of
 * a possible duplicate, whose booker may be someone else (and asked for this booking under it).
 */
export function clientRecipient(
  channel: NotificationChannel,
  booking: RecipientBooking,
  client: RecipientClient,
): Recipient {
  const email = channel === 'EMAIL';
  const stored = email ? client.email : client.phone;
  const to = (email ? booking.contactEmail : booking.contactPhone) ?? stored;
  if (to === null) return { to: null, skip: email ? 'Pas d’adresse e-mail.' : 'Pas de numéro de téléphone.' };
  const optedOut = email ? client.serviceEmailOptOut : client.serviceSmsOptOut;
  const recordsOwn = stored !== null && to.toLowerCase() === stored.toLowerCase();
  if (optedOut && (recordsOwn || !booking.possibleDuplicate))
    return {
      to,
      skip: email
        ? 'La cliente ou le client a refusé les e-mails.'
        : 'La cliente ou le client a refusé les SMS.',
    };
  return { to, skip: null };
}
