import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { paypalLedgerStatus, paypalNeedsCapture, paypalOrderMismatch } from './domain/paypal.js';
import { convergeStatus, stripeIntentStatus } from './domain/provider-status.js';
import { refundAmountProblem, refundStateProblem, statusAfterRefunds } from './domain/refund-policy.js';
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
import {
  PayPalApiError,
  PayPalGateway,
  type PayPalCredentials,
  type PayPalOrder,
} from './providers/paypal.gateway.js';
import { StripeGateway, type StripeIntent } from './providers/stripe.gateway.js';
import { SumUpGateway } from './providers/sumup.gateway.js';

export type OnlineMethod = 'CARD_ONLINE' | 'PAYPAL';

export interface OnlineCheckout {
  payment: PaymentEntity;
  provider: PaymentProviderName;
  /** Stripe: what the Payment Element needs. */
  stripeClientSecret: string | null;
  stripePublishableKey: string | null;
  /** PayPal: the order the buttons approve, and the public client id that loads them. */
  paypalOrderId: string | null;
  paypalClientId: string | null;
}

/** The orders PayPal still lets the buyer approve (or that await our capture). */
const PAYPAL_OPEN_ORDER = new Set(['CREATED', 'SAVED', 'APPROVED', 'PAYER_ACTION_REQUIRED']);
const NO_PAYPAL = { paypalOrderId: null, paypalClientId: null };

/** The payment's state refuses any refund (not collected, or already refunded in full). */
export class PaymentNotRefundableError extends ConflictError {}

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
    private readonly paypal: PayPalGateway,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Which online provider takes deposits now: Stripe when configured, else the simulated one outside production. */
  async onlineProvider(): Promise<'STRIPE' | 'SIMULATED' | null> {
    const secrets = await this.settings.secrets();
    if (secrets.stripe) return 'STRIPE';
    return this.config.simulatedPayments ? 'SIMULATED' : null;
  }

  /** What a client may pay a deposit with online now: cards (Stripe, or simulated), PayPal. */
  async onlineMethods(): Promise<OnlineMethod[]> {
    const secrets = await this.settings.secrets();
    const methods: OnlineMethod[] = [];
    if (secrets.stripe || this.config.simulatedPayments) methods.push('CARD_ONLINE');
    if (secrets.paypal) methods.push('PAYPAL');
    return methods;
  }

  /**
   * Opens (or resumes) the online payment of a deposit. A payment still pending for the same
   * booking, amount and provider is reused, so retrying never creates a second charge.
   */
  async startOnlineDeposit(input: {
    bookingId: string;
    amountCents: number;
    description: string;
    method?: OnlineMethod;
  }): Promise<OnlineCheckout> {
    if (input.method === 'PAYPAL') return this.startPayPalDeposit(input);
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
      return { payment, provider, stripeClientSecret: null, stripePublishableKey: null, ...NO_PAYPAL };
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
          ...NO_PAYPAL,
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
      ...NO_PAYPAL,
    };
  }

  /**
   * A PayPal order for the deposit: our payment row first (its id is the order's custom_id and, as
   * `payment:<id>`, the PayPal-Request-Id, so a retry after a crash gets the same order back), then
   * the order. An open order for the same booking and amount is handed out again.
   */
  private async startPayPalDeposit(input: {
    bookingId: string;
    amountCents: number;
    description: string;
  }): Promise<OnlineCheckout> {
    const paypal = (await this.settings.secrets()).paypal;
    if (paypal === null) throw new ConflictError('Le paiement par PayPal n’est pas proposé par l’institut.');
    const existing = await this.db.getRepository(PaymentEntity).findOne({
      where: {
        bookingId: input.bookingId,
        kind: 'DEPOSIT',
        status: 'PENDING',
        provider: 'PAYPAL',
        amountCents: input.amountCents,
      },
      order: { createdAt: 'DESC' },
    });
    if (existing?.providerReference) {
      const reference = existing.providerReference;
      const order = await this.paypalCall(() =>
        this.paypal.getOrder(paypal, reference).catch((error: unknown) => {
          // PayPal forgets orders nobody approved after a few hours: that one is over.
          if (error instanceof PayPalApiError && error.status === 404) return null;
          throw error;
        }),
      );
      if (order === null) {
        await this.tx.run((uow) =>
          this.converge(uow, 'PAYPAL', reference, 'CANCELLED', 'NOT_FOUND', 'Commande PayPal expirée.'),
        );
      } else if (PAYPAL_OPEN_ORDER.has(order.status) && order.capture === null) {
        return this.paypalCheckout(existing, order.id, paypal);
      } else {
        // Captured meanwhile (a webhook not yet received) or voided: let the ledger catch up first.
        const updated = await this.tx.run((uow) => this.applyPayPalOrder(uow, existing, order));
        if (updated.status === 'SUCCEEDED')
          throw new ConflictError('L’acompte de ce rendez-vous est déjà réglé.');
        if (updated.status === 'PENDING') {
          throw new ConflictError(
            'Votre paiement PayPal est en cours de traitement : le rendez-vous sera confirmé dès qu’il aboutit.',
          );
        }
      }
    }
    const payment =
      existing !== null && existing.providerReference === null
        ? existing
        : await this.insert({
            ...input,
            kind: 'DEPOSIT',
            method: 'PAYPAL',
            provider: 'PAYPAL',
            createdBy: null,
          });
    const order = await this.paypalCall(() =>
      this.paypal.createOrder(
        paypal,
        {
          amountCents: input.amountCents,
          currency: payment.currency,
          description: input.description,
          customId: payment.id,
        },
        `payment:${payment.id}`,
      ),
    );
    await this.db
      .getRepository(PaymentEntity)
      .update({ id: payment.id }, { providerReference: order.id, providerStatus: order.status });
    return this.paypalCheckout({ ...payment, providerReference: order.id }, order.id, paypal);
  }

  private paypalCheckout(payment: PaymentEntity, orderId: string, paypal: PayPalCredentials): OnlineCheckout {
    return {
      payment,
      provider: 'PAYPAL',
      stripeClientSecret: null,
      stripePublishableKey: null,
      paypalOrderId: orderId,
      paypalClientId: paypal.clientId,
    };
  }

  /**
   * The buyer approved a deposit's PayPal order: capture it here (never in the browser) and move the
   * ledger. Safe to call any number of times, and at the same time as the webhook: the capture's
   * PayPal-Request-Id is `capture:<payment id>`, so PayPal captures once and replays the answer.
   */
  async capturePayPalDeposit(bookingId: string, orderId: string): Promise<PaymentEntity> {
    const paypal = (await this.settings.secrets()).paypal;
    if (paypal === null) throw new ConflictError('Le paiement par PayPal n’est pas proposé par l’institut.');
    const payment = await this.db
      .getRepository(PaymentEntity)
      .findOneBy({ provider: 'PAYPAL', providerReference: orderId });
    if (payment === null || payment.bookingId !== bookingId || payment.kind !== 'DEPOSIT') {
      const message = 'Cette commande PayPal ne correspond pas à ce rendez-vous.';
      throw new BadUserInputError(message, [{ field: 'input.orderId', message }]);
    }
    const outcome = await this.paypalCall(() =>
      this.tx.run((uow) => this.refreshPayPalOrder(uow, orderId, { capture: true, credentials: paypal })),
    );
    if (outcome === null) {
      const message = 'Cette commande PayPal ne correspond pas à ce rendez-vous.';
      throw new BadUserInputError(message, [{ field: 'input.orderId', message }]);
    }
    if (outcome.declined) {
      throw new ConflictError(
        'PayPal a refusé ce moyen de paiement : choisissez-en un autre dans la fenêtre PayPal.',
        { reason: 'INSTRUMENT_DECLINED' },
      );
    }
    if (outcome.alreadyPaid) throw new ConflictError('L’acompte de ce rendez-vous est déjà réglé.');
    return outcome.payment;
  }

  /**
   * Applies what PayPal says about one of our orders, fetched from its API (a webhook is only a reason
   * to look). With `capture`, an order the buyer approved is captured first — unless the booking's
   * deposit was paid another way meanwhile. Null when the order is not one of ours.
   */
  async refreshPayPalOrder(
    uow: UnitOfWork,
    orderId: string,
    options: { capture: boolean; credentials?: PayPalCredentials },
  ): Promise<{ payment: PaymentEntity; declined: boolean; alreadyPaid: boolean } | null> {
    const paypal = options.credentials ?? (await this.settings.secrets()).paypal;
    if (paypal === null) return null;
    const payment = await uow.manager.findOneBy(PaymentEntity, {
      provider: 'PAYPAL',
      providerReference: orderId,
    });
    if (payment === null) return null;
    let order = await this.paypal.getOrder(paypal, orderId);
    const mismatch = paypalOrderMismatch(order, payment);
    if (mismatch !== null) {
      this.logger.warn(
        { paymentId: payment.id, orderId, mismatch },
        'PayPal order does not match its payment',
      );
      return null;
    }
    let declined = false;
    let alreadyPaid = false;
    if (options.capture && paypalNeedsCapture(order.status, order.capture?.status ?? null)) {
      alreadyPaid = await this.depositPaidElsewhere(uow, payment);
      if (!alreadyPaid) {
        try {
          order = await this.paypal.captureOrder(paypal, orderId, `capture:${payment.id}`);
        } catch (error) {
          if (!(error instanceof PayPalApiError)) throw error;
          if (error.issue === 'INSTRUMENT_DECLINED') declined = true;
          else if (error.issue === 'ORDER_ALREADY_CAPTURED')
            order = await this.paypal.getOrder(paypal, orderId);
          else throw error;
        }
      }
    }
    const updated = await this.applyPayPalOrder(uow, payment, order);
    return { payment: updated, declined, alreadyPaid };
  }

  /** The ledger follows an order: its status through `converge`, its refunds by total. */
  private async applyPayPalOrder(uow: UnitOfWork, payment: PaymentEntity, order: PayPalOrder) {
    const captureStatus = order.capture?.status ?? null;
    const reported = paypalLedgerStatus(order.status, captureStatus);
    await this.converge(
      uow,
      'PAYPAL',
      order.id,
      reported,
      captureStatus === null ? order.status : `${order.status}/${captureStatus}`,
      reported === 'FAILED' ? `Paiement PayPal refusé (${captureStatus ?? order.status}).` : null,
    );
    if (order.refundedCents > 0)
      await this.applyProviderRefundTotal(uow, 'PAYPAL', order.id, order.refundedCents);
    return uow.manager.findOneByOrFail(PaymentEntity, { id: payment.id });
  }

  /** Another deposit of the same booking already took the money (e.g. by card after opening PayPal). */
  private async depositPaidElsewhere(uow: UnitOfWork, payment: PaymentEntity): Promise<boolean> {
    if (payment.bookingId === null) return false;
    const rows = await uow.manager.query<unknown[]>(
      `SELECT 1 FROM payment WHERE booking_id = $1 AND kind = 'DEPOSIT' AND id <> $2
          AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED') LIMIT 1`,
      [payment.bookingId, payment.id],
    );
    return rows.length > 0;
  }

  /** PayPal's refusals and outages, as a French message for the browser (details in the log). */
  private async paypalCall<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (
        error instanceof PayPalApiError ||
        (error instanceof Error && error.message.startsWith('PayPal '))
      ) {
        this.logger.warn({ err: error.message }, 'PayPal call failed');
        throw new ConflictError(
          'PayPal ne répond pas comme prévu : réessayez dans un instant ou choisissez un autre moyen de paiement.',
        );
      }
      throw error;
    }
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
    const stateProblem = refundStateProblem(payment);
    if (stateProblem) throw new PaymentNotRefundableError(stateProblem);
    const problem = refundAmountProblem(payment, request.amountCents);
    if (problem) throw new BadUserInputError(problem, [{ field: 'input.amountCents', message: problem }]);
    const amount = request.amountCents ?? payment.amountCents - payment.refundedCents;
    const refundId = randomUUID();
    const createdBy = request.by === 'SYSTEM' ? null : request.by.userId;
    // The reservation and its PENDING refund row are one transaction: neither exists without the other.
    await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE with [rows, affectedCount].
      const [reserved] = await m.query<[{ id: string }[], number]>(
        `UPDATE payment SET refunded_cents = refunded_cents + $2, updated_at = now()
          WHERE id = $1 AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED') AND refunded_cents + $2 <= amount_cents
          RETURNING id`,
        [payment.id, amount],
      );
      if (reserved.length === 0) {
        throw new ConflictError('Ce paiement vient d’être remboursé entre-temps : rechargez la page.');
      }
      await m.getRepository(RefundEntity).insert({
        id: refundId,
        paymentId: payment.id,
        amountCents: amount,
        status: 'PENDING',
        reason: request.reason,
        createdBy,
      });
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
      case 'PAYPAL': {
        const { paypal } = await this.settings.secrets();
        if (!paypal || !payment.providerReference) throw new Error('PayPal n’est plus configuré.');
        // The capture is read from the order each time: PayPal is the reference, nothing to keep in sync.
        const order = await this.paypal.getOrder(paypal, payment.providerReference);
        if (order.capture === null) throw new Error('aucun encaissement PayPal pour cette commande');
        const refund = await this.paypal.refundCapture(
          paypal,
          { captureId: order.capture.id, amountCents: amount, currency: payment.currency },
          `refund:${refundId}`,
        );
        return refund.id;
      }
      case 'SIMULATED':
        return `sim_refund_${refundId}`;
      case 'MANUAL':
        return null; // handed back at the desk
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
