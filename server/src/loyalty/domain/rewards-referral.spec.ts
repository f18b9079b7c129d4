import { DEFAULT_PROGRAM, type LoyaltyProgram } from './program.js';
import { programProblems } from './program-validation.js';
import { normalizeReferralCode, referralCode, referralRefusal } from './referral.js';
import { affordableRewards, rewardRefusal } from './rewards.js';

const reward = DEFAULT_PROGRAM.rewards[0];

describe('rewardRefusal', () => {
  const ok = { programEnabled: true, reward, hasClient: true, consent: true, availablePoints: 500 };
  it.each([
    ['enough points', ok, null],
    ['one point short', { ...ok, availablePoints: 499 }, 'NOT_ENOUGH_POINTS'],
    ['no client on the ticket', { ...ok, hasClient: false }, 'NO_CLIENT'],
    ['no consent', { ...ok, consent: false }, 'NO_CONSENT'],
    ['unknown reward', { ...ok, reward: undefined }, 'UNKNOWN_REWARD'],
    ['program off', { ...ok, programEnabled: false }, 'PROGRAM_OFF'],
  ] as const)('%s', (_n, input, expected) => {
    expect(rewardRefusal(input)).toBe(expected);
  });

  it('lists the rewards a balance pays for', () => {
    expect(affordableRewards(DEFAULT_PROGRAM.rewards, 499)).toEqual([]);
    expect(affordableRewards(DEFAULT_PROGRAM.rewards, 500)).toEqual([reward]);
  });
});

describe('referral', () => {
  it('builds a readable code from the first name and random bytes', () => {
    const code = referralCode('Éloïse', Uint8Array.from([0, 1, 2, 29, 30, 31]));
    expect(code).toBe('ELOISE-ABC89A');
    expect(code.split('-')[1]).not.toMatch(/[01OIL]/);
    expect(referralCode('', Uint8Array.from([5, 5, 5, 5, 5, 5]))).toBe('AMIE-FFFFFF');
    expect(normalizeReferralCode(' eloise-abc 89a ')).toBe('ELOISE-ABC89A');
  });

  const referrer = { id: 'r', email: 'anne@exemple.fr', phone: '+33611111111' };
  const fresh = {
    id: 'n',
    email: 'zoe@exemple.fr',
    phone: '+33622222222',
    alreadyReferred: false,
    paidVisits: 0,
  };
  it.each([
    ['a new client', fresh, null],
    ['oneself', { ...fresh, id: 'r' }, 'SELF'],
    ['the same e-mail, other case', { ...fresh, email: 'Anne@Exemple.fr' }, 'SAME_EMAIL'],
    ['the same phone', { ...fresh, phone: '+33611111111' }, 'SAME_PHONE'],
    ['already referred', { ...fresh, alreadyReferred: true }, 'ALREADY_REFERRED'],
    ['a client who already came', { ...fresh, paidVisits: 1 }, 'NOT_NEW'],
  ] as const)('%s', (_n, referred, expected) => {
    expect(referralRefusal(referrer, referred)).toBe(expected);
  });
});

describe('programProblems', () => {
  it('accepts the default program', () => {
    expect(programProblems(DEFAULT_PROGRAM)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const bad: LoyaltyProgram = {
      ...DEFAULT_PROGRAM,
      tiers: [
        { code: 'BRONZE', name: 'Bronze', minSpendCents: 100, serviceDiscountBp: 0 },
        { code: 'SILVER', name: 'Argent', minSpendCents: 50_000, serviceDiscountBp: 500 },
        { code: 'GOLD', name: 'Or', minSpendCents: 40_000, serviceDiscountBp: 1000 },
      ],
      rewards: [
        { ...reward, amountCents: 0 },
        { ...reward, kind: 'FREE_SERVICE', amountCents: null, serviceId: null },
      ],
    };
    expect(programProblems(bad).map((p) => p.field)).toEqual([
      'input.tiers.0.minSpendCents',
      'input.tiers.2.minSpendCents',
      'input.rewards.0.amountCents',
      'input.rewards.1.code',
      'input.rewards.1.serviceId',
    ]);
    expect(programProblems({ ...DEFAULT_PROGRAM, tiers: DEFAULT_PROGRAM.tiers.slice(0, 2) })).toEqual([
      { field: 'input.tiers', message: 'Indiquez les trois paliers : Bronze, Argent et Or.' },
    ]);
  });
});
