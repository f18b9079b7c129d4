/**
 * Walks a till's journal in `seq` order, one record at a time, and tells the first thing wrong: a missing
 * or extra record, a broken link, a payload that no longer matches the text hashed, a hash that does not
 * match, a numbering gap, or a closure whose totals or perpetual total are not what the records add up to.
 * Pure and streaming: it keeps per-day and per-month totals, never the records.
 */
import { dayInterval, INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';
import { canonicalRecord, chainHash } from './canonical.js';
import { CanonicalScanner, recordFrame } from './canonical-scan.js';
import { emptyTotals, periodBounds, sumTotals, totalsOf, TotalsAccumulator } from './closure-totals.js';
import { closurePeriodOf, JournalKind, NUMBERED_KINDS } from './journal-kind.js';
import type { ClosureRecordPayload, PeriodTotals, SaleTotalsPart } from './records.js';

export interface StoredRecord {
  tillId: string;
  seq: number;
  kind: JournalKind;
  number: number | null;
  occurredAt: Date;
  actorUserId: string | null;
  payload: Record<string, unknown>;
  canonical: string;
  prevHash: string;
  hash: string;
}

/**
 * A record as the fast database walk reads it: without the jsonb payload (the canonical text holds it), and
 * its instant as text, in UTC to the microsecond (`2026-11-02T09:15:00.000000Z`): no `Date` per record.
 */
export type TextRecord = Omit<StoredRecord, 'payload' | 'occurredAt' | 'tillId'> & { occurredAt: string };

const CONTENT_MISMATCH = 'Le contenu ne correspond plus au texte enregistré et haché (forme canonique).';
const SALE_INCOMPLETE =
  "Le contenu d'un ticket ou d'un avoir est incomplet (total, totaux de TVA ou règlements illisibles).";
/** What the closures need of a payload: the totals part of a sale, the whole payload of a closure. */
type Content = SaleTotalsPart | Record<string, unknown>;

export interface ChainBreak {
  seq: number;
  kind: string;
  problem: string;
}

export interface VerifierStart {
  tillId: string;
  /** The seq expected first, and the hash of the record before it (the genesis hash at seq 1). */
  firstSeq: number;
  prevHash: string;
  /** The last number of each numbered kind before `firstSeq`. */
  lastNumbers: ReadonlyMap<string, number>;
  /** Days from this date on are wholly inside the walk (closures of earlier days are not re-added). */
  completeFrom: string | null;
}

interface ClosureSeen {
  totals: PeriodTotals;
  perpetualTotalCents: number;
  perpetualAbsoluteCents: number;
}

export class ChainVerifier {
  private expectedSeq: number;
  private prevHash: string;
  private readonly numbers: Map<string, number>;
  private readonly days = new Map<string, TotalsAccumulator>();
  private readonly closures = {
    DAY: new Map<string, ClosureSeen>(),
    MONTH: new Map<string, ClosureSeen>(),
    YEAR: new Map<string, ClosureSeen>(),
  };
  private lastDayClosure: ClosureSeen | null;
  count = 0;
  closuresChecked = 0;

  constructor(private readonly start: VerifierStart) {
    this.expectedSeq = start.firstSeq;
    this.prevHash = start.prevHash;
    this.numbers = new Map(start.lastNumbers);
    const genesis = start.firstSeq === 1;
    this.lastDayClosure = genesis
      ? { totals: emptyTotals(), perpetualTotalCents: 0, perpetualAbsoluteCents: 0 }
      : null;
  }

  get lastSeq(): number {
    return this.expectedSeq - 1;
  }

  get lastHash(): string {
    return this.prevHash;
  }

  /**
   * Checks the next record, re-canonicalising it whole from its fields (the archive path); returns what
   * is wrong with it, or null.
   */
  feed(r: StoredRecord): ChainBreak | null {
    return this.check(r, r.tillId, r.occurredAt.getTime(), () => {
      let canonical: string;
      try {
        canonical = canonicalRecord(r);
      } catch {
        return "Le contenu de l'enregistrement ne peut plus être mis sous forme canonique.";
      }
      return canonical === r.canonical ? r.payload : CONTENT_MISMATCH;
    });
  }

  private readonly scanner = new CanonicalScanner();

  /**
   * The same check for a record read from the database without its payload of the verifier's till (the fast path over a
   * whole journal, taken while the constraint `ck_pos_journal_payload` holds: the jsonb payload equals the
   * canonical text's, and the text is valid JSON). The text around the payload must be exactly what the
   * columns give (`recordFrame`); the payload is scanned, not parsed: its extent checked, and for a sale
   * the totals the closures add up read in place. Only a closure's payload (one a day) is parsed.
   */
  feedText(r: TextRecord): ChainBreak | null {
    const at = r.occurredAt;
    // Canonical instants are whole seconds: anything else in the column cannot match the text.
    const whole = at.length === 27 && at.endsWith('.000000Z');
    const instant = whole ? `${at.slice(0, 19)}Z` : at;
    const tillId = this.start.tillId;
    return this.check(r, tillId, whole ? Date.parse(instant) : NaN, () => {
      if (!whole) return CONTENT_MISMATCH;
      const { head, tail } = recordFrame(r, tillId, instant);
      const text = r.canonical;
      const end = text.length - tail.length;
      if (end < head.length || !text.startsWith(head) || !text.endsWith(tail)) return CONTENT_MISMATCH;
      if (r.kind === JournalKind.TICKET || r.kind === JournalKind.CREDIT_NOTE) {
        const totals = this.scanner.saleTotalsAt(text, head.length, end);
        if (totals === false) return SALE_INCOMPLETE;
        return totals ?? parsePayload(text.slice(head.length, end));
      }
      if (closurePeriodOf(r.kind) !== null) return parsePayload(text.slice(head.length, end));
      const single = this.scanner.isObjectAt(text, head.length, end);
      if (single === null) return parsePayload(text.slice(head.length, end));
      return single ? NO_CONTENT : CONTENT_MISMATCH;
    });
  }

  private check(
    r: Omit<TextRecord, 'occurredAt'>,
    tillId: string,
    atMs: number,
    content: () => Content | string,
  ): ChainBreak | null {
    const fail = (problem: string): ChainBreak => ({ seq: r.seq, kind: r.kind, problem });
    if (tillId !== this.start.tillId) return fail("L'enregistrement appartient à une autre caisse.");
    if (r.seq !== this.expectedSeq) {
      return r.seq > this.expectedSeq
        ? {
            seq: this.expectedSeq,
            kind: r.kind,
            problem: `Enregistrement manquant : n° de séquence ${this.expectedSeq} attendu, ${r.seq} trouvé.`,
          }
        : fail(`Séquence ${r.seq} en double ou hors d'ordre (${this.expectedSeq} attendu).`);
    }
    if (r.prevHash !== this.prevHash) {
      return fail("Le lien avec l'enregistrement précédent est rompu (empreinte précédente différente).");
    }
    const payload = content();
    if (typeof payload === 'string') return fail(payload);
    if (chainHash(r.prevHash, r.canonical) !== r.hash) {
      return fail("L'empreinte ne correspond pas au contenu de l'enregistrement.");
    }
    const numbering = this.checkNumber(r);
    if (numbering !== null) return fail(numbering);
    const closure = this.account(r.kind, atMs, payload);
    if (closure !== null) return fail(closure);
    this.expectedSeq += 1;
    this.prevHash = r.hash;
    this.count += 1;
    return null;
  }

  private checkNumber(r: Omit<TextRecord, 'occurredAt'>): string | null {
    if (!NUMBERED_KINDS.has(r.kind))
      return r.number === null ? null : `Un enregistrement ${r.kind} ne porte pas de numéro.`;
    const last = this.numbers.get(r.kind) ?? 0;
    if (r.number !== last + 1)
      return `Numérotation ${r.kind} rompue : n° ${last + 1} attendu, ${String(r.number)} trouvé.`;
    this.numbers.set(r.kind, last + 1);
    return null;
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
  private account(kind: JournalKind, atMs: number, payload: Content): string | null {
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
    const complete = this.start.completeFrom === null || p.firstDate >= this.start.completeFrom;
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
    return this.start.firstSeq === 1 ? { total: 0, absolute: 0 } : null;
  }
}

const NO_CONTENT: Record<string, unknown> = Object.freeze({});

/** A payload the scanner could not read: parsed whole (it must be exactly one JSON object). */
function parsePayload(text: string): Record<string, unknown> | string {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : CONTENT_MISMATCH;
  } catch {
    return CONTENT_MISMATCH;
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
