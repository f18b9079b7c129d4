/**
 * The payloads of journal records: the shape both the sales part (tickets, credit notes) and the journal
 * part (closures, verification, archives) read and write. Amounts are integer cents (a credit note's are
 * negative), rates in basis points (2000 = 20 %), instants ISO-8601 UTC strings to the second.
 */
import type { ClosurePeriod } from './journal-kind.js';

export interface SaleLineRecord {
  label: string;
  /** Negative on a credit note. */
  quantity: number;
  unitPriceCents: number;
  totalExclCents: number;
  vatRateBp: number;
  totalInclCents: number;
  [extra: string]: unknown;
}

export interface VatTotalRecord {
  rateBp: number;
  baseCents: number;
  vatCents: number;
}

export interface TenderRecord {
  /** CASH, CARD_SUMUP, CARD_OTHER, CHEQUE, TRANSFER, DEPOSIT, … (the sales part owns the list). */
  kind: string;
  /** What the tender pays of the ticket (cash: given minus change). The cash drawer counts CASH. */
  amountCents: number;
  [extra: string]: unknown;
}

/** TICKET and CREDIT_NOTE records. Extra keys are allowed (client, practitioner, reference to a ticket…). */
export interface SaleRecordPayload {
  lines: SaleLineRecord[];
  vatTotals: VatTotalRecord[];
  totalInclCents: number;
  tenders: TenderRecord[];
  [extra: string]: unknown;
}

/** What the closures add up of a TICKET or CREDIT_NOTE payload. */
export type SaleTotalsPart = Pick<SaleRecordPayload, 'totalInclCents' | 'vatTotals' | 'tenders'>;

/** Totals of a set of sale records: what a closure states and what verification recomputes. */
export interface PeriodTotals {
  ticketCount: number;
  creditNoteCount: number;
  /** Sorted by rateBp. */
  vatTotals: VatTotalRecord[];
  /** Sorted by kind. */
  tenders: { kind: string; amountCents: number }[];
  /** Period grand total (VAT included; credit notes count negative). */
  totalInclCents: number;
  /** Sum of the absolute value of each record's total. */
  absoluteTotalCents: number;
}

/** CLOSURE_DAY / CLOSURE_MONTH / CLOSURE_YEAR records. */
export interface ClosureRecordPayload extends PeriodTotals {
  period: ClosurePeriod;
  /** First and last calendar date covered (Europe/Paris), inclusive. */
  firstDate: string;
  lastDate: string;
  /** Perpetual grand total of the till after this period (credit notes negative). */
  perpetualTotalCents: number;
  /** Perpetual sum of absolute totals. */
  perpetualAbsoluteCents: number;
  /** True when the gate made it before a sale (a missed daily closure). */
  automatic: boolean;
}

export interface CashMovementRecordPayload {
  sessionId: string;
  direction: 'IN' | 'OUT';
  amountCents: number;
  reason: string;
}

export interface SessionOpenedRecordPayload {
  sessionId: string;
  openingFloatCents: number;
  counts: Record<string, number>;
}

export interface SessionClosedRecordPayload {
  sessionId: string;
  expectedCents: number;
  countedCents: number;
  varianceCents: number;
  counts: Record<string, number>;
}

export interface EventRecordPayload {
  /** e.g. TILL_SIGN_IN, ARCHIVE_EXPORTED, SETTING_CHANGED, JOURNAL_VERIFIED. */
  event: string;
  [extra: string]: unknown;
}
