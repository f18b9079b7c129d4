import {
  checkoutMethod,
  confirmationOutcome,
  depositReducer,
  formatCountdown,
  holdCounts,
  holdRemainingMs,
  methodChoices,
  RELEASED_CONFIRMATION_POLLS,
  type DepositCheckout,
  type DepositEvent,
  type DepositPhase,
} from './deposit-phase';

const checkout: DepositCheckout = {
  paymentId: 'pay-1',
  provider: 'SIMULATED',
  amountCents: 1950,
  giftCardCents: 0,
  availableMethods: ['CARD_ONLINE'],
  stripeClientSecret: null,
  stripePublishableKey: null,
  paypalOrderId: null,
  paypalClientId: null,
  holdExpiresAt: '2026-11-25T18:14:09.214Z',
};

const phases: Record<DepositPhase['kind'], DepositPhase> = {
  idle: { kind: 'idle' },
  starting: { kind: 'starting' },
  ready: { kind: 'ready', checkout },
  failed: { kind: 'failed', reason: 'Paiement refusé (simulation).' },
  error: { kind: 'error', message: 'Connexion impossible.' },
  confirming: { kind: 'confirming' },
  confirmed: { kind: 'confirmed', paidCents: 1950 },
  expired: { kind: 'expired' },
  released: { kind: 'released' },
};

describe('depositReducer', () => {
  const cases: [DepositPhase['kind'], DepositEvent, DepositPhase['kind']][] = [
    ['idle', { type: 'start' }, 'starting'],
    ['failed', { type: 'start' }, 'starting'],
    ['error', { type: 'start' }, 'starting'],
    ['ready', { type: 'start' }, 'ready'],
    ['confirming', { type: 'start' }, 'confirming'],
    ['expired', { type: 'start' }, 'expired'],
    ['starting', { type: 'opened', checkout }, 'ready'],
    ['expired', { type: 'opened', checkout }, 'expired'],
    ['starting', { type: 'openFailed', message: 'x' }, 'error'],
    ['starting', { type: 'alreadyPaid' }, 'confirming'],
    ['ready', { type: 'alreadyPaid' }, 'ready'],
    ['failed', { type: 'alreadyPaid' }, 'failed'],
    ['ready', { type: 'changeMethod' }, 'starting'],
    ['failed', { type: 'changeMethod' }, 'starting'],
    ['error', { type: 'changeMethod' }, 'starting'],
    ['idle', { type: 'changeMethod' }, 'idle'],
    ['confirming', { type: 'changeMethod' }, 'confirming'],
    ['expired', { type: 'changeMethod' }, 'expired'],
    ['ready', { type: 'paid' }, 'confirming'],
    ['failed', { type: 'paid' }, 'failed'],
    ['ready', { type: 'refused', reason: 'x' }, 'failed'],
    ['confirming', { type: 'refused', reason: 'x' }, 'confirming'],
    ['idle', { type: 'holdOver' }, 'expired'],
    ['ready', { type: 'holdOver' }, 'expired'],
    ['failed', { type: 'holdOver' }, 'expired'],
    ['confirming', { type: 'holdOver' }, 'confirming'],
    ['confirmed', { type: 'holdOver' }, 'confirmed'],
    ['confirming', { type: 'bookingConfirmed', paidCents: 1950 }, 'confirmed'],
    ['error', { type: 'bookingConfirmed', paidCents: 1950 }, 'confirmed'],
    ['released', { type: 'bookingConfirmed', paidCents: 1950 }, 'released'],
    ['confirming', { type: 'bookingReleased' }, 'released'],
    ['error', { type: 'bookingReleased' }, 'expired'],
    ['confirmed', { type: 'bookingReleased' }, 'confirmed'],
  ];

  it.each(cases)('%s + %o → %s', (from, event, to) => {
    expect(depositReducer(phases[from], event).kind).toBe(to);
  });

  it('keeps the checkout it opened and the reason it was given', () => {
    expect(depositReducer(phases.starting, { type: 'opened', checkout })).toEqual({
      kind: 'ready',
      checkout,
    });
    expect(depositReducer(phases.ready, { type: 'refused', reason: 'Carte refusée.' })).toEqual({
      kind: 'failed',
      reason: 'Carte refusée.',
    });
  });

  it('keeps what the server says was paid once the booking is confirmed', () => {
    expect(depositReducer(phases.confirming, { type: 'bookingConfirmed', paidCents: 2250 })).toEqual({
      kind: 'confirmed',
      paidCents: 2250,
    });
  });

  it('counts the hold only until a payment is accepted', () => {
    expect(
      Object.values(phases)
        .filter(holdCounts)
        .map((p) => p.kind),
    ).toEqual(['idle', 'starting', 'ready', 'failed', 'error']);
  });
});

describe('methodChoices', () => {
  it.each<[Parameters<typeof methodChoices>[0], string[]]>([
    [
      ['CARD_ONLINE', 'PAYPAL'],
      ['CARD_ONLINE', 'PAYPAL'],
    ],
    [
      ['PAYPAL', 'CARD_ONLINE'],
      ['CARD_ONLINE', 'PAYPAL'],
    ],
    [['CARD_ONLINE'], []],
    [['PAYPAL'], []],
    [[], []],
    [['CARD_ONLINE', 'CASH'], []],
  ])('%j → %j', (available, choices) => {
    expect(methodChoices(available)).toEqual(choices);
  });
});

describe('checkoutMethod', () => {
  it.each([
    ['PAYPAL', 'PAYPAL'],
    ['STRIPE', 'CARD_ONLINE'],
    ['SIMULATED', 'CARD_ONLINE'],
  ] as const)('%s → %s', (provider, method) => {
    expect(checkoutMethod({ provider })).toBe(method);
  });
});

describe('holdRemainingMs', () => {
  const now = Date.parse('2026-11-25T18:00:00.000Z');
  it.each([
    ['2026-11-25T18:14:32.000Z', 872_000],
    ['2026-11-25T18:00:00.000Z', 0],
    ['2026-11-25T17:59:00.000Z', 0],
  ])('%s → %d ms', (until, ms) => {
    expect(holdRemainingMs(until, now)).toBe(ms);
  });

  it('is null without a hold', () => {
    expect(holdRemainingMs(null, now)).toBeNull();
    expect(holdRemainingMs('not a date', now)).toBeNull();
  });
});

describe('formatCountdown', () => {
  it.each([
    [872_000, '14:32'],
    [871_200, '14:32'],
    [5_000, '0:05'],
    [0, '0:00'],
    [-3_000, '0:00'],
    [3_723_000, '1:02:03'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('confirmationOutcome', () => {
  it('is done once the booking is confirmed', () => {
    expect(confirmationOutcome('CONFIRMED', 0)).toBe('confirmed');
    expect(confirmationOutcome('COMPLETED', 3)).toBe('confirmed');
  });

  it('waits while pending, unknown, or cancelled for a short while (an expired hold can be re-taken)', () => {
    expect(confirmationOutcome('PENDING', 50)).toBe('wait');
    expect(confirmationOutcome(undefined, 50)).toBe('wait');
    expect(confirmationOutcome('CANCELLED', RELEASED_CONFIRMATION_POLLS - 2)).toBe('wait');
    expect(confirmationOutcome('CANCELLED', RELEASED_CONFIRMATION_POLLS - 1)).toBe('released');
  });
});
