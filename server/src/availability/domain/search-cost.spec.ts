import { slotSearchCost } from './search-cost.js';

const from = new Date('2027-03-01T00:00:00Z');
const plus = (hours: number) => new Date(from.getTime() + hours * 3600_000);

describe('slotSearchCost', () => {
  it.each([
    ['one day, one chosen practitioner', { from, to: plus(24), practitionerId: 'p1' }, 4, 1],
    ['26 hours, any of 4 practitioners', { from, to: plus(26), practitionerId: null }, 4, 8],
    ['a month of 31 days, any of 3', { from, to: plus(31 * 24), practitionerId: null }, 3, 93],
    ['61 days, any of 3', { from, to: plus(61 * 24) }, 3, 183],
    ['ISO strings as variables give them', { from: from.toISOString(), to: plus(48).toISOString() }, 2, 4],
    ['no practitioner known yet counts one', { from, to: plus(24) }, 0, 1],
    ['an empty or reversed window costs one day', { from, to: from }, 5, 5],
    ['an unreadable window costs one day', { from: 'hier', to: 'demain' }, 2, 2],
  ])('%s', (_label, input, practitioners, expected) => {
    expect(slotSearchCost(input, practitioners)).toBe(expected);
  });
});
