/** How much of a deposit a gift card pays. Pure. */

/** What a card with `balanceCents` puts towards `owedCents`: all of it, or what its balance allows. */
export function depositCover(balanceCents: number, owedCents: number): number {
  if (!Number.isInteger(balanceCents) || !Number.isInteger(owedCents))
    throw new Error('cents must be integers');
  return Math.max(0, Math.min(balanceCents, owedCents));
}

/** The movement key tying a card's REDEEM to the deposit payment it paid (unique: never twice). */
export const depositTenderKey = (paymentId: string): string => `deposit:${paymentId}`;
