/**
 * The receipt of a completed ticket or credit note, built from its journal record (what was chained is
 * what is printed) and the institute's identity. Pure: no clock, no database. Every mention the law asks
 * of a till receipt is a field here (see docs/architecture.md, Receipts).
 */
import { INSTITUTE_TIME_ZONE, localDateOf, localTimeOf } from '../../../../common/time.js';
import type { SaleRecordPayload } from '../../../journal/records.js';

export interface ReceiptInstitute {
  name: string;
  addressLines: string[];
  siret: string;
  vatNumber: string | null;
}

/** The journal record of the ticket or credit note, as stored. */
export interface ReceiptRecord {
  kind: 'TICKET' | 'CREDIT_NOTE';
  number: number;
  occurredAt: Date;
  /** First characters of the record's hash. */
  shortHash: string;
  payload: SaleRecordPayload;
}

export interface ReceiptLine {
  label: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  totalExclCents: number;
  vatRateBp: number;
  totalInclCents: number;
}

export interface ReceiptVatTotal {
  rateBp: number;
  baseCents: number;
  vatCents: number;
  totalInclCents: number;
}

export interface ReceiptTender {
  kind: string;
  label: string;
  /** What the tender pays of the ticket. */
  amountCents: number;
  /** Cash: what the client handed over (amount + change). */
  givenCents: number;
  changeCents: number;
}

export interface ReceiptModel {
  kind: 'TICKET' | 'CREDIT_NOTE';
  /** « Ticket n° 12 » or « Avoir n° 3 ». */
  title: string;
  number: number;
  institute: ReceiptInstitute;
  tillName: string;
  /** The record's instant, ISO-8601 UTC. */
  issuedAt: string;
  /** Paris date and time, « 06/12/2026 14:03:09 ». */
  issuedAtLocal: string;
  lines: ReceiptLine[];
  vatTotals: ReceiptVatTotal[];
  totalExclCents: number;
  totalVatCents: number;
  totalInclCents: number;
  tenders: ReceiptTender[];
  changeCents: number;
  shortHash: string;
  /** A credit note: the ticket it credits. */
  originalNumber: number | null;
  reason: string | null;
  /** A reprint: « DUPLICATA n° 2 ». */
  duplicate: { number: number; printedAtLocal: string } | null;
  /** The client's name (the A4 note states it), read beside the record. */
  clientName: string | null;
}

const TENDER_LABELS: Record<string, string> = {
  CASH: 'Espèces',
  CARD_TERMINAL: 'Carte bancaire (TPE)',
  CARD_SUMUP: 'Carte bancaire (TPE)',
  CARD_OTHER: 'Carte bancaire',
  CHEQUE: 'Chèque',
  TRANSFER: 'Virement',
  DEPOSIT: 'Acompte versé',
  GIFT_CARD: 'Carte cadeau',
  LOYALTY: 'Fidélité',
};

export function tenderLabel(kind: string): string {
  return TENDER_LABELS[kind] ?? kind;
}

/** « 06/12/2026 14:03:09 » in the institute's time zone. */
export function parisDateTime(instant: Date): string {
  const ms = instant.getTime();
  const [y, m, d] = localDateOf(ms, INSTITUTE_TIME_ZONE).split('-');
  // Paris offsets are whole hours: the seconds are the instant's own.
  const seconds = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
  return `${d}/${m}/${y} ${localTimeOf(ms, INSTITUTE_TIME_ZONE)}:${seconds}`;
}

const num = (v: unknown, fallback = 0): number => (typeof v === 'number' ? v : fallback);

export function buildReceipt(
  record: ReceiptRecord,
  institute: ReceiptInstitute,
  tillName: string,
  duplicate: { number: number; printedAt: Date } | null = null,
  clientName: string | null = null,
): ReceiptModel {
  const p = record.payload;
  const lines: ReceiptLine[] = p.lines.map((l) => ({
    label: l.label,
    quantity: l.quantity,
    unitPriceCents: l.unitPriceCents,
    discountCents: num(l.discountCents),
    totalExclCents: l.totalExclCents,
    vatRateBp: l.vatRateBp,
    totalInclCents: l.totalInclCents,
  }));
  const vatTotals = [...p.vatTotals]
    .sort((a, b) => a.rateBp - b.rateBp)
    .map((v) => ({
      rateBp: v.rateBp,
      baseCents: v.baseCents,
      vatCents: v.vatCents,
      totalInclCents: v.baseCents + v.vatCents,
    }));
  const tenders: ReceiptTender[] = p.tenders.map((t) => {
    const changeCents = num(t.changeCents);
    return {
      kind: t.kind,
      label: tenderLabel(t.kind),
      amountCents: t.amountCents,
      givenCents: t.amountCents + changeCents,
      changeCents,
    };
  });
  const credit = record.kind === 'CREDIT_NOTE';
  return {
    kind: record.kind,
    title: `${credit ? 'Avoir' : 'Ticket'} n° ${record.number}`,
    number: record.number,
    institute,
    tillName,
    issuedAt: record.occurredAt.toISOString(),
    issuedAtLocal: parisDateTime(record.occurredAt),
    lines,
    vatTotals,
    totalExclCents: vatTotals.reduce((s, v) => s + v.baseCents, 0),
    totalVatCents: vatTotals.reduce((s, v) => s + v.vatCents, 0),
    totalInclCents: p.totalInclCents,
    tenders,
    changeCents: tenders.reduce((s, t) => s + t.changeCents, 0),
    shortHash: record.shortHash,
    originalNumber: credit && typeof p.originalNumber === 'number' ? p.originalNumber : null,
    reason: credit && typeof p.reason === 'string' ? p.reason : null,
    duplicate:
      duplicate === null
        ? null
        : { number: duplicate.number, printedAtLocal: parisDateTime(duplicate.printedAt) },
    clientName,
  };
}

/** « 20 % », « 5,5 % ». */
export function formatRate(rateBp: number): string {
  return `${(rateBp / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`;
}

/** « 12,50 € » with a plain space (receipt printers and PDF core fonts lack the narrow no-break space). */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}
