import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { GiftCardFactsService } from '../gift-card/index.js';
import { PaymentFactsRepository, type PaymentFacts } from '../payment/index.js';
import { AccountingRepository } from './accounting.repository.js';
import { mergeSettings, type AccountingSettings } from './domain/chart.js';
import {
  depositForfeitEntry,
  depositReceivedEntry,
  depositRefundedEntry,
  forfeitedDepositRefundedEntry,
} from './domain/deposit-entry.js';
import type { DraftEntry } from './domain/entry.js';
import { giftCardOnlineSaleEntry, giftCardOnlineSaleRefundedEntry } from './domain/gift-card-entry.js';
import { EntryStore, type EntrySourceKind, type PostingOutcome } from './entry-store.service.js';

const parisDay = (at: Date) => localDateOf(at.getTime(), INSTITUTE_TIME_ZONE);

/**
 * Entries of money received outside the till (through the outbox): online deposits, their refunds and
 * forfeits (cases 5a, 6, 6b), gift cards sold online (9a, 9a'). One use case per fact; each posts once.
 */
@Injectable()
export class OnlinePostingService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly payments: PaymentFactsRepository,
    private readonly giftCards: GiftCardFactsService,
    private readonly tx: TransactionRunner,
    private readonly entries: EntryStore,
  ) {}

  /** A booking deposit received (case 5a). */
  async postDepositReceived(paymentId: string): Promise<PostingOutcome> {
    const p = await this.payments.payment(paymentId);
    if (p === null || p.kind !== 'DEPOSIT' || p.succeededAt === null) {
      throw new Error(`Deposit payment ${paymentId} not found or not succeeded`);
    }
    const fact = {
      id: p.paymentId,
      provider: p.provider,
      method: p.method,
      amountCents: p.amountCents,
      voucher: await this.voucherOf(p),
    };
    return this.post({ kind: 'PAYMENT', id: p.paymentId }, (s) =>
      depositReceivedEntry({ ...fact, date: parisDay(p.succeededAt as Date) }, s),
    );
  }

  /** A deposit refunded (case 6): the credit note of the receipt, dated the day of the refund. */
  async postDepositRefunded(refundId: string): Promise<PostingOutcome> {
    const r = await this.payments.refund(refundId);
    if (r === null) throw new Error(`Refund ${refundId} not found or not succeeded`);
    if (r.payment.kind !== 'DEPOSIT') return 'nothing to post';
    const fact = {
      id: r.refundId,
      provider: r.payment.provider,
      method: r.payment.method,
      amountCents: r.amountCents,
      date: parisDay(r.createdAt),
      voucher: await this.voucherOf(r.payment),
      refundedBeforeCents: r.refundedBeforeCents,
    };
    // Reserved after the no-show's forfeit was posted: the forfeit kept it, so its income is reversed.
    const bookingId = r.payment.bookingId;
    return this.post({ kind: 'PAYMENT_REFUND', id: r.refundId }, async (s, manager) => {
      const forfeitAt = bookingId === null ? null : await this.repo.postedAt(manager, 'BOOKING', bookingId);
      const afterForfeit = forfeitAt !== null && forfeitAt.getTime() < r.createdAt.getTime();
      return afterForfeit ? forfeitedDepositRefundedEntry(fact, s) : depositRefundedEntry(fact, s);
    });
  }

  /** A booking marked no-show keeps what its deposits paid, less their refunds (case 6b). */
  async postDepositForfeit(bookingId: string, markedAt: Date): Promise<PostingOutcome> {
    const kept = await this.payments.keptDeposits(bookingId);
    const amountCents = kept.reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);
    const deposits = await Promise.all(
      kept.map(async (p) => {
        const voucher = await this.voucherOf(p);
        return {
          paidCents: p.amountCents,
          refundedCents: p.refundedCents,
          prepaidVatRateBp: voucher?.category === 'SINGLE_PURPOSE' ? voucher.vatRateBp || null : null,
        };
      }),
    );
    const fact = { bookingId, amountCents, deposits, date: parisDay(markedAt) };
    return this.post({ kind: 'BOOKING', id: bookingId }, (s) => depositForfeitEntry(fact, s));
  }

  /** A gift card sold online, once its order is paid and the card issued (cases 9a, 9a'). */
  async postGiftCardOnlineSale(orderId: string): Promise<PostingOutcome> {
    const card = await this.giftCards.onlineSale(orderId);
    const payment = await this.payments.giftCardOrderPayment(orderId);
    if (card === null || payment === null) throw new Error(`Paid gift-card order ${orderId} not found`);
    const fact = {
      ...card,
      provider: payment.provider,
      method: payment.method,
      date: parisDay(card.paidAt),
    };
    return this.post({ kind: 'GIFT_CARD_ORDER', id: orderId }, (s) => giftCardOnlineSaleEntry(fact, s));
  }

  /** A gift-card order refunded before its card was used (the card cancelled): 9a / 9a' turned over. */
  async postGiftCardOrderRefunded(refundId: string): Promise<PostingOutcome> {
    const r = await this.payments.refund(refundId);
    if (r === null) throw new Error(`Refund ${refundId} not found or not succeeded`);
    const orderId = r.payment.giftCardOrderId;
    if (r.payment.kind !== 'GIFT_CARD_PURCHASE' || orderId === null) return 'nothing to post';
    const card = await this.giftCards.onlineSale(orderId);
    // Paid but never issued (an order called off): its receipt was never booked, nor is its refund.
    if (card === null) return 'nothing to post';
    const fact = {
      ...card,
      refundId,
      pricePaidCents: r.amountCents,
      provider: r.payment.provider,
      method: r.payment.method,
      date: parisDay(r.createdAt),
    };
    return this.post({ kind: 'PAYMENT_REFUND', id: refundId }, (s) =>
      giftCardOnlineSaleRefundedEntry(fact, s),
    );
  }

  /** The card that paid a deposit, if a gift card did (its category decides the account: 487 or 4191x). */
  private voucherOf(p: PaymentFacts) {
    return p.provider === 'GIFT_CARD' ? this.giftCards.depositVoucher(p.paymentId) : Promise.resolve(null);
  }

  private post(
    source: { kind: EntrySourceKind; id: string },
    build: (
      settings: AccountingSettings,
      manager: EntityManager,
    ) => DraftEntry | null | Promise<DraftEntry | null>,
  ): Promise<PostingOutcome> {
    return this.tx.run(async ({ manager }) => {
      const settings = mergeSettings(await this.repo.settings(manager));
      return this.entries.store(manager, await build(settings, manager), source);
    });
  }
}
