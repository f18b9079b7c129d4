/**
 * The closures' side of a journal walk: adds each sale into its Paris day, and checks each closure (day,
 * month, year) against what its period's records add up to and against the perpetual grand total carried
 * from the closure before. Keeps per-day and per-closure totals, never the records. Pure.
 */
import { dayInterval, INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';
import { emptyTotals, periodBounds, sumTotals, totalsOf, TotalsAccumulator } from './closure-totals.js';
import { closurePeriodOf, JournalKind } from './journal-kind.js';
import type { ClosureRecordPayload, PeriodTotals, SaleTotalsPart } from './records.js';

export const SALE_INCOMPLETE =
  "Le contenu d'un ticket ou d'un avoir est incomplet (total, totaux de TVA ou règlements illisibles).";

/** What the closures need of a payload: the totals part of a sale, the whole payload of a closure. */
export type Content = SaleTotalsPart | Record<string, unknown>;

interface ClosureSeen {
  totals: PeriodTotals;
  perpetualTotalCents: number;
  perpetualAbsoluteCents: number;
}

export class PeriodChecker {
  private readonly days = new Map<string, TotalsAccumulator>();
  private readonly closures = {
    DAY: new Map<string, ClosureSeen>(),
    MONTH: new Map<string, ClosureSeen>(),
    YEAR: new Map<string, ClosureSeen>(),
  };
  private lastDayClosure: ClosureSeen | null;
  closuresChecked = 0;

  /**
   * `genesis`: the walk starts at the journal's first record (perpetual totals start at 0);
   * `completeFrom`: days from this date on are wholly inside the walk (earlier closures are not re-added).
   */
  constructor(
    private readonly genesis: boolean,
    private readonly completeFrom: string | null,
  ) {
    this.lastDayClosure = genesis
      ? { totals: emptyTotals(), perpetualTotalCents: 0, perpetualAbsoluteCents: 0 }
      : null;
  }

  private currentDay = { date: '', start: 0, end: 0 };

  /** The Paris date of an instant (consecutive records mostly share a day: its bounds are kept). */
  private dayOf(instant: number): string {
    const c = this.currentDay;
    if (instant >= c.start && instant < c.end) return c.date;
    const date = localDateOf(instant, INSTITUTE_TIME_ZONE);
    const { start, end } = dayInterval(date, INSTITUTE_TIME_ZONE);
    this.currentDay = { date, start, end };
    return date;
  }

  /** Adds a sale into its day, or checks a closure against what was added. */
  account(kind: JournalKind, atMs: number, payload: Content): string | null {
    if (kind === JournalKind.TICKET || kind === JournalKind.CREDIT_NOTE) {
      if (!isSaleTotals(payload)) return SALE_INCOMPLETE;
      const day = this.dayOf(atMs);
      let totals = this.days.get(day);
      if (totals === undefined) {
        totals = new TotalsAccumulator();
        this.days.set(day, totals);
      }
      totals.add(kind, payload);
      return null;
    }
    const period = closurePeriodOf(kind);
    if (period === null) return null;
    const p = payload as unknown as ClosureRecordPayload;
    const stated = totalsOf(p);
    const complete = this.completeFrom === null || p.firstDate >= this.completeFrom;
    let expected: PeriodTotals | null;
    if (period === 'DAY') {
      expected = complete ? totalsOf(this.days.get(p.firstDate)?.totals() ?? emptyTotals()) : null;
      this.days.delete(p.firstDate);
    } else {
      const parts = period === 'MONTH' ? this.closures.DAY : this.closures.MONTH;
      const { firstDate, lastDate } = periodBounds(period, p.firstDate);
      const inside = [...parts.entries()]
        .filter(([d]) => d >= firstDate && d <= lastDate)
        .map(([, c]) => c.totals);
      expected = complete ? totalsOf(sumTotals(inside)) : null;
    }
    if (expected !== null) {
      this.closuresChecked += 1;
      if (JSON.stringify(expected) !== JSON.stringify(stated)) {
        return `Les totaux de la clôture du ${p.firstDate} ne correspondent pas aux enregistrements de la période (total attendu ${expected.totalInclCents}, déclaré ${stated.totalInclCents}).`;
      }
    }
    const perpetual = this.expectedPerpetual(period, p, stated);
    if (
      perpetual !== null &&
      (perpetual.total !== p.perpetualTotalCents || perpetual.absolute !== p.perpetualAbsoluteCents)
    ) {
      return `Le grand total perpétuel de la clôture du ${p.firstDate} est faux (${perpetual.total} attendu, ${p.perpetualTotalCents} déclaré).`;
    }
    const seen = {
      totals: stated,
      perpetualTotalCents: p.perpetualTotalCents,
      perpetualAbsoluteCents: p.perpetualAbsoluteCents,
    };
    this.closures[period].set(p.firstDate, seen);
    if (period === 'DAY') this.lastDayClosure = seen;
    return null;
  }

  private expectedPerpetual(
    period: 'DAY' | 'MONTH' | 'YEAR',
    p: ClosureRecordPayload,
    stated: PeriodTotals,
  ): { total: number; absolute: number } | null {
    if (period === 'DAY') {
      const prev = this.lastDayClosure;
      return prev === null
        ? null
        : {
            total: prev.perpetualTotalCents + stated.totalInclCents,
            absolute: prev.perpetualAbsoluteCents + stated.absoluteTotalCents,
          };
    }
    // A month or a year states the perpetual total of its last closed day.
    let best: string | null = null;
    for (const d of this.closures.DAY.keys()) if (d <= p.lastDate && (best === null || d > best)) best = d;
    if (best !== null) {
      const c = this.closures.DAY.get(best);
      return c ? { total: c.perpetualTotalCents, absolute: c.perpetualAbsoluteCents } : null;
    }
    return this.genesis ? { total: 0, absolute: 0 } : null;
  }
}

function isSaleTotals(p: Content): p is SaleTotalsPart {
  return (
    Number.isSafeInteger(p.totalInclCents) &&
    Array.isArray(p.vatTotals) &&
    (p.vatTotals as unknown[]).every(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        Number.isSafeInteger((v as Record<string, unknown>).rateBp) &&
        Number.isSafeInteger((v as Record<string, unknown>).baseCents) &&
        Number.isSafeInteger((v as Record<string, unknown>).vatCents),
    ) &&
    Array.isArray(p.tenders) &&
    (p.tenders as unknown[]).every(
      (t) =>
        typeof t === 'object' &&
        t !== null &&
        typeof (t as Record<string, unknown>).kind === 'string' &&
        Number.isSafeInteger((t as Record<string, unknown>).amountCents),
    )
  );
}
