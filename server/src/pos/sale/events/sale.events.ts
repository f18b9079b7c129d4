import type { DomainEvent } from '../../../common/transaction/unit-of-work.js';

export interface SaleSnapshot {
  saleId: string;
  tillId: string;
  kind: 'SALE' | 'CREDIT_NOTE';
  number: number;
  totalInclCents: number;
  bookingId: string | null;
  clientId: string | null;
  /** Credit notes: the ticket they take back from. */
  originalSaleId: string | null;
  completedAt: string;
}

/** A ticket was paid and written to the journal (after commit). Loyalty and accounting listen. */
export class SaleCompletedEvent implements DomainEvent {
  static readonly eventName = 'sale.completed';
  readonly eventName = SaleCompletedEvent.eventName;
  constructor(readonly sale: SaleSnapshot) {}
}

/** A credit note was issued against a ticket (after commit). */
export class SaleRefundedEvent implements DomainEvent {
  static readonly eventName = 'sale.refunded';
  readonly eventName = SaleRefundedEvent.eventName;
  constructor(readonly creditNote: SaleSnapshot) {}
}

/** Internal: a ticket changed (lines, tenders, status); its subscribers are told after commit. */
export class SaleChangedEvent implements DomainEvent {
  static readonly eventName = 'sale.changed';
  readonly eventName = SaleChangedEvent.eventName;
  constructor(readonly saleId: string) {}
}

/**
 * Someone asked for a receipt by e-mail. Emitted inside a transaction: the notification module writes the
 * message and its outbox job there (the POS does not know it exists).
 */
export class SaleReceiptRequestedEvent implements DomainEvent {
  static readonly eventName = 'sale.receipt-requested';
  readonly eventName = SaleReceiptRequestedEvent.eventName;
  constructor(readonly receipt: { saleId: string; email: string }) {}
}
