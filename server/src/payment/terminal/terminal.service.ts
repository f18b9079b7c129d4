import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import { violatedConstraint } from '../../common/db-errors.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { QUEUES } from '../../jobs/queues.js';
import { OutboxService } from '../../outbox/index.js';
import { toPaymentType } from '../dto/payment.mapper.js';
import { PaymentLedgerService } from '../ledger.service.js';
import type { PaymentKind } from '../payment.entities.js';
import { SumUpGateway, SumUpGatewayError, type SumUpCredentials } from '../providers/sumup.gateway.js';
import {
  failureMessage,
  isFinalTerminalStatus,
  ledgerStatusOf,
  nextTerminalStatus,
  observedStatus,
  type TerminalCheckoutStatus,
  type TerminalObservation,
} from './domain/terminal-status.js';
import type { TerminalCheckoutType } from './dto/terminal.types.js';
import { NOT_CONFIGURED_MESSAGE, READER_BUSY_MESSAGE, userError } from './terminal-errors.js';
import { TerminalReaderService } from './terminal-reader.service.js';
import type { TerminalCheckoutEntity } from './terminal.entities.js';
import {
  TerminalRepository,
  type CheckoutWithReader,
  type CheckoutWithRelations,
} from './terminal.repository.js';

export const TERMINAL_POLL_JOB = 'terminal.poll';
export const terminalCheckoutTrigger = (id: string) => `terminalCheckoutUpdated:${id}`;
export const pollJobId = (checkoutId: string, attempt: number) => `terminal-poll:${checkoutId}:${attempt}`;

/**
 * Card-terminal checkouts at the point of sale: sending payments to readers and following each to a
 * final state. The provider is always asked (its callback is only a reason to ask, the poller asks
 * every few seconds); each state change moves the ledger through `PaymentLedgerService.converge` and
 * is published to `terminalCheckoutUpdated(id)` after commit. Readers themselves: `TerminalReaderService`.
 */
@Injectable()
export class TerminalService {
  private readonly logger = new Logger(TerminalService.name);

  constructor(
    private readonly repo: TerminalRepository,
    private readonly readers: TerminalReaderService,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly ledger: PaymentLedgerService,
    private readonly sumup: SumUpGateway,
    private readonly pubsub: PubSubService,
    @InjectQueue(QUEUES.payments) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * Sends a payment to a reader. One transaction: the reader row is locked (two tills cannot both
   * start on it), the provider accepts the checkout, and the ledger payment, the checkout and its
   * first polling job are written. If SumUp refuses (busy, offline), nothing is written.
   */
  async startCheckout(
    input: {
      readerId: string;
      amountCents: number;
      reference: string | null;
      bookingId: string | null;
      kind: PaymentKind;
    },
    userId: string | null,
  ): Promise<TerminalCheckoutType> {
    const reader = await this.readers.usableReader(input.readerId);
    if (input.bookingId !== null && !(await this.repo.bookingExists(input.bookingId))) {
      throw new NotFoundError('Rendez-vous introuvable.');
    }
    const credentials = reader.provider === 'SUMUP' ? await this.readers.credentials() : null;
    if (reader.provider === 'SUMUP' && credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    let sentTo: { credentials: SumUpCredentials; readerId: string } | null = null;
    try {
      const id = await this.tx.run(async (uow) => {
        await this.repo.lockReader(uow.manager, reader.id);
        if (await this.repo.readerBusy(reader.id, uow.manager)) throw new ConflictError(READER_BUSY_MESSAGE);
        const checkoutId = randomUUID();
        let providerCheckoutId: string | null = null;
        let clientTransactionId: string;
        if (credentials !== null) {
          const created = await this.sumup
            .createCheckout(credentials, reader.providerReaderId, {
              amountCents: input.amountCents,
              currency: 'EUR',
              description: input.reference,
              returnUrl: `${this.config.publicUrl.replace(/\/$/, '')}/webhooks/sumup`,
            })
            .catch((error: unknown) => {
              throw userError(error);
            });
          sentTo = { credentials, readerId: reader.providerReaderId };
          providerCheckoutId = created.checkoutId;
          clientTransactionId = created.clientTransactionId;
        } else {
          clientTransactionId = `sim_${checkoutId}`;
        }
        const payment = await this.ledger.openPending(uow.manager, {
          bookingId: input.bookingId,
          amountCents: input.amountCents,
          kind: input.kind,
          method: 'CARD_TERMINAL',
          provider: reader.provider,
          providerReference: clientTransactionId,
          providerStatus: 'WAITING_FOR_CARD',
          createdBy: userId,
        });
        await this.repo.insertCheckout(uow.manager, {
          id: checkoutId,
          readerId: reader.id,
          paymentId: payment.id,
          provider: reader.provider,
          providerCheckoutId,
          clientTransactionId,
          status: 'WAITING_FOR_CARD',
          amountCents: input.amountCents,
          currency: 'EUR',
          reference: input.reference,
          failureReason: null,
          startedBy: userId,
          cancelRequestedAt: null,
          expiresAt: new Date(Date.now() + this.config.terminalCheckoutTimeoutSeconds * 1000),
          finalAt: null,
        });
        await this.outbox.enqueue(uow, {
          queue: QUEUES.payments,
          name: TERMINAL_POLL_JOB,
          payload: { checkoutId, attempt: 1 },
          delayMs: this.config.terminalPollIntervalMs,
          jobId: pollJobId(checkoutId, 1),
        });
        uow.onCommit(() => this.publish(checkoutId));
        return checkoutId;
      });
      this.logger.log(
        { checkoutId: id, readerId: reader.id, amountCents: input.amountCents, provider: reader.provider },
        'Terminal checkout started',
      );
      return this.view(id);
    } catch (error) {
      const sent = sentTo as { credentials: SumUpCredentials; readerId: string } | null;
      if (sent !== null) {
        // SumUp took the checkout but nothing was recorded: stop it on the reader.
        await this.sumup.terminate(sent.credentials, sent.readerId).catch(() => undefined);
      }
      if (violatedConstraint(error, 'unique') === 'uq_terminal_checkout_active_reader') {
        throw new ConflictError(READER_BUSY_MESSAGE);
      }
      throw error;
    }
  }

  async cancelCheckout(id: string): Promise<TerminalCheckoutType> {
    const checkout = await this.load(id);
    if (isFinalTerminalStatus(checkout.status)) {
      if (checkout.status === 'CANCELLED') return this.view(id);
      throw new ConflictError(
        'Ce paiement est déjà terminé : il ne peut plus être annulé (un paiement accepté se rembourse).',
      );
    }
    if (checkout.provider === 'SIMULATED') {
      await this.repo.updateCheckout(id, { cancelRequestedAt: new Date() });
      await this.apply(id, { checkout: 'cancelled', readerState: null, failureReason: null });
      return this.view(id);
    }
    const credentials = await this.readers.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    await this.sumup.terminate(credentials, checkout.reader.providerReaderId).catch((error: unknown) => {
      if (error instanceof SumUpGatewayError && error.kind === 'READER_OFFLINE') {
        throw new ConflictError(
          'Le terminal est hors ligne : l’annulation ne peut pas lui parvenir. Annulez directement sur le terminal, ou attendez qu’il se reconnecte.',
        );
      }
      throw userError(error);
    });
    await this.repo.updateCheckout(id, { cancelRequestedAt: new Date() });
    // SumUp does not confirm a termination: ask where the checkout stands (the poller keeps asking).
    await this.refresh(id).catch((error: unknown) => {
      this.logger.warn({ checkoutId: id, err: (error as Error).message }, 'Could not re-fetch after cancel');
    });
    return this.view(id);
  }

  /** Demo only: the virtual terminal's card is accepted or declined, through the same path as SumUp's news. */
  async simulateOutcome(id: string, outcome: 'APPROVED' | 'DECLINED'): Promise<TerminalCheckoutType> {
    if (!this.config.simulatedPayments) {
      throw new ForbiddenError('La simulation de paiement est désactivée sur cette installation.');
    }
    const checkout = await this.load(id);
    if (checkout.provider !== 'SIMULATED') {
      throw new ConflictError('Seuls les paiements du terminal virtuel de démonstration se simulent.');
    }
    if (isFinalTerminalStatus(checkout.status)) {
      throw new ConflictError(
        'Ce paiement est déjà terminé : lancez-en un nouveau pour simuler une autre issue.',
      );
    }
    await this.apply(id, {
      checkout: outcome === 'APPROVED' ? 'successful' : 'failed',
      readerState: null,
      failureReason: outcome === 'DECLINED' ? 'simulation' : null,
    });
    return this.view(id);
  }

  /**
   * Asks SumUp where a checkout stands and applies it. Used by the callback (a hint), the poller and
   * after a cancellation. A final checkout is asked again too, except an approved one: a late
   * approval after a timeout is still money taken.
   */
  async refresh(id: string): Promise<TerminalCheckoutStatus | null> {
    const checkout = await this.repo.withReader(id);
    if (checkout === null || checkout.provider !== 'SUMUP' || checkout.status === 'APPROVED') {
      return checkout?.status ?? null;
    }
    const credentials = await this.readers.credentials();
    if (credentials === null || checkout.providerCheckoutId === null) return checkout.status;
    const observation = await this.observe(credentials, checkout);
    return this.apply(id, observation);
  }

  private async observe(
    credentials: SumUpCredentials,
    checkout: CheckoutWithReader,
  ): Promise<TerminalObservation> {
    const readerId = checkout.reader.providerReaderId;
    const found = await this.sumup.getCheckout(credentials, readerId, checkout.providerCheckoutId!);
    let readerState: string | null = null;
    if (found.status === 'pending') {
      readerState = await this.sumup
        .readerStatus(credentials, readerId)
        .then((s) => (s.status === 'ONLINE' ? s.state : null))
        .catch(() => null);
    }
    return { checkout: found.status, readerState, failureReason: found.failureReason };
  }

  /**
   * Applies an observation once: the checkout row is locked, the status only moves as
   * `nextTerminalStatus` allows, the ledger follows through `PaymentLedgerService.converge` in the same
   * transaction, and subscribers hear of it after commit.
   */
  private async apply(
    id: string,
    observation: TerminalObservation,
    forced?: TerminalCheckoutStatus,
  ): Promise<TerminalCheckoutStatus> {
    return this.tx.run(async (uow) => {
      const checkout = await this.repo.lockCheckout(uow.manager, id);
      const now = new Date();
      const observed =
        forced ??
        observedStatus(observation, {
          cancelRequested: checkout.cancelRequestedAt !== null,
          expired: now.getTime() >= checkout.expiresAt.getTime(),
        });
      const next = nextTerminalStatus(checkout.status, observed);
      if (next === checkout.status) return next;
      const failureReason = failureMessage(next, observation.failureReason);
      await this.repo.updateCheckout(
        id,
        { status: next, failureReason, finalAt: isFinalTerminalStatus(next) ? now : null },
        uow.manager,
      );
      await this.ledger.converge(
        uow,
        checkout.provider,
        checkout.clientTransactionId!,
        ledgerStatusOf(next),
        next,
        failureReason,
      );
      uow.onCommit(() => this.publish(id));
      this.logger.log({ checkoutId: id, from: checkout.status, to: next }, 'Terminal checkout moved');
      return next;
    });
  }

  /**
   * One polling round (the `terminal.poll` job): past the deadline the reader is stopped and the
   * checkout TIMED_OUT; otherwise SumUp is asked, and unless the checkout is final the next round is
   * queued (job ids per round, so a round relayed twice runs once).
   */
  async poll(id: string, attempt: number): Promise<string> {
    const checkout = await this.repo.withReader(id);
    if (checkout === null) return 'gone';
    if (isFinalTerminalStatus(checkout.status)) return checkout.status;
    if (Date.now() >= checkout.expiresAt.getTime()) return this.expire(checkout);
    if (checkout.provider === 'SUMUP') {
      try {
        const status = await this.refresh(id);
        if (status !== null && isFinalTerminalStatus(status)) return status;
      } catch (error) {
        // SumUp unreachable: try again next round (the deadline still applies).
        this.logger.warn({ checkoutId: id, err: (error as Error).message }, 'Terminal poll failed');
      }
    }
    const next = attempt + 1;
    await this.queue.add(
      TERMINAL_POLL_JOB,
      { checkoutId: id, attempt: next },
      { jobId: pollJobId(id, next), delay: this.config.terminalPollIntervalMs },
    );
    return 'scheduled';
  }

  private async expire(checkout: CheckoutWithReader): Promise<string> {
    const timedOut: TerminalObservation = {
      checkout: 'cancelled',
      readerState: null,
      failureReason: 'timeout',
    };
    const credentials = checkout.provider === 'SUMUP' ? await this.readers.credentials() : null;
    if (credentials === null || checkout.providerCheckoutId === null) {
      return this.apply(checkout.id, timedOut, 'TIMED_OUT');
    }
    await this.sumup.terminate(credentials, checkout.reader.providerReaderId).catch((error: unknown) => {
      this.logger.warn(
        { checkoutId: checkout.id, err: (error as Error).message },
        'Could not stop the reader',
      );
    });
    const observation = await this.observe(credentials, checkout).catch(() => null);
    if (observation !== null && observation.checkout !== 'pending')
      return this.apply(checkout.id, observation);
    return this.apply(checkout.id, observation ?? timedOut, 'TIMED_OUT');
  }

  async view(id: string): Promise<TerminalCheckoutType> {
    const c = await this.load(id);
    return {
      id: c.id,
      readerId: c.readerId,
      readerName: c.reader.name,
      provider: c.provider,
      status: c.status,
      final: isFinalTerminalStatus(c.status),
      amountCents: c.amountCents,
      currency: c.currency,
      reference: c.reference,
      failureReason: c.failureReason,
      payment: toPaymentType(c.payment),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      expiresAt: c.expiresAt,
      finalAt: c.finalAt,
    };
  }

  private async load(id: string): Promise<CheckoutWithRelations> {
    const checkout = await this.repo.withRelations(id);
    if (checkout === null) throw new NotFoundError('Paiement par terminal introuvable.');
    return checkout;
  }

  private async publish(id: string): Promise<void> {
    try {
      await this.pubsub.publish(terminalCheckoutTrigger(id), {
        terminalCheckoutUpdated: await this.view(id),
      });
    } catch (error) {
      this.logger.warn(
        { checkoutId: id, err: (error as Error).message },
        'Could not publish a terminal update',
      );
    }
  }

  /** The SumUp checkout a reader callback names (by client transaction id), if it is one of ours. */
  findSumUpCheckout(clientTransactionId: string): Promise<TerminalCheckoutEntity | null> {
    return this.repo.bySumUpTransaction(clientTransactionId);
  }
}
