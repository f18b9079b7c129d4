import { deliveryMessages, isDeliveryDue, isEmailAddress, reminderAddress } from './delivery.js';

describe('gift card delivery rules', () => {
  it.each([
    [
      { recipientEmail: 'marie@ex.fr', buyerEmail: 'paul@ex.fr' },
      [
        { to: 'marie@ex.fr', role: 'RECIPIENT' },
        { to: 'paul@ex.fr', role: 'BUYER_COPY' },
      ],
    ],
    [{ recipientEmail: 'marie@ex.fr', buyerEmail: null }, [{ to: 'marie@ex.fr', role: 'RECIPIENT' }]],
    [{ recipientEmail: null, buyerEmail: 'paul@ex.fr' }, [{ to: 'paul@ex.fr', role: 'RECIPIENT' }]],
    [{ recipientEmail: 'Paul@ex.fr', buyerEmail: 'paul@ex.fr' }, [{ to: 'Paul@ex.fr', role: 'RECIPIENT' }]],
    [{ recipientEmail: '  ', buyerEmail: null }, []],
    [{ recipientEmail: null, buyerEmail: null }, []],
  ])('%j → %j', (card, expected) => {
    expect(deliveryMessages(card)).toEqual(expected);
  });

  it('sends at once without a date, at or after the date otherwise', () => {
    expect(isDeliveryDue(null, 1000)).toBe(true);
    expect(isDeliveryDue(1000, 999)).toBe(false);
    expect(isDeliveryDue(1000, 1000)).toBe(true);
    expect(isDeliveryDue(1000, 1001)).toBe(true);
  });

  it('reminds the holder: the recipient, else the buyer', () => {
    expect(reminderAddress({ recipientEmail: 'a@b.fr', buyerEmail: 'c@d.fr' })).toBe('a@b.fr');
    expect(reminderAddress({ recipientEmail: null, buyerEmail: 'c@d.fr' })).toBe('c@d.fr');
    expect(reminderAddress({ recipientEmail: null, buyerEmail: null })).toBeNull();
  });

  it.each([
    ['marie@example.fr', true],
    ['marie.dupont+cadeau@mail.example.com', true],
    ['marie@example', false],
    ['marie example.fr', false],
    ['<marie@example.fr>', false],
    ['', false],
  ])('%s is an address: %s', (value, ok) => {
    expect(isEmailAddress(value)).toBe(ok);
  });
});
