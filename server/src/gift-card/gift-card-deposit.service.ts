import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { TransactionalEvents, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import {
  GiftCardPaymentProvider,
  PaymentCancelledEvent,
  PaymentRefundedEvent,
  type PaymentEntity,
  type PaymentSnapshot,
} from '../payment/index.js';
import { depositCover, depositTenderKey } from './domain/deposit-cover.js';
import { redemptionRefusal } from './domain/refusal.js';
import { GiftCardAttempts } from './gift-card-attempts.service.js';
import { GiftCardRedemptionService } from './gift-card-redemption.service.js';
import { GiftCardLedgerRepository } from './gift-card-ledger.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardBalanceChangedEvent } from './events/gift-card.events.js';

export interface DepositSpend {
  /** The code as the client typed it. */
  code: string;
  /** The client's IP: the public brute-force budget (shared with the balance page). */
  ip: string;
  /** What the deposit still needs, in cents. */
  owedCents: number;
  now: number;
  /** The input field the code was typed in, for the French error. */
  field: string;
}

/**
 * A gift card paying (part of) a booking's deposit. The card row is locked, what it covers is taken
 * off with its REDEEM movement, keyed by the deposit payment that `record` writes, all in the caller's
 * transaction: the card is debited if and only if the payment row exists. The money goes back to the
 * card, in the transaction that refunds or cancels that payment, from the payment events.
 */
@Injectable()
export class GiftCardDepositService implements OnModuleInit {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly ledger: GiftCardLedgerRepository,
    private readonly redemption: GiftCardRedemptionService,
    private readonly attempts: GiftCardAttempts,
    private readonly events: TransactionalEvents,
    private readonly provider: GiftCardPaymentProvider,
  ) {}

  onModuleInit(): void {
    this.provider.setRefundCheck((paymentId, amountCents) => this.refundProblem(paymentId, amountCents));
    this.events.on(PaymentRefundedEvent.eventName, async (e, uow) => {
      const { payment, refundCents, reason } = e as PaymentRefundedEvent;
      await this.giveBack(uow, payment, refundCents, reason ?? 'Acompte remboursé.');
    });
    this.events.on(PaymentCancelledEvent.eventName, async (e, uow) => {
      const { payment, reason } = e as PaymentCancelledEvent;
      await this.giveBack(uow, payment, payment.amountCents, reason ?? 'Acompte non finalisé.');
    });
  }

  async spend(
    uow: UnitOfWork,
    r: DepositSpend,
    record: (amountCents: number) => Promise<PaymentEntity>,
  ): Promise<{ coveredCents: number; balanceCents: number; paymentId: string }> {
    await this.attempts.count(r.code, r.ip);
    const m = uow.manager;
    const found = await this.redemption.find(m, r.code, r.field);
    const card = (await this.repo.lock(m, found.id)) ?? found;
    const covered = depositCover(card.balanceCents, r.owedCents);
    const refusal = redemptionRefusal(
      { status: card.status, balanceCents: card.balanceCents, expiresAt: card.expiresAt.getTime() },
      Math.max(covered, 1),
      r.now,
    );
    if (refusal !== null) throw new BadUserInputError(refusal.message, r.field);
    const payment = await record(covered);
    const balance = await this.ledger.debit(m, card.id, covered, new Date(r.now));
    if (balance === null) throw new ConflictError('Cette carte cadeau vient d’être utilisée : réessayez.');
    await this.repo.insertMovement(m, {
      giftCardId: card.id,
      kind: 'REDEEM',
      amountCents: -covered,
      balanceAfterCents: balance,
      tenderKey: depositTenderKey(payment.id),
      reference: payment.bookingId === null ? null : `Acompte ${payment.bookingId}`,
      createdBy: null,
      occurredAt: new Date(r.now),
    });
    uow.emit(new GiftCardBalanceChangedEvent(card.id, 'REDEEM', -covered));
    return { coveredCents: covered, balanceCents: balance, paymentId: payment.id };
  }

  /**
   * A deposit part this card paid and then got back (released: the hold expired or the rest was
   * declined), taken again because the rest succeeded after all: `amountCents` debited from the same
   * card in the caller's transaction, if it is still active, unexpired and holds it (else false and
   * nothing written), with its REDEEM movement keyed by the payment that `record` writes.
   */
  async retake(
    uow: UnitOfWork,
    r: { releasedPaymentId: string; amountCents: number; now: number },
    record: (amountCents: number) => Promise<PaymentEntity>,
  ): Promise<boolean> {
    const m = uow.manager;
    const cardId = await this.ledger.cardOfTender(m, depositTenderKey(r.releasedPaymentId));
    if (cardId === null) return false;
    const balance = await this.ledger.debit(m, cardId, r.amountCents, new Date(r.now));
    if (balance === null) return false;
    const payment = await record(r.amountCents);
    await this.repo.insertMovement(m, {
      giftCardId: cardId,
      kind: 'REDEEM',
      amountCents: -r.amountCents,
      balanceAfterCents: balance,
      tenderKey: depositTenderKey(payment.id),
      reference: payment.bookingId === null ? null : `Acompte ${payment.bookingId}`,
      reason: 'Part de l’acompte reprise : le reste a été payé après sa libération.',
      createdBy: null,
      occurredAt: new Date(r.now),
    });
    uow.emit(new GiftCardBalanceChangedEvent(cardId, 'REDEEM', -r.amountCents));
    return true;
  }

  /**
   * Why the card that paid deposit `paymentId` cannot take `amountCents` back, asked before the refund
   * is recorded (the same conditions as `GiftCardRepository.credit`).
   */
  private async refundProblem(paymentId: string, amountCents: number): Promise<string | null> {
    const m = this.repo.manager();
    const cardId = await this.ledger.cardOfTender(m, depositTenderKey(paymentId));
    const card = cardId === null ? null : await this.repo.byId(m, cardId);
    if (card === null) return null;
    if (card.status !== 'ACTIVE' && card.status !== 'USED') {
      return 'La carte cadeau de cet acompte est expirée ou annulée : remboursez par un autre moyen.';
    }
    if (card.balanceCents + amountCents > card.faceValueCents) {
      return 'La carte cadeau de cet acompte ne peut pas recevoir ce montant : remboursez par un autre moyen.';
    }
    return null;
  }

  /** A deposit paid by card refunded (in part) or given up: that amount goes back to the card. */
  private async giveBack(
    uow: UnitOfWork,
    payment: PaymentSnapshot,
    amountCents: number,
    reason: string,
  ): Promise<void> {
    if (payment.method !== 'GIFT_CARD' || payment.kind !== 'DEPOSIT' || amountCents <= 0) return;
    const m = uow.manager;
    const cardId = await this.ledger.cardOfTender(m, depositTenderKey(payment.paymentId));
    if (cardId === null) return;
    const balance = await this.ledger.credit(m, cardId, amountCents);
    if (balance === null) {
      throw new ConflictError(
        'La carte cadeau de cet acompte est expirée ou annulée : remboursez par un autre moyen.',
      );
    }
    await this.repo.insertMovement(m, {
      giftCardId: cardId,
      kind: 'REFUND',
      amountCents,
      balanceAfterCents: balance,
      reference: `Acompte ${payment.bookingId ?? ''}`.trim(),
      reason,
      createdBy: null,
      occurredAt: new Date(),
    });
    uow.emit(new GiftCardBalanceChangedEvent(cardId, 'REFUND', amountCents));
  }
}
