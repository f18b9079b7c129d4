import { redemptionRefusal, type CardState } from './refusal.js';

const NOW = Date.parse('2027-03-01T10:00:00Z');
const active: CardState = {
  status: 'ACTIVE',
  balanceCents: 5000,
  expiresAt: Date.parse('2027-12-06T23:00:00Z'),
};

describe('redemptionRefusal', () => {
  it('lets a covered amount through', () => {
    expect(redemptionRefusal(active, 5000, NOW)).toBeNull();
  });
  it.each<[string, Partial<CardState>, number, string, RegExp]>([
    ['above the balance', {}, 5001, 'amountCents', /solde .* 50,00\s€/],
    ['expired by date', { expiresAt: NOW }, 100, 'code', /expiré \(valable jusqu’au 01\/03\/2027\)/],
    ['expired by the job', { status: 'EXPIRED', balanceCents: 0 }, 100, 'code', /06\/12\/2027/],
    ['used', { status: 'USED', balanceCents: 0 }, 100, 'code', /entièrement utilisée/],
    ['cancelled', { status: 'CANCELLED' }, 100, 'code', /annulée/],
    ['unpaid', { status: 'PENDING_PAYMENT' }, 100, 'code', /pas encore payée/],
  ])('refuses a card %s', (_n, patch, amount, field, message) => {
    const refusal = redemptionRefusal({ ...active, ...patch }, amount, NOW);
    expect(refusal?.field).toBe(field);
    expect(refusal?.message).toMatch(message);
  });
});
