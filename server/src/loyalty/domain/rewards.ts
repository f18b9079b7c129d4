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

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/**
 * What a reward line takes off a ticket whose lines come to `ticketTotalCents` (other rewards and
 * discounts included), for a reward worth `valueCents` (the amount off, or the price of the service
 * offered). Refused, never capped, when the ticket is empty or below the reward's value: capping would
 * spend all the points for part of the reward, and the total is never negative. The French reason
 * otherwise; no point is spent either way (they leave the account when the ticket completes).
 */
export function rewardLineCents(
  valueCents: number,
  ticketTotalCents: number,
): { ok: true; cents: number } | { ok: false; message: string } {
  if (ticketTotalCents <= 0)
    return {
      ok: false,
      message: 'Le ticket est vide : ajoutez d’abord ce que la récompense vient réduire.',
    };
  if (ticketTotalCents < valueCents)
    return {
      ok: false,
      message: `Le ticket (${euros.format(ticketTotalCents / 100)}) est inférieur à la récompense (${euros.format(valueCents / 100)}) : ajoutez d’abord ce qu’elle vient réduire, sinon la cliente perdrait une partie de ses points.`,
    };
  return { ok: true, cents: valueCents };
}
