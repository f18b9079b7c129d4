import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { convergeStatus, stripeIntentStatus } from './domain/provider-status.js';
import { refundProblem, statusAfterRefunds } from './domain/refund-policy.js';
import {
  PAYMENT_SUCCEEDED_JOB,
  PaymentFailedEvent,
  PaymentRefundedEvent,
  PaymentSucceededEvent,
  type PaymentSnapshot,
} from './events/payment.events.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import {
  PaymentEntity,
  RefundEntity,
  type PaymentKind,
  type PaymentMethod,
  type PaymentProviderName,
  type PaymentStatus,
} from './payment.entities.js';
import { StripeGateway, type StripeIntent } from './providers/stripe.gateway.js';
import { SumUpGateway } from './providers/sumup.gateway.js';

export interface OnlineCheckout {
  payment: PaymentEntity;
  provider: PaymentProviderName;
  /** Stripe: what the Payment Element needs. */
  stripeClientSecret: string | null;
  stripePublishableKey: string | null;
}

export interface RefundRequest {
  paymentId: string;
  amountCents: number | null;
  reason: string | null;
  by: { userId: string | null; admin: boolean } | 'SYSTEM';
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
  };
}

/** The payment ledger and what moves it: online checkouts, provider updates, manual payments, refunds. */
@Injectable()
export class PaymentService {
  private readonly logger = new Logger(PaymentService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly settings: PaymentSettingsService,
    private readonly stripe: StripeGateway,
    private readonly sumup: SumUpGateway,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Which online provider takes deposits now: Stripe when configured, else the simulated one outside production. */
  async onlineProvider(): Promise<'STRIPE' | 'SIMULATED' | null> {
    const secrets = await this.settings.secrets();
    if (secrets.stripe) return 'STRIPE';
    return this.config.simulatedPayments ? 'SIMULATED' : null;
  }

  /**
   * Opens (or resumes) the online payment of a deposit. A payment still pending for the same
   * booking and amount is reused, so retrying never creates a second charge.
   */
  async startOnlineDeposit(input: {
    bookingId: string;
    amountCents: number;
    description: string;
  }): Promise<OnlineCheckout> {
    const provider = await this.onlineProvider();
    if (provider === null)
      throw new ConflictError('Le paiement en ligne n’est pas encore configuré par l’institut.');
    const secrets = await this.settings.secrets();
    const existing = await this.db.getRepository(PaymentEntity).findOne({
      where: {
        bookingId: input.bookingId,
        kind: 'DEPOSIT',
        status: 'PENDING',
        provider,
        amountCents: input.amountCents,
      },
      order: { createdAt: 'DESC' },
    });
    if (provider === 'SIMULATED') {
      const payment =
        existing ??
        (await this.insert({ ...input, kind: 'DEPOSIT', method: 'CARD_ONLINE', provider, createdBy: null }));
      return { payment, provider, stripeClientSecret: null, stripePublishableKey: null };
    }
    const stripe = secrets.stripe as NonNullable<typeof secrets.stripe>;
    if (existing?.providerReference) {
      const intent = await this.stripe.retrieveIntent(stripe.secretKey, existing.providerReference);
      if (intent.status !== 'canceled' && intent.status !== 'succeeded') {
        return {
          payment: existing,
          provider,
          stripeClientSecret: intent.clientSecret,
          stripePublishableKey: stripe.publishableKey,
        };
      }
    }
    const payment = await this.insert({
      ...input,
      kind: 'DEPOSIT',
      method: 'CARD_ONLINE',
      provider,
      createdBy: null,
    });
    const intent = await this.stripe.createIntent(
      stripe.secretKey,
      {
        amountCents: input.amountCents,
        currency: 'EUR',
        description: input.description,
        metadata: { paymentId: payment.id, bookingId: input.bookingId, kind: 'DEPOSIT' },
      },
      `payment:${payment.id}`,
    );
    await this.db
      .getRepository(PaymentEntity)
      .update({ id: payment.id }, { providerReference: intent.id, providerStatus: intent.status });
    return {
      payment: { ...payment, providerReference: intent.id },
      provider,
      stripeClientSecret: intent.clientSecret,
      stripePublishableKey: stripe.publishableKey,
    };
  }

  /**
   * Applies what Stripe says about an intent, fetched from its API — a webhook is only a reason to
   * look, so events in any order converge on the same state.
   */
  async refreshStripeIntent(uow: UnitOfWork, intentId: string): Promise<PaymentEntity | null> {
    const secrets = await this.settings.secrets();
    if (!secrets.stripe) return null;
    const intent: StripeIntent = await this.stripe.retrieveIntent(secrets.stripe.secretKey, intentId);
    const reported = stripeIntentStatus(intent.status, intent.failure !== null);
    return this.converge(uow, 'STRIPE', intent.id, reported, intent.status, intent.failure);
  }

  /** The simulated provider's outcome (demo only): the same path as a real provider's report. */
  async settleSimulated(paymentId: string, outcome: 'SUCCEEDED' | 'FAILED'): Promise<PaymentEntity> {
    if (!this.config.simulatedPayments) throw new ForbiddenError('Le paiement simulé est désactivé.');
    const payment = await this.db
      .getRepository(PaymentEntity)
      // Online payments only: the virtual terminal's go through its checkout (simulateTerminalOutcome).
      .findOneBy({ id: paymentId, provider: 'SIMULATED', method: 'CARD_ONLINE' });
    if (payment === null) throw new NotFoundError('Paiement introuvable.');
    const reference = payment.providerReference ?? `sim_${payment.id}`;
    if (payment.providerReference === null) {
      await this.db.getRepository(PaymentEntity).update({ id: payment.id }, { providerReference: reference });
    }
    const updated = await this.tx.run((uow) =>
      this.converge(
        uow,
        'SIMULATED',
        reference,
        outcome,
        outcome === 'SUCCEEDED' ? 'approved' : 'declined',
        outcome === 'FAILED' ? 'Paiement refusé (simulation).' : null,
      ),
    );
    return updated as PaymentEntity;
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
    const payment = await uow.manager.findOne(PaymentEntity, {
      where: { provider, providerReference: reference },
      lock: { mode: 'pessimistic_write' },
    });
    if (payment === null) return null;
    const next = convergeStatus(payment.status, reported);
    if (next === payment.status && payment.providerStatus === providerStatus) return payment;
    const changes: Partial<PaymentEntity> = { status: next, providerStatus };
    if (next === 'SUCCEEDED' && payment.status !== 'SUCCEEDED') {
      changes.succeededAt = new Date();
      changes.failureReason = null;
      const done = { ...payment, ...changes };
      await this.outbox.enqueue(uow, {
        queue: QUEUES.payments,
        name: PAYMENT_SUCCEEDED_JOB,
        payload: { paymentId: payment.id, bookingId: payment.bookingId, kind: payment.kind },
        jobId: `paid:${payment.id}`,
      });
      uow.emit(new PaymentSucceededEvent(snapshot(done)));
    } else if (next === 'FAILED' && payment.status !== 'FAILED') {
      changes.failureReason = failure;
      uow.emit(new PaymentFailedEvent(snapshot({ ...payment, ...changes }), failure));
    }
    await uow.manager.update(PaymentEntity, { id: payment.id }, changes);
    return { ...payment, ...changes };
  }

  /** Cash or bank transfer recorded at the desk: succeeded at once. */
  async recordManual(input: {
    bookingId: string | null;
    kind: PaymentKind;
    method: 'CASH' | 'BANK_TRANSFER';
    amountCents: number;
    createdBy: string;
    idempotencyKey?: string;
  }): Promise<PaymentEntity> {
    return this.tx.run(async (uow) => {
      const payment = await this.insert(
        {
          bookingId: input.bookingId,
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
      await this.outbox.enqueue(uow, {
        queue: QUEUES.payments,
        name: PAYMENT_SUCCEEDED_JOB,
        payload: { paymentId: payment.id, bookingId: payment.bookingId, kind: payment.kind },
        jobId: `paid:${payment.id}`,
      });
      uow.emit(new PaymentSucceededEvent(snapshot(payment)));
      return payment;
    });
  }

  /**
   * Refunds through the original provider, never more than what is left: the amount is reserved
   * with a conditional update first (two concurrent refunds cannot both pass), then the provider
   * is called; if it refuses, the reservation is given back.
   */
  async refund(request: RefundRequest): Promise<PaymentEntity> {
    if (request.by !== 'SYSTEM' && !request.by.admin) {
      const { staffCanRefund } = await this.settings.secrets();
      if (!staffCanRefund) throw new ForbiddenError('Seul un administrateur peut rembourser.');
    }
    const payment = await this.db.getRepository(PaymentEntity).findOneBy({ id: request.paymentId });
    if (payment === null) throw new NotFoundError('Paiement introuvable.');
    const problem = refundProblem(payment, request.amountCents);
    if (problem) throw new BadUserInputError(problem, [{ field: 'input.amountCents', message: problem }]);
    const amount = request.amountCents ?? payment.amountCents - payment.refundedCents;
    const refundId = randomUUID();
    // TypeORM answers an UPDATE with [rows, affectedCount].
    const [reserved] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE payment SET refunded_cents = refunded_cents + $2, updated_at = now()
        WHERE id = $1 AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED') AND refunded_cents + $2 <= amount_cents
        RETURNING id`,
      [payment.id, amount],
    );
    if (reserved.length === 0) {
      throw new ConflictError('Ce paiement vient d’être remboursé entre-temps : rechargez la page.');
    }
    const createdBy = request.by === 'SYSTEM' ? null : request.by.userId;
    await this.db.getRepository(RefundEntity).insert({
      id: refundId,
      paymentId: payment.id,
      amountCents: amount,
      status: 'PENDING',
      reason: request.reason,
      createdBy,
    });
    let providerReference: string | null = null;
    try {
      providerReference = await this.refundAtProvider(payment, amount, refundId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.db.transaction(async (m) => {
        await m.query('UPDATE payment SET refunded_cents = refunded_cents - $2 WHERE id = $1', [
          payment.id,
          amount,
        ]);
        await m.update(
          RefundEntity,
          { id: refundId },
          { status: 'FAILED', failureReason: message.slice(0, 500) },
        );
      });
      this.logger.warn({ paymentId: payment.id, err: message }, 'Provider refused a refund');
      throw new ConflictError(`Le prestataire de paiement a refusé le remboursement : ${message}`);
    }
    return this.tx.run(async (uow) => {
      await uow.manager.update(RefundEntity, { id: refundId }, { status: 'SUCCEEDED', providerReference });
      const current = await uow.manager.findOneOrFail(PaymentEntity, {
        where: { id: payment.id },
        lock: { mode: 'pessimistic_write' },
      });
      const status = statusAfterRefunds(current.amountCents, current.refundedCents);
      await uow.manager.update(PaymentEntity, { id: payment.id }, { status });
      const updated = { ...current, status };
      uow.emit(new PaymentRefundedEvent(snapshot(updated), amount, request.reason));
      return updated;
    });
  }

  /** Refunds reported by the provider itself (e.g. from its dashboard): refunded only grows. */
  async applyProviderRefundTotal(
    uow: UnitOfWork,
    provider: PaymentProviderName,
    reference: string,
    refundedCents: number,
  ): Promise<void> {
    const payment = await uow.manager.findOne(PaymentEntity, {
      where: { provider, providerReference: reference },
      lock: { mode: 'pessimistic_write' },
    });
    if (payment === null || refundedCents <= payment.refundedCents) return;
    const total = Math.min(refundedCents, payment.amountCents);
    const status = statusAfterRefunds(payment.amountCents, total);
    await uow.manager.update(PaymentEntity, { id: payment.id }, { refundedCents: total, status });
    uow.emit(
      new PaymentRefundedEvent(
        snapshot({ ...payment, refundedCents: total, status }),
        total - payment.refundedCents,
        null,
      ),
    );
  }

  succeededDeposits(bookingId: string): Promise<PaymentEntity[]> {
    return this.db.getRepository(PaymentEntity).find({
      where: [
        { bookingId, kind: 'DEPOSIT', status: 'SUCCEEDED' },
        { bookingId, kind: 'DEPOSIT', status: 'PARTIALLY_REFUNDED' },
      ],
    });
  }

  get(id: string): Promise<PaymentEntity | null> {
    return this.db.getRepository(PaymentEntity).findOneBy({ id });
  }

  forBookings(bookingIds: string[]): Promise<PaymentEntity[]> {
    if (bookingIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(PaymentEntity)
      .createQueryBuilder('p')
      .where('p.booking_id IN (:...ids)', { ids: bookingIds })
      .orderBy('p.created_at')
      .getMany();
  }

  private async refundAtProvider(
    payment: PaymentEntity,
    amount: number,
    refundId: string,
  ): Promise<string | null> {
    switch (payment.provider) {
      case 'STRIPE': {
        const secrets = await this.settings.secrets();
        if (!secrets.stripe || !payment.providerReference) throw new Error('Stripe n’est plus configuré.');
        const refund = await this.stripe.refund(
          secrets.stripe.secretKey,
          {
            intentId: payment.providerReference,
            amountCents: amount,
            metadata: { paymentId: payment.id, refundId },
          },
          `refund:${refundId}`,
        );
        return refund.id;
      }
      case 'SUMUP': {
        const secrets = await this.settings.secrets();
        if (!secrets.sumup || !payment.providerReference) throw new Error('SumUp n’est plus configuré.');
        // The ledger keeps SumUp's client transaction id; SumUp refunds by transaction id.
        const { transactionId } = await this.sumup.refund(secrets.sumup, payment.providerReference, amount);
        return transactionId;
      }
      case 'SIMULATED':
        return `sim_refund_${refundId}`;
      case 'MANUAL':
        return null; // handed back at the desk
      case 'PAYPAL':
        throw new Error(`remboursement ${payment.provider} pas encore disponible`);
    }
  }

  /**
   * A pending payment written in the caller's transaction (e.g. a card-terminal checkout), with the
   * provider reference it will be converged by.
   */
  async openPending(
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
    return this.insert(input, m);
  }

  private async insert(
    input: {
      bookingId: string | null;
      amountCents: number;
      kind: PaymentKind;
      method: PaymentMethod;
      provider: PaymentProviderName;
      createdBy: string | null;
      idempotencyKey?: string;
      status?: PaymentStatus;
      providerReference?: string;
      providerStatus?: string | null;
    },
    m: EntityManager = this.db.manager,
  ): Promise<PaymentEntity> {
    const status = input.status ?? 'PENDING';
    return m.save(
      m.create(PaymentEntity, {
        bookingId: input.bookingId,
        amountCents: input.amountCents,
        kind: input.kind,
        method: input.method,
        provider: input.provider,
        status,
        currency: 'EUR',
        idempotencyKey: input.idempotencyKey ?? randomUUID(),
        createdBy: input.createdBy,
        providerReference: input.providerReference ?? null,
        providerStatus: input.providerStatus ?? null,
        succeededAt: status === 'SUCCEEDED' ? new Date() : null,
        refundedCents: 0,
      }),
    );
  }
}
