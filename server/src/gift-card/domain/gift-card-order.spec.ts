import {
  deliveryDayRefusal,
  deliveryInstant,
  freeAmountRefusal,
  orderExpiry,
  orderReference,
  orderToken,
  orderTokenMatches,
} from './gift-card-order.js';

const NOW = Date.parse('2026-12-06T10:00:00Z');
const SHOP = { presetAmountsCents: [3000, 5000, 8000], minFreeAmountCents: 2000, maxFreeAmountCents: 50000 };

describe('gift-card orders', () => {
  it('makes a readable transfer reference of six symbols', () => {
    expect(orderReference(Uint8Array.from([0, 1, 8, 31, 32, 255]))).toBe('CC-23AZ2Z');
    expect(orderReference(Uint8Array.from([7, 9, 10, 20, 22, 30]))).toMatch(/^CC-[2-9A-HJ-NP-Z]{6}$/);
    expect(() => orderReference(new Uint8Array(3))).toThrow(RangeError);
  });

  it.each([
    [null, NOW, null],
    // Today and past days in Paris: at once.
    ['2026-12-06', NOW, null],
    ['2026-11-30', NOW, null],
    // 23:30 UTC on 6 Dec is already 7 Dec in Paris: « the 7th » is today.
    ['2026-12-07', Date.parse('2026-12-06T23:30:00Z'), null],
    // 09:00 Paris: 08:00 UTC in winter, 07:00 UTC in summer.
    ['2026-12-24', NOW, '2026-12-24T08:00:00.000Z'],
    ['2027-07-14', NOW, '2027-07-14T07:00:00.000Z'],
    // The summer-time Sunday: 09:00 exists and is 07:00 UTC.
    ['2027-03-28', NOW, '2027-03-28T07:00:00.000Z'],
  ] as const)('deliver on %s at %s → %s', (day, now, expected) => {
    const at = deliveryInstant(day, now);
    expect(at === null ? null : new Date(at).toISOString()).toBe(expected);
  });

  it('refuses a delivery day more than a year ahead', () => {
    expect(deliveryDayRefusal('2027-12-07', NOW)).toBeNull();
    expect(deliveryDayRefusal('2027-12-08', NOW)).toMatch(/un an/);
  });

  it('keeps a transfer order for days and an online one for minutes', () => {
    const settings = { transferOrderHours: 168, onlineOrderMinutes: 60 };
    expect(orderExpiry('BANK_TRANSFER', settings, NOW) - NOW).toBe(7 * 86_400_000);
    expect(orderExpiry('CARD_ONLINE', settings, NOW) - NOW).toBe(3_600_000);
    expect(orderExpiry('PAYPAL', settings, NOW) - NOW).toBe(3_600_000);
  });

  it.each([
    [5000, null],
    [2000, null],
    [50000, null],
    [1999, 'Choisissez un montant entre 20 € et 500 €.'],
    [50001, 'Choisissez un montant entre 20 € et 500 €.'],
    [20.5, 'Le montant doit être un nombre entier de centimes.'],
  ])('free amount %s → %s', (amount, refusal) => {
    expect(freeAmountRefusal(amount, SHOP)).toBe(refusal);
  });

  it('accepts a preset outside the free bounds', () => {
    expect(freeAmountRefusal(1000, { ...SHOP, presetAmountsCents: [1000] })).toBeNull();
  });

  it('signs an order id and checks the signature', () => {
    const key = Buffer.alloc(32, 7);
    const token = orderToken(key, 'order-1');
    expect(orderTokenMatches(key, 'order-1', token)).toBe(true);
    expect(orderTokenMatches(key, 'order-2', token)).toBe(false);
    expect(orderTokenMatches(Buffer.alloc(32, 8), 'order-1', token)).toBe(false);
    expect(orderTokenMatches(key, 'order-1', 'short')).toBe(false);
  });
});
