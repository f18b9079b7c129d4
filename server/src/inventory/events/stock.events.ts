import type { DomainEvent } from '../../common/transaction/unit-of-work.js';

/** Committed stock movements changed these products' quantities (live CRM list, POS). */
export class StockChangedEvent implements DomainEvent {
  static readonly eventName = 'stock.changed';
  readonly eventName = StockChangedEvent.eventName;
  constructor(readonly productIds: string[]) {}
}

/**
 * A product just crossed its low-stock threshold downwards (once per crossing). Emitted inside the
 * movement's transaction: the notification module writes the staff e-mail there.
 */
export class StockLowEvent implements DomainEvent {
  static readonly eventName = 'stock.low';
  readonly eventName = StockLowEvent.eventName;
  constructor(readonly product: { productId: string; name: string; quantity: number; threshold: number }) {}
}

/** A purchase order was marked sent: the notification module e-mails it to the supplier, in that transaction. */
export class PurchaseOrderSentEvent implements DomainEvent {
  static readonly eventName = 'purchase-order.sent';
  readonly eventName = PurchaseOrderSentEvent.eventName;
  constructor(readonly purchaseOrderId: string) {}
}
