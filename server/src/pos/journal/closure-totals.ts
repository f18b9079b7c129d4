/**
 * Closure arithmetic, pure: adding sale records into period totals, adding periods together, and the
 * calendar of a period. The closure service states these totals; verification recomputes them.
 */
import { addDays, type IsoDate } from '../../common/time.js';
import { JournalKind, type ClosurePeriod } from './journal-kind.js';
import type { PeriodTotals, SaleRecordPayload, SaleTotalsPart } from './records.js';

export function emptyTotals(): PeriodTotals {
  return {
    ticketCount: 0,
    creditNoteCount: 0,
    vatTotals: [],
    tenders: [],
    totalInclCents: 0,
    absoluteTotalCents: 0,
  };
}

/** Adds one TICKET or CREDIT_NOTE record into `totals` (returns a new object). */
export function addSale(totals: PeriodTotals, kind: JournalKind, payload: SaleRecordPayload): PeriodTotals {
  return merge(totals, {
    ticketCount: kind === JournalKind.TICKET ? 1 : 0,
    creditNoteCount: kind === JournalKind.CREDIT_NOTE ? 1 : 0,
    vatTotals: payload.vatTotals,
    tenders: payload.tenders,
    totalInclCents: payload.totalInclCents,
    absoluteTotalCents: Math.abs(payload.totalInclCents),
  });
}

/** `addSale` without a new object per record: for walks over many records (verification). */
export class TotalsAccumulator {
  private tickets = 0;
  private creditNotes = 0;
  private total = 0;
  private absolute = 0;
  private readonly vat = new Map<number, { baseCents: number; vatCents: number }>();
  private readonly tenders = new Map<string, number>();

  add(kind: JournalKind, payload: SaleTotalsPart): void {
    if (kind === JournalKind.TICKET) this.tickets += 1;
    if (kind === JournalKind.CREDIT_NOTE) this.creditNotes += 1;
    this.total += payload.totalInclCents;
    this.absolute += Math.abs(payload.totalInclCents);
    for (const v of payload.vatTotals) {
      const cur = this.vat.get(v.rateBp);
      if (cur === undefined) this.vat.set(v.rateBp, { baseCents: v.baseCents, vatCents: v.vatCents });
      else {
        cur.baseCents += v.baseCents;
        cur.vatCents += v.vatCents;
      }
    }
    for (const t of payload.tenders)
      this.tenders.set(t.kind, (this.tenders.get(t.kind) ?? 0) + t.amountCents);
  }

  totals(): PeriodTotals {
    return {
      ticketCount: this.tickets,
      creditNoteCount: this.creditNotes,
      vatTotals: [...this.vat.entries()]
        .map(([rateBp, v]) => ({ rateBp, baseCents: v.baseCents, vatCents: v.vatCents }))
        .sort((x, y) => x.rateBp - y.rateBp),
      tenders: [...this.tenders.entries()]
        .map(([kind, amountCents]) => ({ kind, amountCents }))
        .sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0)),
      totalInclCents: this.total,
      absoluteTotalCents: this.absolute,
    };
  }
}

/** The sum of several periods' totals (a month from its days, a year from its months). */
export function sumTotals(parts: readonly PeriodTotals[]): PeriodTotals {
  return parts.reduce(merge, emptyTotals());
}

function merge(a: PeriodTotals, b: PeriodTotals): PeriodTotals {
  const vat = new Map(
    a.vatTotals.map((v) => [v.rateBp, { rateBp: v.rateBp, baseCents: v.baseCents, vatCents: v.vatCents }]),
  );
  for (const v of b.vatTotals) {
    const cur = vat.get(v.rateBp) ?? { rateBp: v.rateBp, baseCents: 0, vatCents: 0 };
    cur.baseCents += v.baseCents;
    cur.vatCents += v.vatCents;
    vat.set(v.rateBp, cur);
  }
  const tenders = new Map(a.tenders.map((t) => [t.kind, t.amountCents]));
  for (const t of b.tenders) tenders.set(t.kind, (tenders.get(t.kind) ?? 0) + t.amountCents);
  return {
    ticketCount: a.ticketCount + b.ticketCount,
    creditNoteCount: a.creditNoteCount + b.creditNoteCount,
    vatTotals: [...vat.values()].sort((x, y) => x.rateBp - y.rateBp),
    tenders: [...tenders.entries()]
      .map(([kind, amountCents]) => ({ kind, amountCents }))
      .sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0)),
    totalInclCents: a.totalInclCents + b.totalInclCents,
    absoluteTotalCents: a.absoluteTotalCents + b.absoluteTotalCents,
  };
}

/** Only the totals part of a closure payload (what two computations must agree on). */
export function totalsOf(p: PeriodTotals): PeriodTotals {
  return {
    ticketCount: p.ticketCount,
    creditNoteCount: p.creditNoteCount,
    vatTotals: p.vatTotals.map((v) => ({ rateBp: v.rateBp, baseCents: v.baseCents, vatCents: v.vatCents })),
    tenders: p.tenders.map((t) => ({ kind: t.kind, amountCents: t.amountCents })),
    totalInclCents: p.totalInclCents,
    absoluteTotalCents: p.absoluteTotalCents,
  };
}

/** The first and last date of the period holding `date`. */
export function periodBounds(
  period: ClosurePeriod,
  date: IsoDate,
): { firstDate: IsoDate; lastDate: IsoDate } {
  const [y, m] = date.split('-');
  if (period === 'DAY') return { firstDate: date, lastDate: date };
  if (period === 'YEAR') return { firstDate: `${y}-01-01`, lastDate: `${y}-12-31` };
  const first = `${y}-${m}-01`;
  const nextMonth =
    Number(m) === 12 ? `${Number(y) + 1}-01-01` : `${y}-${String(Number(m) + 1).padStart(2, '0')}-01`;
  return { firstDate: first, lastDate: addDays(nextMonth, -1) };
}

/** The period one level down that a closure is made of (a month of days, a year of months). */
export function subPeriod(period: ClosurePeriod): ClosurePeriod | null {
  return period === 'YEAR' ? 'MONTH' : period === 'MONTH' ? 'DAY' : null;
}
