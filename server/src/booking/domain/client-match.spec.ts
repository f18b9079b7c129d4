import { isPossibleDuplicate, type BookingContact } from './client-match.js';

const booking = (
  clientMatch: BookingContact['clientMatch'],
  contactEmail: string | null,
): BookingContact => ({
  clientMatch,
  contactEmail,
  contactPhone: '+33612345678',
});

describe('isPossibleDuplicate', () => {
  it.each([
    // Phone and name matched, another e-mail typed: staff must look.
    ['PHONE_AND_NAME', 'b@exemple.fr', 'a@exemple.fr', true],
    // The record had no e-mail (it was filled in with the typed one) or now holds it.
    ['PHONE_AND_NAME', 'b@exemple.fr', null, true],
    ['PHONE_AND_NAME', 'b@exemple.fr', 'b@exemple.fr', false],
    ['PHONE_AND_NAME', 'b@exemple.fr', 'B@Exemple.FR', false],
    ['PHONE_AND_NAME', null, 'a@exemple.fr', false],
    // Other ways of finding the client are not in doubt.
    ['EMAIL', 'a@exemple.fr', 'a@exemple.fr', false],
    ['NEW_CLIENT', 'b@exemple.fr', 'b@exemple.fr', false],
    ['CHOSEN_BY_STAFF', null, 'a@exemple.fr', false],
    [null, null, 'a@exemple.fr', false],
  ] as const)('%s, typed %s, record %s → %s', (match, typed, stored, expected) => {
    expect(isPossibleDuplicate(booking(match, typed), stored)).toBe(expected);
  });
});
