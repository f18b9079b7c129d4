import type { EntityManager } from 'typeorm';
import type { SaleEntity, SaleTenderEntity } from '../sale.entities.js';

/** A tender as the till sends it (`paySale`). */
export interface TenderRequest {
  kind: string;
  /** Positive. Cash: what the client handed over (change is worked out). */
  amountCents: number;
  /** Card on the SumUp terminal: which reader. */
  readerId?: string | null;
  /** Cheque number, transfer reference, other terminal's receipt… */
  reference?: string | null;
}

export interface TenderCheck {
  sale: SaleEntity;
  request: TenderRequest;
  /** What this tender pays of the ticket (change excluded). */
  appliedCents: number;
  /** Who takes it, and when (the paying transaction's clock). */
  by: string;
  now: number;
}

/** A refund tender of a credit note (`amountCents` > 0: what goes back to the client). */
export interface RefundRequest {
  original: SaleEntity;
  /** The original ticket's confirmed tenders. */
  originalTenders: SaleTenderEntity[];
  amountCents: number;
  reason: string;
  by: { userId: string; admin: boolean };
}

/**
 * One way to pay a ticket: cash, card on the SumUp terminal, card on another terminal, cheque, bank
 * transfer, the booking's deposit, and those later issues add (gift card, loyalty). Each is a Nest
 * provider listed once in `TENDER_KIND_CLASSES` (sale.module.ts) and found by `kind` through
 * `TenderKindRegistry`; the sale never switches on a kind.
 */
export interface TenderKind {
  readonly kind: string;
  /** Only cash may exceed what is left to pay: the excess is change. */
  readonly givesChange: boolean;
  /** NOW: confirmed when written (cash, cheque…). LATER: pending until its payment succeeds (terminal). */
  readonly settles: 'NOW' | 'LATER';
  /**
   * In the paying transaction, the sale row locked: refuses what this kind cannot take (a French
   * `BadUserInputError` naming the field, or a `ConflictError`), and returns the reference to keep.
   */
  check(m: EntityManager, c: TenderCheck): Promise<{ reference: string | null }>;
  /**
   * LATER only, after the pending tender is committed: starts collecting. A refusal (reader offline,
   * busy) is thrown; the tender is then declined and the ticket keeps its other tenders.
   */
  start?(
    tender: SaleTenderEntity,
    sale: SaleEntity,
    request: TenderRequest,
    userId: string,
  ): Promise<{
    paymentId: string;
    terminalCheckoutId: string | null;
  }>;
  /**
   * LATER only: stops collecting a pending tender (the reader is told to stop). The outcome reaches the
   * tender through the ledger (declined when the payment ends cancelled, confirmed if the card was
   * accepted first); a refusal to stop is thrown in French.
   */
  cancel?(tender: SaleTenderEntity): Promise<void>;
  /**
   * Credit notes: gives money back this way (before the credit note is written), or is absent when
   * this kind cannot refund. Returns the ledger payment refunded, if any.
   */
  refund?(request: RefundRequest): Promise<{ paymentId: string | null; reference: string | null }>;
}

export const TENDER_KIND_LIST = Symbol('TENDER_KIND_LIST');
