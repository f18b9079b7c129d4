/** What the balance page says after a check, from the server's answer. Pure (`now` is a parameter). */
import type { CombinedError } from '@urql/core';
import { errorCode } from '@serenaia/shared/graphql-errors';

export type BalanceAnswer =
  | {
      kind: 'FOUND';
      balanceCents: number;
      /** An instant inside the card's last valid day (Paris). */
      lastValidInstant: string;
      expired: boolean;
    }
  /** Unknown, typo'd, unusable: one answer for all, so that guessing learns nothing. */
  | { kind: 'NOT_FOUND' }
  /** Too many checks from here or for this code: when to try again, in French. */
  | { kind: 'SLOW_DOWN'; retryIn: string }
  | { kind: 'ERROR' };

/** "45 secondes", "2 minutes". */
export function formatDelay(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} seconde${s > 1 ? 's' : ''}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

export function balanceAnswer(
  result: { data?: { giftCardBalance: { balanceCents: number; expiresAt: string } }; error?: CombinedError },
  now: number,
): BalanceAnswer {
  if (result.data) {
    const { balanceCents, expiresAt } = result.data.giftCardBalance;
    const end = Date.parse(expiresAt);
    return {
      kind: 'FOUND',
      balanceCents,
      lastValidInstant: new Date(end - 1).toISOString(),
      expired: end <= now,
    };
  }
  const code = errorCode(result.error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return { kind: 'NOT_FOUND' };
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = result.error?.graphQLErrors[0]?.extensions.retryAfterSeconds;
    return { kind: 'SLOW_DOWN', retryIn: formatDelay(typeof seconds === 'number' ? seconds : 60) };
  }
  return { kind: 'ERROR' };
}
