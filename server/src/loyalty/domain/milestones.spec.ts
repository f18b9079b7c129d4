import { isTierUp, rewardsReached } from './milestones.js';
import type { Reward } from './program.js';
import { nextReward } from './rewards.js';

const reward = (code: string, points: number): Reward => ({
  code,
  name: code,
  points,
  kind: 'AMOUNT_OFF',
  amountCents: 1000,
  serviceId: null,
});
const REWARDS = [reward('BON-10', 500), reward('SOIN', 1000), reward('BON-5', 250)];

describe('rewardsReached', () => {
  it('names the rewards whose threshold lies in (before, after], most expensive first', () => {
    expect(rewardsReached(REWARDS, 480, 525).map((r) => r.code)).toEqual(['BON-10']);
    expect(rewardsReached(REWARDS, 200, 1000).map((r) => r.code)).toEqual(['SOIN', 'BON-10', 'BON-5']);
  });

  it('counts landing exactly on the threshold, not starting on it', () => {
    expect(rewardsReached(REWARDS, 499, 500).map((r) => r.code)).toEqual(['BON-10']);
    expect(rewardsReached(REWARDS, 500, 560)).toEqual([]);
  });

  it('is empty when the balance goes down or stays', () => {
    expect(rewardsReached(REWARDS, 600, 400)).toEqual([]);
    expect(rewardsReached(REWARDS, 300, 300)).toEqual([]);
  });
});

describe('isTierUp', () => {
  it('is true only for a higher tier', () => {
    expect(isTierUp('BRONZE', 'SILVER')).toBe(true);
    expect(isTierUp('BRONZE', 'GOLD')).toBe(true);
    expect(isTierUp('SILVER', 'GOLD')).toBe(true);
    expect(isTierUp('GOLD', 'SILVER')).toBe(false);
    expect(isTierUp('SILVER', 'SILVER')).toBe(false);
  });
});

describe('nextReward', () => {
  it('is the cheapest reward still out of reach, or null once every reward is affordable', () => {
    expect(nextReward(REWARDS, 0)?.code).toBe('BON-5');
    expect(nextReward(REWARDS, 250)?.code).toBe('BON-10');
    expect(nextReward(REWARDS, 999)?.code).toBe('SOIN');
    expect(nextReward(REWARDS, 1000)).toBeNull();
  });
});
