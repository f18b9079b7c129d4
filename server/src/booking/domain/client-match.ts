/** What a booking made from contact details says about its client record. Pure. */
import type { ClientMatch } from '../booking.entities.js';

export interface BookingContact {
  clientMatch: ClientMatch | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/**
 * A booking that joined a client by phone and name while the booker typed an e-mail address the
 * record does not have: maybe the same person with another address, maybe a relative sharing the
 * phone. Staff decide (and merge); messages never follow the record's address meanwhile. Once the
 * record holds the typed address (a blank one is filled in, or staff change it), it is no longer
 * a question.
 */
export function isPossibleDuplicate(booking: BookingContact, clientEmail: string | null): boolean {
  return (
    booking.clientMatch === 'PHONE_AND_NAME' &&
    booking.contactEmail !== null &&
    booking.contactEmail.toLowerCase() !== clientEmail?.toLowerCase()
  );
}
