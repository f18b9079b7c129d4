import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../../common/transaction/unit-of-work.js';
import type { SaleLineEntity } from '../sale.entities.js';

/** What staff picked for a new line, as the GraphQL input carries it; each kind reads what it needs. */
export interface LineRequest {
  kind: string;
  /** The ticket the line goes on (locked by the caller). */
  saleId?: string;
  quantity: number;
  label?: string | null;
  unitPriceCents?: number | null;
  vatRateBp?: number | null;
  productId?: string | null;
  bookingItemId?: string | null;
  practitionerId?: string | null;
  /** The id of what the line sells when no column above names it (gift card, loyalty reward…). */
  referenceId?: string | null;
  /** GIFT_CARD lines: who the card is for and where to e-mail it. */
  giftCard?: {
    recipientEmail?: string | null;
    recipientName?: string | null;
    buyerName?: string | null;
    message?: string | null;
  } | null;
}

/** A new line, before the sale's totals are computed. */
export interface LineDraft {
  label: string;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  practitionerId: string | null;
  productId: string | null;
  bookingItemId: string | null;
  data: Record<string, unknown> | null;
}

export interface LineEffectContext {
  saleId: string;
  userId: string | null;
  now: number;
}

/**
 * One kind of sale line: a service, a product, a free line, and those later issues add (gift card
 * sold, loyalty reward). Each is a Nest provider listed once in `SALE_LINE_KIND_CLASSES`
 * (sale.module.ts) and found by `kind` through `SaleLineKindRegistry` — never by a `switch`. A new kind
 * is one class and one line in that list; the sale, its totals, its payment and its journal record
 * do not change.
 */
export interface SaleLineKind {
  readonly kind: string;
  /** Whether staff may change the unit price once the line is on the ticket. */
  readonly priceEditable: boolean;
  /** Builds the line from the request; refuses with a French `BadUserInputError` naming the field. */
  draft(m: EntityManager, request: LineRequest): Promise<LineDraft>;
  /** Inside the transaction that completes the ticket (stock leaves the shelf, a card is issued…). */
  onSaleCompleted?(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void>;
  /**
   * When a credit note is reserved, before any money is given back: refuses (naming `field`) to take
   * back `quantity` of `line` if this kind cannot (a gift card already spent).
   */
  checkCredit?(m: EntityManager, line: SaleLineEntity, quantity: number, field: string): Promise<void>;
  /** Inside the transaction that issues a credit note taking `line` back (`line.quantity` < 0). */
  onCredited?(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void>;
}

export const SALE_LINE_KIND_LIST = Symbol('SALE_LINE_KIND_LIST');
