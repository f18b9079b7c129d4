/** What a change of balance or tier is worth telling the client about. Pure. */
import { TIER_CODES, type Reward, type TierCode } from './program.js';

/**
 * The rewards the balance has just reached: out of reach before, affordable after. Most expensive
 * first (the message names the best one). Empty when the balance went down or stayed.
 */
export function rewardsReached(rewards: readonly Reward[], before: number, after: number): Reward[] {
  return rewards.filter((r) => r.points > before && r.points <= after).sort((a, b) => b.points - a.points);
}

/** Whether `after` is a higher tier than `before` (a downgrade or no change is not news). */
export function isTierUp(before: TierCode, after: TierCode): boolean {
  return TIER_CODES.indexOf(after) > TIER_CODES.indexOf(before);
}
