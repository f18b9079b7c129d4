import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { convergeStatus } from './domain/provider-status.js';
import { statusAfterRefunds } from './domain/refund-policy.js';
import {
  DEPOSIT_RECEIVED_JOB,
  GIFT_CARD_ORDER_PAID_JOB,
  PAYMENT_SUCCEEDED_JOB,
  PaymentCancelledEvent,
  PaymentFailedEvent,
  PaymentRefundedEvent,
  PaymentSucceededEvent,
  type PaymentSnapshot,
} from './events/payment.events.js';
import type {
  PaymentEntity,
  PaymentKind,
  PaymentMethod,
  PaymentProviderName,
  PaymentStatus,
} from './payment.entities.js';
import { PaymentRepository, type NewPayment, type PaymentListFilter } from './payment.repository.js';

export interface ManualPayment {
  bookingId: string | null;
  giftCardOrderId?: string | null;
  kind: PaymentKind;
  method: 'CASH' | 'BANK_TRANSFER';
  amountCents: number;
  createdBy: string;
  idempotencyKey?: string;
}

export function snapshot(p: PaymentEntity): PaymentSnapshot {
  return {
    paymentId: p.id,
    kind: p.kind,
    method: p.method,
    status: p.status,
    amountCents: p.amountCents,
    refundedCents: p.refundedCents,
    bookingId: p.bookingId,
    giftCardOrderId: p.giftCardOrderId,
  };
}

/**
 * The ledger: one row per intended payment, whatever the provider. Providers report states through
 * `converge`; the desk records cash and transfers through `recordManual`; both reach "paid" through
 * `markSucceeded` alone.
 */
@Injectable()
export class PaymentLedgerService {
  constructor(
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  /** A pending payment (an online checkout before its provider's reference is known). */
  openDeposit(input: NewPayment): Promise<PaymentEntity> {
    return this.repo.insert(input);
  }

  /**
   * A pending payment written in the caller's transaction (e.g. a card-terminal checkout), with the
   * provider reference it will be converged by.
   */
  openPending(
    m: EntityManager,
    input: {
      bookingId: string | null;
      amountCents: number;
      kind: PaymentKind;
      method: PaymentMethod;
      provider: PaymentProviderName;
      providerReference: string;
      providerStatus: string | null;
      createdBy: string | null;
    },
  ): Promise<PaymentEntity> {
    return this.repo.insert(input, m);
  }

  /** Notes the provider's reference (and state) of a payment once the provider has created it. */
  setReference(id: string, providerReference: string, providerStatus?: string): Promise<void> {
    return this.repo.update(
      id,
      providerStatus === undefined ? { providerReference } : { providerReference, providerStatus },
    );
  }

  /**
   * Moves a payment to what its provider reports, once: the row is locked, the new status follows
   * `convergeStatus`, and a success writes the `payment.succeeded` outbox job in the same
   * transaction (so what it paid for is confirmed even if this process dies right after).
   */
  async converge(
    uow: UnitOfWork,
    provider: PaymentProviderName,
    reference: string,
    reported: PaymentStatus,
    providerStatus: string,
    failure: string | null,
  ): Promise<PaymentEntity | null> {
    const payment = await this.repo.lockByReference(uow.manager, provider, reference);
    if (payment === null) return null;
    const next = convergeStatus(payment.status, reported);
    if (next === payment.status && payment.providerStatus === providerStatus) return payment;
    const changes: Partial<PaymentEntity> = { status: next, providerStatus };
    if (next === 'SUCCEEDED' && payment.status !== 'SUCCEEDED') {
      changes.succeededAt = new Date();
      changes.failureReason = null;
      await this.markSucceeded(uow, { ...payment, ...changes });
    } else if (next === 'FAILED' && payment.status !== 'FAILED') {
      changes.failureReason = failure;
      uow.emit(new PaymentFailedEvent(snapshot({ ...payment, ...changes }), failure));
      // The rest of a deposit failed: what a gift card put towards it goes back to the card.
      if (payment.kind === 'DEPOSIT' && payment.bookingId !== null)
        await this.releaseGiftCardParts(uow, payment.bookingId, 'Paiement du reste refusé.');
    } else if (next === 'CANCELLED' && payment.status !== 'CANCELLED') {
      // A checkout cancelled or timed out on the reader: whoever waits for this payment stops waiting.
      changes.failureReason = failure;
      uow.emit(new PaymentCancelledEvent(snapshot({ ...payment, ...changes }), failure));
    }
    await this.repo.update(payment.id, changes, uow.manager);
    return { ...payment, ...changes };
  }

  /** Cash or bank transfer recorded at the desk: succeeded at once. */
  recordManual(input: ManualPayment): Promise<PaymentEntity> {
    return this.tx.run((uow) => this.recordManualIn(uow, input));
  }

  /** The same, in the caller's transaction (e.g. a gift-card order's transfer, issued with it). */
  async recordManualIn(uow: UnitOfWork, input: ManualPayment): Promise<PaymentEntity> {
    const payment = await this.repo.insert(
      {
        bookingId: input.bookingId,
        giftCardOrderId: input.giftCardOrderId ?? null,
        amountCents: input.amountCents,
        kind: input.kind,
        method: input.method,
        provider: 'MANUAL',
        createdBy: input.createdBy,
        idempotencyKey: input.idempotencyKey,
        status: 'SUCCEEDED',
      },
      uow.manager,
    );
    await this.markSucceeded(uow, payment);
    return payment;
  }

  /**
   * A gift card's part of a booking's deposit, debited from the card in the caller's transaction:
   * SUCCEEDED (and the booking confirmed through `payment.succeeded`) when it covers the whole deposit,
   * else PENDING until the rest is paid (`markSucceeded` collects it) or given up (`releaseGiftCardParts`).
   */
  async recordGiftCardIn(
    uow: UnitOfWork,
    input: { bookingId: string; amountCents: number; settled: boolean },
  ): Promise<PaymentEntity> {
    const payment = await this.repo.insert(
      {
        bookingId: input.bookingId,
        amountCents: input.amountCents,
        kind: 'DEPOSIT',
        method: 'GIFT_CARD',
        provider: 'GIFT_CARD',
        createdBy: null,
        status: input.settled ? 'SUCCEEDED' : 'PENDING',
      },
      uow.manager,
    );
    if (input.settled) await this.markSucceeded(uow, payment);
    return payment;
  }

  /**
   * A released gift-card part taken from its card again because the rest of the deposit succeeded
   * after all: collected at once, like the parts `markSucceeded` collects with the rest (whose jobs and
   * event already ran), so no job or event of its own.
   */
  recordRetakenGiftCardIn(
    uow: UnitOfWork,
    input: { bookingId: string; amountCents: number },
  ): Promise<PaymentEntity> {
    return this.repo.insert(
      {
        bookingId: input.bookingId,
        amountCents: input.amountCents,
        kind: 'DEPOSIT',
        method: 'GIFT_CARD',
        provider: 'GIFT_CARD',
        createdBy: null,
        status: 'SUCCEEDED',
      },
      uow.manager,
    );
  }

  /**
   * Cancels the pending gift-card parts of a booking's deposit; each `PaymentCancelledEvent` (handled
   * in this transaction by the gift-card module) gives the amount back to its card.
   */
  async releaseGiftCardParts(uow: UnitOfWork, bookingId: string, reason: string): Promise<number> {
    const released = await this.repo.cancelGiftCardParts(uow.manager, bookingId, reason);
    for (const p of released) uow.emit(new PaymentCancelledEvent(snapshot(p), reason));
    return released.length;
  }

  /**
   * The one way to "paid": the `payment.succeeded` outbox job (what it paid for gets confirmed) and
   * the event, in the transaction that records the success.
   */
  private async markSucceeded(uow: UnitOfWork, payment: PaymentEntity): Promise<void> {
    // The rest of a deposit is in: the gift-card parts waiting for it are collected with it.
    if (payment.kind === 'DEPOSIT' && payment.bookingId !== null && payment.provider !== 'GIFT_CARD')
      await this.repo.settleGiftCardParts(uow.manager, payment.bookingId);
    await this.outbox.enqueue(
      uow,
      payment.giftCardOrderId !== null
        ? {
            queue: QUEUES.payments,
            name: GIFT_CARD_ORDER_PAID_JOB,
            payload: { paymentId: payment.id, giftCardOrderId: payment.giftCardOrderId },
            jobId: `paid:${payment.id}`,
          }
        : {
            queue: QUEUES.payments,
            name: PAYMENT_SUCCEEDED_JOB,
            payload: { paymentId: payment.id, bookingId: payment.bookingId, kind: payment.kind },
            jobId: `paid:${payment.id}`,
          },
    );
    if (payment.kind === 'DEPOSIT') {
      await this.outbox.enqueue(uow, {
        queue: QUEUES.payments,
        name: DEPOSIT_RECEIVED_JOB,
        payload: { paymentId: payment.id },
        jobId: `deposit-received:${payment.id}`,
      });
    }
    uow.emit(new PaymentSucceededEvent(snapshot(payment)));
  }

  /** Refunds reported by the provider itself (e.g. from its dashboard): refunded only grows. */
  async applyProviderRefundTotal(
    uow: UnitOfWork,
    provider: PaymentProviderName,
    reference: string,
    refundedCents: number,
  ): Promise<void> {
    const payment = await this.repo.lockByReference(uow.manager, provider, reference);
    if (payment === null || refundedCents <= payment.refundedCents) return;
    const total = Math.min(refundedCents, payment.amountCents);
    const status = statusAfterRefunds(payment.amountCents, total);
    await this.repo.update(payment.id, { refundedCents: total, status }, uow.manager);
    uow.emit(
      new PaymentRefundedEvent(
        snapshot({ ...payment, refundedCents: total, status }),
        total - payment.refundedCents,
        null,
      ),
    );
  }

  succeededDeposits(bookingId: string): Promise<PaymentEntity[]> {
    return this.repo.succeededDeposits(bookingId);
  }

  get(id: string): Promise<PaymentEntity | null> {
    return this.repo.get(id);
  }

  refundableGiftCardPurchase(giftCardOrderId: string): Promise<PaymentEntity | null> {
    return this.repo.refundableGiftCardPurchase(giftCardOrderId);
  }

  forBookings(bookingIds: string[]): Promise<PaymentEntity[]> {
    return this.repo.forBookings(bookingIds);
  }

  list(filter: PaymentListFilter): Promise<[PaymentEntity[], number]> {
    return this.repo.list(filter);
  }
}
