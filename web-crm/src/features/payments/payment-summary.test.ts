import { canCollect, netCents, refundableCents, suggestedCollection, summarize } from './payment-summary';
import { payment } from './testing';

describe('payment summary', () => {
  const deposit = payment({
    id: 'p1',
    kind: 'DEPOSIT',
    method: 'CARD_ONLINE',
    provider: 'STRIPE',
    amountCents: 1350,
  });

  it('adds up deposit, paid and what is left', () => {
    const summary = summarize({
      totalCents: 4500,
      depositCents: 1350,
      paidCents: 2350,
      payments: [
        deposit,
        payment({ id: 'p2', amountCents: 1500, refundedCents: 500, status: 'PARTIALLY_REFUNDED' }),
        payment({ id: 'p3', amountCents: 9900, status: 'FAILED' }),
      ],
    });
    expect(summary).toEqual({
      totalCents: 4500,
      depositDueCents: 1350,
      depositPaidCents: 1350,
      paidCents: 2350,
      remainingCents: 2150,
      refundedCents: 500,
    });
  });

  it('counts what is held and what can still be refunded', () => {
    expect(netCents(payment({ id: 'a', amountCents: 1000, refundedCents: 1000, status: 'REFUNDED' }))).toBe(
      0,
    );
    expect(netCents(payment({ id: 'b', status: 'PENDING' }))).toBe(0);
    expect(
      refundableCents(
        payment({ id: 'c', amountCents: 1000, refundedCents: 300, status: 'PARTIALLY_REFUNDED' }),
      ),
    ).toBe(700);
    expect(refundableCents(payment({ id: 'd', status: 'REFUNDED', refundedCents: 4500 }))).toBe(0);
    expect(refundableCents(payment({ id: 'e', status: 'FAILED' }))).toBe(0);
  });

  it('suggests the missing deposit for a pending booking, the balance otherwise', () => {
    const summary = summarize({ totalCents: 4500, depositCents: 1350, paidCents: 0, payments: [] });
    expect(suggestedCollection('PENDING', summary)).toEqual({ kind: 'DEPOSIT', amountCents: 1350 });
    expect(suggestedCollection('CONFIRMED', summary)).toEqual({ kind: 'BALANCE', amountCents: 4500 });
    const paidDeposit = summarize({
      totalCents: 4500,
      depositCents: 1350,
      paidCents: 1350,
      payments: [deposit],
    });
    expect(suggestedCollection('PENDING', paidDeposit)).toEqual({ kind: 'BALANCE', amountCents: 3150 });
  });

  it('collects only for a booking that is not cancelled and not settled', () => {
    const open = summarize({ totalCents: 4500, depositCents: 0, paidCents: 0, payments: [] });
    const settled = summarize({ totalCents: 4500, depositCents: 0, paidCents: 4500, payments: [] });
    expect(canCollect('CONFIRMED', open)).toBe(true);
    expect(canCollect('CANCELLED', open)).toBe(false);
    expect(canCollect('COMPLETED', settled)).toBe(false);
  });
});
