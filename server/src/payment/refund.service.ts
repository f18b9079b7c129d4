import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConditionOf, type OperationCondition } from '../common/auth/operation-condition.js';
import type { AuthUser } from '../common/auth/roles.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { refundAmountProblem, refundStateProblem, statusAfterRefunds } from './domain/refund-policy.js';
import {
  DEPOSIT_REFUNDED_JOB,
  GIFT_CARD_ORDER_REFUNDED_JOB,
  PaymentRefundedEvent,
} from './events/payment.events.js';
import { snapshot } from './ledger.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import type { PaymentEntity } from './payment.entities.js';
import { PaymentRepository } from './payment.repository.js';
import { PaymentProviderRegistry } from './providers/payment-provider.registry.js';
import { RefundGuards } from './refund-guards.js';

/** The payment's state refuses any refund (not collected, or already refunded in full). */
export class PaymentNotRefundableError extends ConflictError {}

export interface RefundRequest {
  paymentId: string;
  amountCents: number | null;
  reason: string | null;
  by: { userId: string | null; admin: boolean } | 'SYSTEM';
}

/**
 * Refunds from the ledger through the provider that took the money. Also the further rule of
 * `refundPayment` (its access rule lets staff through): `myPermissions` asks `allows`.
 */
@Injectable()
@ConditionOf('refundPayment')
export class RefundService implements OperationCondition {
  private readonly logger = new Logger(RefundService.name);

  constructor(
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
    private readonly settings: PaymentSettingsService,
    private readonly providers: PaymentProviderRegistry,
    private readonly outbox: OutboxService,
    private readonly guards: RefundGuards,
  ) {}

  /** Admins may refund; staff only when the institute's setting allows it. */
  async allowed(by: { admin: boolean }): Promise<boolean> {
    return by.admin || (await this.settings.secrets()).staffCanRefund;
  }

  allows(user: AuthUser): Promise<boolean> {
    return this.allowed({ admin: user.role === 'ADMIN' });
  }

  /**
   * Refunds through the original provider, never more than what is left: the amount is reserved
   * with a conditional update first (two concurrent refunds cannot both pass), then the provider
   * is called; if it refuses, the reservation is given back.
   */
  async refund(request: RefundRequest): Promise<PaymentEntity> {
    if (request.by !== 'SYSTEM' && !(await this.allowed(request.by))) {
      throw new ForbiddenError('Seul un administrateur peut rembourser.');
    }
    const payment = await this.repo.get(request.paymentId);
    if (payment === null) throw new NotFoundError('Paiement introuvable.');
    const stateProblem = refundStateProblem(payment);
    if (stateProblem) throw new PaymentNotRefundableError(stateProblem);
    const problem = refundAmountProblem(payment, request.amountCents);
    if (problem) throw new BadUserInputError(problem, [{ field: 'input.amountCents', message: problem }]);
    const amount = request.amountCents ?? payment.amountCents - payment.refundedCents;
    const guarded = await this.guards.problem(payment, amount);
    if (guarded) throw new PaymentNotRefundableError(guarded);
    const refundId = randomUUID();
    // The reservation and its PENDING refund row are one transaction: neither exists without the other.
    const reserved = await this.repo.reserveRefund({
      id: refundId,
      paymentId: payment.id,
      amountCents: amount,
      reason: request.reason,
      createdBy: request.by === 'SYSTEM' ? null : request.by.userId,
    });
    if (!reserved) {
      throw new ConflictError('Ce paiement vient d’être remboursé entre-temps : rechargez la page.');
    }
    let providerReference: string | null = null;
    try {
      providerReference = await this.providers.get(payment.provider).refund(payment, amount, refundId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.repo.releaseRefund(refundId, payment.id, amount, message.slice(0, 500));
      this.logger.warn({ paymentId: payment.id, err: message }, 'Provider refused a refund');
      // Our own tenders (a gift card) refuse in French already; an outside provider's answer is quoted.
      if (error instanceof ConflictError) throw error;
      throw new ConflictError(`Le prestataire de paiement a refusé le remboursement : ${message}`);
    }
    return this.tx.run(async (uow) => {
      await this.repo.refundSucceeded(uow.manager, refundId, providerReference);
      const current = await this.repo.lockOrFail(uow.manager, payment.id);
      const status = statusAfterRefunds(current.amountCents, current.refundedCents);
      await this.repo.update(payment.id, { status }, uow.manager);
      const updated = { ...current, status };
      if (current.kind === 'DEPOSIT') {
        // The books give the deposit back (credit note, VAT reversed: ACCOUNTING.md case 6).
        await this.outbox.enqueue(uow, {
          queue: QUEUES.payments,
          name: DEPOSIT_REFUNDED_JOB,
          payload: { refundId },
          jobId: `deposit-refunded:${refundId}`,
        });
      } else if (current.kind === 'GIFT_CARD_PURCHASE') {
        // The books reverse the card's sale (cases 9a / 9a' turned over).
        await this.outbox.enqueue(uow, {
          queue: QUEUES.payments,
          name: GIFT_CARD_ORDER_REFUNDED_JOB,
          payload: { refundId },
          jobId: `gift-card-order-refunded:${refundId}`,
        });
      }
      uow.emit(new PaymentRefundedEvent(snapshot(updated), amount, request.reason));
      return updated;
    });
  }
}
