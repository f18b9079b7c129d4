/** What a journal record is. One chain per till holds every kind (see docs/architecture.md, Point of sale). */
export enum JournalKind {
  TICKET = 'TICKET',
  CREDIT_NOTE = 'CREDIT_NOTE',
  /** A receipt printed again ("DUPLICATA n°…"). */
  DUPLICATE = 'DUPLICATE',
  CASH_MOVEMENT = 'CASH_MOVEMENT',
  SESSION_OPENED = 'SESSION_OPENED',
  SESSION_CLOSED = 'SESSION_CLOSED',
  CLOSURE_DAY = 'CLOSURE_DAY',
  CLOSURE_MONTH = 'CLOSURE_MONTH',
  CLOSURE_YEAR = 'CLOSURE_YEAR',
  /** Technical log: till sign-in, exports, setting changes, verification runs. */
  EVENT = 'EVENT',
}

export const JOURNAL_KINDS = Object.values(JournalKind);

/** Kinds with their own gap-free number per till (TICKET n° 1, 2, 3…; CLOSURE_DAY n° 1, 2…). */
export const NUMBERED_KINDS: ReadonlySet<JournalKind> = new Set([
  JournalKind.TICKET,
  JournalKind.CREDIT_NOTE,
  JournalKind.DUPLICATE,
  JournalKind.CLOSURE_DAY,
  JournalKind.CLOSURE_MONTH,
  JournalKind.CLOSURE_YEAR,
]);

/** Records whose amounts the closures add up. */
export const SALE_KINDS: readonly JournalKind[] = [JournalKind.TICKET, JournalKind.CREDIT_NOTE];

export type ClosurePeriod = 'DAY' | 'MONTH' | 'YEAR';
export const CLOSURE_PERIODS: readonly ClosurePeriod[] = ['DAY', 'MONTH', 'YEAR'];

export const CLOSURE_KIND: Record<ClosurePeriod, JournalKind> = {
  DAY: JournalKind.CLOSURE_DAY,
  MONTH: JournalKind.CLOSURE_MONTH,
  YEAR: JournalKind.CLOSURE_YEAR,
};

export function closurePeriodOf(kind: JournalKind): ClosurePeriod | null {
  if (kind === JournalKind.CLOSURE_DAY) return 'DAY';
  if (kind === JournalKind.CLOSURE_MONTH) return 'MONTH';
  if (kind === JournalKind.CLOSURE_YEAR) return 'YEAR';
  return null;
}
