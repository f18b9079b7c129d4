/** The credit-note dialog's arithmetic: what is taken back and its estimated amount. Pure. */

export interface CreditableLine {
  id: string;
  quantity: number;
  totalInclCents: number;
}

/**
 * The credit note's amount for these returned units (each line in proportion of what it cost, rounded
 * to the cent; the server has the last word on the exact cent, and says so if the refund differs).
 */
export function creditEstimate(lines: readonly CreditableLine[], returned: Record<string, number>): number {
  return lines.reduce((sum, l) => {
    const q = Math.min(returned[l.id] ?? 0, l.quantity);
    if (q <= 0) return sum;
    return sum + (q === l.quantity ? l.totalInclCents : Math.round((l.totalInclCents * q) / l.quantity));
  }, 0);
}

export function returnedLines(
  lines: readonly CreditableLine[],
  returned: Record<string, number>,
): { lineId: string; quantity: number }[] {
  return lines
    .map((l) => ({ lineId: l.id, quantity: Math.min(returned[l.id] ?? 0, l.quantity) }))
    .filter((l) => l.quantity > 0);
}
