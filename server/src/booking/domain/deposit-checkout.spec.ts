import {
  depositCheckoutRefusal,
  depositMethod,
  giftCardPartCents,
  type DepositState,
} from './deposit-checkout.js';

const now = Date.UTC(2026, 2, 10, 9, 0);
const pending: DepositState = {
  status: 'PENDING',
  depositCents: 2000,
  depositTaken: false,
  holdExpiresAt: now + 60_000,
};

describe('depositCheckoutRefusal', () => {
  it('opens a checkout for a pending booking with a deposit due and its hold running', () => {
    expect(depositCheckoutRefusal(pending, now)).toBeNull();
    expect(depositCheckoutRefusal({ ...pending, holdExpiresAt: null }, now)).toBeNull();
  });

  it('refuses a second payment once a deposit was taken, even while the booking is still pending', () => {
    expect(depositCheckoutRefusal({ ...pending, depositTaken: true }, now)).toBe(
      'L’acompte de ce rendez-vous est déjà réglé.',
    );
    // …and that reason wins over every other one.
    expect(
      depositCheckoutRefusal(
        { status: 'CANCELLED', depositCents: 0, depositTaken: true, holdExpiresAt: now - 1 },
        now,
      ),
    ).toBe('L’acompte de ce rendez-vous est déjà réglé.');
  });

  it.each(['CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const)(
    'expects no deposit for a %s booking',
    (status) => {
      expect(depositCheckoutRefusal({ ...pending, status }, now)).toBe(
        'Aucun acompte n’est attendu pour ce rendez-vous.',
      );
    },
  );

  it('expects no deposit when the items ask for none', () => {
    expect(depositCheckoutRefusal({ ...pending, depositCents: 0 }, now)).toBe(
      'Aucun acompte n’est attendu pour ce rendez-vous.',
    );
  });

  it('refuses from the instant the hold expires', () => {
    expect(depositCheckoutRefusal({ ...pending, holdExpiresAt: now + 1 }, now)).toBeNull();
    expect(depositCheckoutRefusal({ ...pending, holdExpiresAt: now }, now)).toBe(
      'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.',
    );
  });
});

describe('depositMethod', () => {
  it('takes the method asked for when it is offered', () => {
    expect(depositMethod('PAYPAL', ['CARD_ONLINE', 'PAYPAL'])).toEqual({ method: 'PAYPAL' });
    expect(depositMethod('CARD_ONLINE', ['CARD_ONLINE', 'PAYPAL'])).toEqual({ method: 'CARD_ONLINE' });
  });

  it('defaults to cards, or to PayPal when PayPal is the first (only) method offered', () => {
    expect(depositMethod(null, ['CARD_ONLINE', 'PAYPAL'])).toEqual({ method: 'CARD_ONLINE' });
    expect(depositMethod(undefined, ['PAYPAL'])).toEqual({ method: 'PAYPAL' });
    // Nothing offered: cards, which the payment service then refuses with its own message.
    expect(depositMethod(null, [])).toEqual({ method: 'CARD_ONLINE' });
  });

  it('refuses PayPal when the institute does not offer it', () => {
    expect(depositMethod('PAYPAL', ['CARD_ONLINE'])).toEqual({
      refusal: 'Le paiement par PayPal n’est pas proposé par l’institut.',
    });
    expect(depositMethod('PAYPAL', [])).toEqual({
      refusal: 'Le paiement par PayPal n’est pas proposé par l’institut.',
    });
  });
});

describe('giftCardPartCents', () => {
  const part = (status: string, amountCents: number, provider = 'GIFT_CARD', refundedCents = 0) => ({
    kind: 'DEPOSIT',
    provider,
    status,
    amountCents,
    refundedCents,
  });

  it('counts the gift-card parts waiting for the rest and those collected', () => {
    expect(giftCardPartCents([part('PENDING', 1500), part('SUCCEEDED', 500)])).toBe(2000);
  });

  it('leaves out cancelled or refunded parts and other providers', () => {
    expect(
      giftCardPartCents([
        part('CANCELLED', 1500),
        part('REFUNDED', 700, 'GIFT_CARD', 700),
        part('PARTIALLY_REFUNDED', 1000, 'GIFT_CARD', 400),
        part('PENDING', 2700, 'STRIPE'),
      ]),
    ).toBe(600);
  });
});
