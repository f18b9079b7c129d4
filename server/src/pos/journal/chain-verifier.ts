/**
 * Walks a till's journal in `seq` order, one record at a time, and tells the first thing wrong: a missing
 * or extra record, a broken link, a payload that no longer matches the text hashed, a hash that does not
 * match, a numbering gap, or a closure whose totals or perpetual total are not what the records add up to.
 * Pure and streaming: it keeps per-day and per-month totals, never the records.
 */
import { canonicalRecord, chainHash } from './canonical.js';
import { CanonicalScanner, recordFrame } from './canonical-scan.js';
import { closurePeriodOf, JournalKind, NUMBERED_KINDS } from './journal-kind.js';
import { PeriodChecker, SALE_INCOMPLETE, type Content } from './period-checker.js';

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

export class ChainVerifier {
  private expectedSeq: number;
  private prevHash: string;
  private readonly numbers: Map<string, number>;
  private readonly periods: PeriodChecker;
  count = 0;

  constructor(private readonly start: VerifierStart) {
    this.expectedSeq = start.firstSeq;
    this.prevHash = start.prevHash;
    this.numbers = new Map(start.lastNumbers);
    this.periods = new PeriodChecker(start.firstSeq === 1, start.completeFrom);
  }

  /** Closures whose totals were recomputed from the records (those of days wholly inside the walk). */
  get closuresChecked(): number {
    return this.periods.closuresChecked;
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
    const closure = this.periods.account(r.kind, atMs, payload);
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
