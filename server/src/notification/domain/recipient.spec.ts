import { clientRecipient, type RecipientBooking, type RecipientClient } from './recipient.js';

const client: RecipientClient = {
  email: 'a@exemple.fr',
  phone: '+33611111111',
  serviceEmailOptOut: false,
  serviceSmsOptOut: false,
};
const typed = (email: string | null, phone: string | null, possibleDuplicate = false): RecipientBooking => ({
  contactEmail: email,
  contactPhone: phone,
  possibleDuplicate,
});

describe('clientRecipient', () => {
  it('sends to what the booker typed, not to the record', () => {
    const booking = typed('b@exemple.fr', '+33622222222', true);
    expect(clientRecipient('EMAIL', booking, client)).toEqual({ to: 'b@exemple.fr', skip: null });
    expect(clientRecipient('SMS', booking, client)).toEqual({ to: '+33622222222', skip: null });
  });

  it('falls back to the record when the booking has no contact (staff picked the client)', () => {
    expect(clientRecipient('EMAIL', typed(null, null), client)).toEqual({ to: 'a@exemple.fr', skip: null });
    expect(clientRecipient('SMS', typed(null, null), client)).toEqual({ to: '+33611111111', skip: null });
  });

  it('skips with the reason when there is nowhere to send', () => {
    const none = { ...client, email: null, phone: null };
    expect(clientRecipient('EMAIL', typed(null, null), none)).toEqual({
      to: null,
      skip: 'Pas d’adresse e-mail.',
    });
    expect(clientRecipient('SMS', typed(null, null), none)).toEqual({
      to: null,
      skip: 'Pas de numéro de téléphone.',
    });
  });

  it('honours the record’s refusals for its own address and for anything its person typed', () => {
    const refusing = { ...client, serviceEmailOptOut: true, serviceSmsOptOut: true };
    // Staff booking, or a booking matched by e-mail with a new phone: the same person refused.
    expect(clientRecipient('EMAIL', typed(null, null), refusing).skip).toBe(
      'La cliente ou le client a refusé les e-mails.',
    );
    expect(clientRecipient('SMS', typed('a@exemple.fr', '+33633333333'), refusing)).toEqual({
      to: '+33633333333',
      skip: 'La cliente ou le client a refusé les SMS.',
    });
    // A possible duplicate: the record's number is still the record's; the typed e-mail is not.
    const duplicate = typed('b@exemple.fr', '+33611111111', true);
    expect(clientRecipient('SMS', duplicate, refusing).skip).toBe(
      'La cliente ou le client a refusé les SMS.',
    );
    expect(clientRecipient('EMAIL', duplicate, refusing)).toEqual({ to: 'b@exemple.fr', skip: null });
    // The same address in another case is the record's own.
    expect(clientRecipient('EMAIL', typed('A@Exemple.fr', null, true), refusing).skip).not.toBeNull();
  });
});
