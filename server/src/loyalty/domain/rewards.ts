import type { Reward } from './program.js';

export type RewardRefusal =
  'UNKNOWN_REWARD' | 'NOT_ENOUGH_POINTS' | 'NO_CLIENT' | 'NO_CONSENT' | 'PROGRAM_OFF';

/**
 * Whether a client may take a reward now: the program is on, the ticket has a client who agreed,
 * the reward exists and the points available (balance less what other open tickets hold) cover it.
 */
export function rewardRefusal(input: {
  programEnabled: boolean;
  reward: Reward | undefined;
  hasClient: boolean;
  consent: boolean;
  availablePoints: number;
}): RewardRefusal | null {
  if (!input.programEnabled) return 'PROGRAM_OFF';
  if (!input.hasClient) return 'NO_CLIENT';
  if (input.reward === undefined) return 'UNKNOWN_REWARD';
  if (!input.consent) return 'NO_CONSENT';
  if (input.availablePoints < input.reward.points) return 'NOT_ENOUGH_POINTS';
  return null;
}

/** The rewards a balance already pays for (what the client is told about when it becomes true). */
export function affordableRewards(rewards: readonly Reward[], balance: number): Reward[] {
  return rewards.filter((r) => r.points <= balance);
}

/** The cheapest reward the balance does not pay for yet (what the client's card shows next), or null. */
export function nextReward(rewards: readonly Reward[], balance: number): Reward | null {
  return rewards.filter((r) => r.points > balance).sort((a, b) => a.points - b.points)[0] ?? null;
}
