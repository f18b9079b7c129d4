import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { QUEUES } from '../../jobs/queues.js';
import { PaymentLedgerService } from '../ledger.service.js';
import { SumUpGateway, type SumUpCredentials } from '../providers/sumup.gateway.js';
import {
  failureMessage,
  isFinalTerminalStatus,
  ledgerStatusOf,
  nextTerminalStatus,
  observedStatus,
  type TerminalCheckoutStatus,
  type TerminalObservation,
} from './domain/terminal-status.js';
import { TerminalCheckoutViewService } from './terminal-checkout-view.service.js';
import { TerminalReaderService } from './terminal-reader.service.js';
import type { TerminalCheckoutEntity } from './terminal.entities.js';
import { TerminalRepository, type CheckoutWithReader } from './terminal.repository.js';

export const TERMINAL_POLL_JOB = 'terminal.poll';
export const pollJobId = (checkoutId: string, attempt: number) => `terminal-poll:${checkoutId}:${attempt}`;

/**
 * Following a terminal checkout to a final state. The provider is always asked (its callback is only a
 * reason to ask, the poller asks every few seconds); each state change moves the ledger through
 * `PaymentLedgerService.converge` in the same transaction and is published after commit.
 */
@Injectable()
export class TerminalProgressService {
  private readonly logger = new Logger(TerminalProgressService.name);

  constructor(
    private readonly repo: TerminalRepository,
    private readonly readers: TerminalReaderService,
    private readonly views: TerminalCheckoutViewService,
    private readonly tx: TransactionRunner,
    private readonly ledger: PaymentLedgerService,
    private readonly sumup: SumUpGateway,
    @InjectQueue(QUEUES.payments) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** The SumUp checkout a reader callback names (by client transaction id), if it is one of ours. */
  findSumUpCheckout(clientTransactionId: string): Promise<TerminalCheckoutEntity | null> {
    return this.repo.bySumUpTransaction(clientTransactionId);
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

  /**
   * Applies an observation once: the checkout row is locked, the status only moves as
   * `nextTerminalStatus` allows, the ledger follows through `PaymentLedgerService.converge` in the same
   * transaction, and subscribers hear of it after commit.
   */
  async apply(
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
      uow.onCommit(() => this.views.publish(id));
      this.logger.log({ checkoutId: id, from: checkout.status, to: next }, 'Terminal checkout moved');
      return next;
    });
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
}
