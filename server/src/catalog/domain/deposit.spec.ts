import { depositCents, depositRuleProblems } from './deposit.js';

describe('depositCents', () => {
  it.each([
    [6500, { depositKind: 'NONE', depositValue: 0 }, 0],
    [6500, { depositKind: 'PERCENT', depositValue: 3000 }, 1950],
    [12345, { depositKind: 'PERCENT', depositValue: 3000 }, 3704], // 3703.5 → half up
    [12345, { depositKind: 'PERCENT', depositValue: 1000 }, 1235], // 1234.5 → half up
    [999, { depositKind: 'PERCENT', depositValue: 10000 }, 999],
    [6500, { depositKind: 'FIXED', depositValue: 2000 }, 2000],
    [1500, { depositKind: 'FIXED', depositValue: 2000 }, 1500], // never more than the price
  ] as const)('%i cents with %o → %i', (price, rule, expected) => {
    expect(depositCents(price, rule)).toBe(expected);
  });
});

describe('depositRuleProblems', () => {
  it('accepts consistent rules and explains inconsistent ones in French', () => {
    expect(depositRuleProblems({ depositKind: 'PERCENT', depositValue: 2500 })).toEqual([]);
    expect(depositRuleProblems({ depositKind: 'NONE', depositValue: 10 })).toEqual([
      "Sans acompte, la valeur de l'acompte doit être 0.",
    ]);
    expect(depositRuleProblems({ depositKind: 'PERCENT', depositValue: 10001 })).toHaveLength(1);
    expect(depositRuleProblems({ depositKind: 'FIXED', depositValue: 0 })).toHaveLength(1);
  });
});
