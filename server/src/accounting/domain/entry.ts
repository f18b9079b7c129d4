/**
 * A double-entry journal entry before it is stored: pure construction from signed movements, netting per
 * line key and the balance check. Amounts are integer cents; a line is a debit or a credit, never both.
 */

export interface EntryLine {
  accountNumber: string;
  accountLabel: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

export interface DraftEntry {
  journalCode: string;
  journalLabel: string;
  /** Calendar date (Europe/Paris) of the operation: `EcritureDate`. */
  entryDate: string;
  pieceRef: string;
  pieceDate: string;
  label: string;
  /** Idempotency: one entry per source key, ever. */
  sourceKey: string;
  lines: EntryLine[];
}

/**
 * One side of an entry in the making: `amountCents` > 0 is a debit, < 0 a credit. Movements with the
 * same `key` are netted into one line (a deposit's VAT already declared offsets the day's VAT credit).
 */
export interface Movement {
  key: string;
  accountNumber: string;
  accountLabel: string;
  label: string;
  amountCents: number;
}

export class UnbalancedEntryError extends Error {
  constructor(
    readonly debitCents: number,
    readonly creditCents: number,
  ) {
    super(`Unbalanced entry: debit ${debitCents} ≠ credit ${creditCents}`);
  }
}

/** Nets movements per key (first appearance keeps its place), drops zeros, debits first; checks the balance. */
export function linesOf(movements: readonly Movement[]): EntryLine[] {
  const byKey = new Map<string, Movement>();
  for (const m of movements) {
    if (!Number.isInteger(m.amountCents)) throw new Error(`Amount of ${m.key} is not integer cents`);
    const cur = byKey.get(m.key);
    if (cur === undefined) byKey.set(m.key, { ...m });
    else cur.amountCents += m.amountCents;
  }
  const netted = [...byKey.values()].filter((m) => m.amountCents !== 0);
  const lines = [...netted.filter((m) => m.amountCents > 0), ...netted.filter((m) => m.amountCents < 0)].map(
    (m) => ({
      accountNumber: m.accountNumber,
      accountLabel: m.accountLabel,
      label: m.label,
      debitCents: m.amountCents > 0 ? m.amountCents : 0,
      creditCents: m.amountCents < 0 ? -m.amountCents : 0,
    }),
  );
  assertBalanced(lines);
  return lines;
}

export function totalsOf(lines: readonly Pick<EntryLine, 'debitCents' | 'creditCents'>[]): {
  debitCents: number;
  creditCents: number;
} {
  let debitCents = 0;
  let creditCents = 0;
  for (const l of lines) {
    debitCents += l.debitCents;
    creditCents += l.creditCents;
  }
  return { debitCents, creditCents };
}

/** Throws UnbalancedEntryError unless debits equal credits and every line is one-sided and non-negative. */
export function assertBalanced(lines: readonly Pick<EntryLine, 'debitCents' | 'creditCents'>[]): void {
  for (const l of lines) {
    if (l.debitCents < 0 || l.creditCents < 0 || l.debitCents > 0 === l.creditCents > 0) {
      throw new Error('An entry line is a debit or a credit, positive, never both');
    }
  }
  const { debitCents, creditCents } = totalsOf(lines);
  if (debitCents !== creditCents) throw new UnbalancedEntryError(debitCents, creditCents);
}
