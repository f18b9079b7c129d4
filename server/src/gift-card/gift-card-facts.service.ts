import { Injectable } from '@nestjs/common';
import { depositTenderKey } from './domain/deposit-cover.js';
import { GiftCardOrderRepository } from './gift-card-order.repository.js';
import { GiftCardLedgerRepository } from './gift-card-ledger.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';

/** One part of a day's gift-card tenders: the cards' voucher category decides its accounting. */
export interface GiftCardTenderPart {
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  /** The rate of the VAT paid when a single-purpose card was sold (0 for multi-purpose cards). */
  vatRateBp: number;
  /** Signed: a credit note giving money back to cards is negative. */
  amountCents: number;
}

/** What was left on a card when it expired (the books write it off: ACCOUNTING.md cases 9c, 9c'). */
export interface GiftCardExpiryFacts {
  movementId: string;
  giftCardId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  /** Positive: the balance written off. */
  amountCents: number;
  occurredAt: Date;
}

/** A card sold online (an order paid and its card issued): the books record its sale (cases 9a, 9a'). */
export interface GiftCardOnlineSaleFacts {
  orderId: string;
  orderReference: string;
  giftCardId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  /** What the buyer paid (the liability; the face value may differ). */
  pricePaidCents: number;
  paidAt: Date;
}

/** What the books need to know of cards (read-only facts for the accounting module). */
@Injectable()
export class GiftCardFactsService {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly ledger: GiftCardLedgerRepository,
    private readonly orders: GiftCardOrderRepository,
  ) {}

  /** The gift-card tenders of a till's day split by voucher category and rate. */
  tenderSplit(q: {
    ticketIds: string[];
    refundedSaleIds: string[];
    parisDate: string;
  }): Promise<GiftCardTenderPart[]> {
    return this.ledger.tenderSplit(this.repo.manager(), q);
  }

  onlineSale(orderId: string): Promise<GiftCardOnlineSaleFacts | null> {
    return this.orders.onlineSaleFacts(this.repo.manager(), orderId);
  }

  expiry(movementId: string): Promise<GiftCardExpiryFacts | null> {
    return this.ledger.expiryFacts(this.repo.manager(), movementId);
  }

  /** The category and VAT rate of the card that paid deposit payment `paymentId`, or null (no card did). */
  async depositVoucher(
    paymentId: string,
  ): Promise<{ category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE'; vatRateBp: number } | null> {
    const m = this.repo.manager();
    const cardId = await this.ledger.cardOfTender(m, depositTenderKey(paymentId));
    const card = cardId === null ? null : await this.repo.byId(m, cardId);
    return card === null ? null : { category: card.category, vatRateBp: card.vatRateBp };
  }

  /** What an extension gave back to an expired card (`amountCents`: positive), or null. */
  revival(movementId: string): Promise<GiftCardExpiryFacts | null> {
    return this.ledger.revivalFacts(this.repo.manager(), movementId);
  }
}
