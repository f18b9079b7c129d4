/** Euro notes and coins, in cents, and the cash counted by denomination. Pure. */
import type { FieldProblem } from '../../common/errors.js';

export const EURO_DENOMINATIONS_CENTS = [
  50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1,
] as const;

export interface DenominationCount {
  denominationCents: number;
  count: number;
}

/**
 * Checks a count (known denominations, each once, whole non-negative counts) and returns its total and
 * the map stored (`"5000": 3`). `field` names the input in the problems.
 */
export function countCash(
  counts: readonly DenominationCount[],
  field: string,
): { totalCents: number; map: Record<string, number> } | { problems: [FieldProblem, ...FieldProblem[]] } {
  const problems: FieldProblem[] = [];
  const map: Record<string, number> = {};
  let totalCents = 0;
  counts.forEach((c, i) => {
    if (!(EURO_DENOMINATIONS_CENTS as readonly number[]).includes(c.denominationCents)) {
      problems.push({
        field: `${field}.${i}.denominationCents`,
        message: "Cette coupure n'existe pas en euros.",
      });
    } else if (map[String(c.denominationCents)] !== undefined) {
      problems.push({
        field: `${field}.${i}.denominationCents`,
        message: 'Cette coupure est comptée deux fois.',
      });
    } else if (!Number.isSafeInteger(c.count) || c.count < 0 || c.count > 100000) {
      problems.push({
        field: `${field}.${i}.count`,
        message: 'Le nombre doit être un entier entre 0 et 100 000.',
      });
    } else {
      map[String(c.denominationCents)] = c.count;
      totalCents += c.denominationCents * c.count;
    }
  });
  const [first, ...rest] = problems;
  return first === undefined ? { totalCents, map } : { problems: [first, ...rest] };
}

/** What the drawer should hold: the float, plus cash taken, plus cash put in, minus cash taken out. */
export function expectedCash(input: {
  openingFloatCents: number;
  cashSalesCents: number;
  movements: readonly { direction: 'IN' | 'OUT'; amountCents: number }[];
}): number {
  return input.movements.reduce(
    (sum, m) => sum + (m.direction === 'IN' ? m.amountCents : -m.amountCents),
    input.openingFloatCents + input.cashSalesCents,
  );
}
