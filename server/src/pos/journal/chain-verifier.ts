/**
 * Walks a till's journal in `seq` order, one record at a time, and tells the first thing wrong: a missing
 * or extra record, a broken link, a payload that no longer matches the text hashed, a hash that does not
 * match, a numbering gap, or a closure whose totals or perpetual total are not what the records add up to.
 * Pure and streaming: it keeps per-day and per-month totals, never the records.
 */
import { INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';
import { canonicalRecord, chainHash } from './canonical.js';
import { addSale, emptyTotals, periodBounds, sumTotals, totalsOf } from './closure-totals.js';
import { closurePeriodOf, JournalKind, NUMBERED_KINDS } from './journal-kind.js';
import type { ClosureRecordPayload, PeriodTotals, SaleRecordPayload } from './records.js';

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
  private readonly days = new Map<string, PeriodTotals>();
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

  /** Checks the next record; returns what is wrong with it, or null. */
  feed(r: StoredRecord): ChainBreak | null {
    const fail = (problem: string): ChainBreak => ({ seq: r.seq, kind: r.kind, problem });
    if (r.tillId !== this.start.tillId) return fail("L'enregistrement appartient à une autre caisse.");
    if (r.seq !== this.expectedSeq) {
      return r.seq > this.expectedSeq
        ? {
            seq: this.expectedSeq,
            kind: r.kind,
            problem: `Enregistrement manquant : n° de séquence ${this.expectedSeq} attendu, ${r.seq} trouvé.`,
          }
        : fail(`Séquence ${r.seq} en double ou hors d'ordre (${this.expectedSeq} attendu).`);
    }
    if (r.prevHash !== this.prevHash)
      return fail("Le lien avec l'enregistrement précédent est rompu (empreinte précédente différente).");
    let canonical: string;
    try {
      canonical = canonicalRecord(r);
    } catch {
      return fail("Le contenu de l'enregistrement ne peut plus être mis sous forme canonique.");
    }
    if (canonical !== r.canonical)
      return fail('Le contenu ne correspond plus au texte enregistré et haché (forme canonique).');
    if (chainHash(r.prevHash, r.canonical) !== r.hash)
      return fail("L'empreinte ne correspond pas au contenu de l'enregistrement.");
    const numbering = this.checkNumber(r);
    if (numbering !== null) return fail(numbering);
    const closure = this.account(r);
    if (closure !== null) return fail(closure);
    this.expectedSeq += 1;
    this.prevHash = r.hash;
    this.count += 1;
    return null;
  }

  private checkNumber(r: StoredRecord): string | null {
    if (!NUMBERED_KINDS.has(r.kind))
      return r.number === null ? null : `Un enregistrement ${r.kind} ne porte pas de numéro.`;
    const last = this.numbers.get(r.kind) ?? 0;
    if (r.number !== last + 1)
      return `Numérotation ${r.kind} rompue : n° ${last + 1} attendu, ${String(r.number)} trouvé.`;
    this.numbers.set(r.kind, last + 1);
    return null;
  }

  /** Adds a sale into its day, or checks a closure against what was added. */
  private account(r: StoredRecord): string | null {
    if (r.kind === JournalKind.TICKET || r.kind === JournalKind.CREDIT_NOTE) {
      const day = localDateOf(r.occurredAt.getTime(), INSTITUTE_TIME_ZONE);
      this.days.set(
        day,
        addSale(this.days.get(day) ?? emptyTotals(), r.kind, r.payload as unknown as SaleRecordPayload),
      );
      return null;
    }
    const period = closurePeriodOf(r.kind);
    if (period === null) return null;
    const p = r.payload as unknown as ClosureRecordPayload;
    const stated = totalsOf(p);
    const complete = this.start.completeFrom === null || p.firstDate >= this.start.completeFrom;
    let expected: PeriodTotals | null;
    if (period === 'DAY') {
      expected = complete ? totalsOf(this.days.get(p.firstDate) ?? emptyTotals()) : null;
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
