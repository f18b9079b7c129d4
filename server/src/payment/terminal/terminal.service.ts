import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { violatedConstraint } from '../../common/db-errors.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { QUEUES } from '../../jobs/queues.js';
import { OutboxService } from '../../outbox/index.js';
import { PaymentLedgerService } from '../ledger.service.js';
import type { PaymentKind } from '../payment.entities.js';
import { SumUpGateway, SumUpGatewayError, type SumUpCredentials } from '../providers/sumup.gateway.js';
import { isFinalTerminalStatus } from './domain/terminal-status.js';
import type { TerminalCheckoutType } from './dto/terminal.types.js';
import { NOT_CONFIGURED_MESSAGE, READER_BUSY_MESSAGE, userError } from './terminal-errors.js';
import { TerminalCheckoutViewService } from './terminal-checkout-view.service.js';
import { pollJobId, TERMINAL_POLL_JOB, TerminalProgressService } from './terminal-progress.service.js';
import { TerminalReaderService } from './terminal-reader.service.js';
import { TerminalRepository } from './terminal.repository.js';

/**
 * Card-terminal checkouts at the point of sale, what a till asks for: send a payment to a reader, stop
 * it, and (demo) simulate the card's answer. Following a checkout to a final state:
 * `TerminalProgressService`; its view and publication: `TerminalCheckoutViewService`; readers
 * themselves: `TerminalReaderService`.
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
    private readonly views: TerminalCheckoutViewService,
    private readonly progress: TerminalProgressService,
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
        uow.onCommit(() => this.views.publish(checkoutId));
        return checkoutId;
      });
      this.logger.log(
        { checkoutId: id, readerId: reader.id, amountCents: input.amountCents, provider: reader.provider },
        'Terminal checkout started',
      );
      return this.views.view(id);
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
    const checkout = await this.views.load(id);
    if (isFinalTerminalStatus(checkout.status)) {
      if (checkout.status === 'CANCELLED') return this.views.view(id);
      throw new ConflictError(
        'Ce paiement est déjà terminé : il ne peut plus être annulé (un paiement accepté se rembourse).',
      );
    }
    if (checkout.provider === 'SIMULATED') {
      await this.repo.updateCheckout(id, { cancelRequestedAt: new Date() });
      await this.progress.apply(id, { checkout: 'cancelled', readerState: null, failureReason: null });
      return this.views.view(id);
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
    await this.progress.refresh(id).catch((error: unknown) => {
      this.logger.warn({ checkoutId: id, err: (error as Error).message }, 'Could not re-fetch after cancel');
    });
    return this.views.view(id);
  }

  /** Demo only: the virtual terminal's card is accepted or declined, through the same path as SumUp's news. */
  async simulateOutcome(id: string, outcome: 'APPROVED' | 'DECLINED'): Promise<TerminalCheckoutType> {
    if (!this.config.simulatedPayments) {
      throw new ForbiddenError('La simulation de paiement est désactivée sur cette installation.');
    }
    const checkout = await this.views.load(id);
    if (checkout.provider !== 'SIMULATED') {
      throw new ConflictError('Seuls les paiements du terminal virtuel de démonstration se simulent.');
    }
    if (isFinalTerminalStatus(checkout.status)) {
      throw new ConflictError(
        'Ce paiement est déjà terminé : lancez-en un nouveau pour simuler une autre issue.',
      );
    }
    await this.progress.apply(id, {
      checkout: outcome === 'APPROVED' ? 'successful' : 'failed',
      readerState: null,
      failureReason: outcome === 'DECLINED' ? 'simulation' : null,
    });
    return this.views.view(id);
  }
}
