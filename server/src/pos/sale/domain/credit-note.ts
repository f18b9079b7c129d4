import { divRound } from './sale-money.js';

/** One line of the original ticket and what earlier credit notes already took back from it. */
export interface CreditableLine {
  quantity: number;
  totalInclCents: number;
  creditedQuantity: number;
  /** Positive: the sum of the earlier credit notes' (negative) totals for this line, negated. */
  creditedInclCents: number;
}

export type CreditDecision = { ok: true; totalInclCents: number } | { ok: false; message: string };

/**
 * A credit note line taking back `quantity` units of an original line. Its total is the original's in
 * proportion (half-up); the last units take exactly what is left, so crediting a line in several
 * goes never gives back more, or less, than was paid. Returns the (negative) total of the credit line.
 */
export function creditLine(line: CreditableLine, quantity: number): CreditDecision {
  const leftQuantity = line.quantity - line.creditedQuantity;
  if (!Number.isInteger(quantity) || quantity <= 0)
    return { ok: false, message: 'La quantité à rembourser doit être un nombre entier supérieur à zéro.' };
  if (quantity > leftQuantity) {
    return {
      ok: false,
      message:
        leftQuantity === 0
          ? 'Cette ligne a déjà été entièrement remboursée.'
          : `Au plus ${leftQuantity} à rembourser sur cette ligne (${line.quantity} vendu(s), ${line.creditedQuantity} déjà remboursé(s)).`,
    };
  }
  const leftCents = line.totalInclCents - line.creditedInclCents;
  const cents =
    quantity === leftQuantity
      ? leftCents
      : Math.min(leftCents, divRound(line.totalInclCents * quantity, line.quantity));
  return { ok: true, totalInclCents: -cents };
}
