import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { violatedConstraint } from '../../common/db-errors.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { QUEUES } from '../../jobs/queues.js';
import { OutboxService } from '../../outbox/index.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import type { PaymentKind } from '../payment.entities.js';
import { PaymentService } from '../payment.service.js';
import {
  SumUpGateway,
  SumUpGatewayError,
  type SumUpCredentials,
  type SumUpReaderStatus,
} from '../providers/sumup.gateway.js';
import {
  failureMessage,
  isFinalTerminalStatus,
  ledgerStatusOf,
  nextTerminalStatus,
  observedStatus,
  type TerminalCheckoutStatus,
  type TerminalObservation,
} from './domain/terminal-status.js';
import { toPaymentType } from '../dto/payment.mapper.js';
import type { TerminalCheckoutType, TerminalReaderType } from './dto/terminal.types.js';
import { TerminalCheckoutEntity, TerminalReaderEntity } from './terminal.entities.js';

export const TERMINAL_POLL_JOB = 'terminal.poll';
export const VIRTUAL_READER_ID = 'virtual';
export const VIRTUAL_READER_NAME = 'Terminal virtuel (démo)';
export const terminalCheckoutTrigger = (id: string) => `terminalCheckoutUpdated:${id}`;
export const pollJobId = (checkoutId: string, attempt: number) => `terminal-poll:${checkoutId}:${attempt}`;

export const READER_BUSY_MESSAGE =
  'Le terminal est déjà occupé par un autre paiement : attendez qu’il se termine ou annulez-le, puis réessayez.';
export const READER_OFFLINE_MESSAGE =
  'Le terminal est hors ligne : allumez-le, vérifiez sa connexion (Wi-Fi ou réseau mobile), puis réessayez.';
const NOT_CONFIGURED_MESSAGE =
  'SumUp n’est pas configuré : renseignez la clé d’API et le code marchand dans les réglages de paiement.';
const READER_NOT_FOUND_MESSAGE =
  'Terminal introuvable : il a peut-être été retiré. Rechargez la liste des terminaux.';

/** Turns a SumUp refusal into what the staff reads. */
function userError(error: unknown): Error {
  if (!(error instanceof SumUpGatewayError)) return error instanceof Error ? error : new Error(String(error));
  switch (error.kind) {
    case 'READER_BUSY':
      return new ConflictError(READER_BUSY_MESSAGE);
    case 'READER_OFFLINE':
      return new ConflictError(READER_OFFLINE_MESSAGE);
    case 'UNAUTHORIZED':
      return new ConflictError(
        'SumUp refuse la clé d’API enregistrée : vérifiez la clé et le code marchand dans les réglages de paiement.',
      );
    case 'NOT_FOUND':
      return new ConflictError(
        'SumUp ne connaît plus ce terminal : retirez-le puis appairez-le à nouveau depuis les réglages.',
      );
    case 'INVALID':
      // SumUp's own wording is English and technical: the operator sees a French summary.
      return new ConflictError(
        'SumUp a refusé la demande : vérifiez le montant et le terminal choisi, puis réessayez.',
      );
    case 'UNAVAILABLE':
      return new ConflictError('SumUp ne répond pas pour le moment : réessayez dans un instant.');
  }
}

type CheckoutWithRelations = TerminalCheckoutEntity & {
  reader: TerminalReaderEntity;
  payment: NonNullable<TerminalCheckoutEntity['payment']>;
};

/**
 * Card terminals at the point of sale: pairing SumUp Solo readers, sending them payments, and following
 * each payment to a final state. The provider is always asked (its callback is only a reason to ask,
 * the poller asks every few seconds); each state change moves the ledger through
 * `PaymentService.converge` and is published to `terminalCheckoutUpdated(id)` after commit.
 */
@Injectable()
export class TerminalService {
  private readonly logger = new Logger(TerminalService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly settings: PaymentSettingsService,
    private readonly payments: PaymentService,
    private readonly sumup: SumUpGateway,
    private readonly pubsub: PubSubService,
    @InjectQueue(QUEUES.payments) private readonly queue: Queue,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  private async credentials(): Promise<SumUpCredentials | null> {
    return (await this.settings.secrets()).sumup;
  }

  /** Demo mode: no SumUp keys, and the simulated provider allowed (never in production). */
  private async demo(): Promise<boolean> {
    return this.config.simulatedPayments && (await this.credentials()) === null;
  }

  private async ensureVirtualReader(): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TerminalReaderEntity)
      .values({
        provider: 'SIMULATED',
        providerReaderId: VIRTUAL_READER_ID,
        name: VIRTUAL_READER_NAME,
        serial: null,
        pairedAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  /** A reader the point of sale may use now: paired, not removed, and of a provider that is active. */
  private async usableReader(id: string): Promise<TerminalReaderEntity> {
    const reader = await this.db.getRepository(TerminalReaderEntity).findOneBy({ id, removedAt: IsNull() });
    if (reader === null) throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    if (reader.provider === 'SIMULATED' && !(await this.demo()))
      throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    return reader;
  }

  async readers(): Promise<TerminalReaderType[]> {
    const credentials = await this.credentials();
    const demo = credentials === null && this.config.simulatedPayments;
    if (demo) await this.ensureVirtualReader();
    const rows = await this.db.getRepository(TerminalReaderEntity).find({
      where: { removedAt: IsNull() },
      order: { pairedAt: 'ASC' },
    });
    const active = new Set(
      (
        await this.db.getRepository(TerminalCheckoutEntity).find({
          select: { readerId: true },
          where: { finalAt: IsNull() },
        })
      ).map((c) => c.readerId),
    );
    const visible = rows.filter((r) => r.provider === 'SUMUP' || demo);
    return Promise.all(
      visible.map(async (reader): Promise<TerminalReaderType> => {
        let status: SumUpReaderStatus | null = null;
        if (reader.provider === 'SIMULATED') {
          status = {
            status: 'ONLINE',
            state: active.has(reader.id) ? 'WAITING_FOR_CARD' : 'IDLE',
            batteryLevel: null,
          };
        } else if (credentials !== null) {
          status = await this.sumup
            .readerStatus(credentials, reader.providerReaderId)
            .catch((error: unknown) => {
              this.logger.warn(
                { readerId: reader.id, err: (error as Error).message },
                'Reader status unavailable',
              );
              return null;
            });
        }
        const state = status?.status === 'ONLINE' ? status.state : (status?.state ?? null);
        return {
          id: reader.id,
          name: reader.name,
          provider: reader.provider,
          serial: reader.serial,
          status: status?.status ?? 'UNKNOWN',
          state,
          busy: active.has(reader.id) || (state !== null && state !== 'IDLE' && status?.status === 'ONLINE'),
          batteryLevel: status?.batteryLevel ?? null,
          pairedAt: reader.pairedAt,
        };
      }),
    );
  }

  private async reader(id: string): Promise<TerminalReaderType> {
    const found = (await this.readers()).find((r) => r.id === id);
    if (!found) throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    return found;
  }

  async pairReader(pairingCode: string, name: string): Promise<TerminalReaderType> {
    const credentials = await this.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    const paired = await this.sumup.pairReader(credentials, pairingCode, name).catch((error: unknown) => {
      if (error instanceof SumUpGatewayError && (error.kind === 'NOT_FOUND' || error.kind === 'INVALID')) {
        const message =
          'Code d’appairage inconnu ou expiré : mettez le terminal en mode appairage (Réglages › Connexions › API) et saisissez le code qu’il affiche.';
        throw new BadUserInputError(message, [{ field: 'input.pairingCode', message }]);
      }
      throw userError(error);
    });
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TerminalReaderEntity)
      .values({
        provider: 'SUMUP',
        providerReaderId: paired.id,
        name,
        serial: paired.serial,
        pairedAt: new Date(),
        removedAt: null,
      })
      .orUpdate(['name', 'serial', 'removed_at'], ['provider', 'provider_reader_id'])
      .execute();
    const row = await this.db
      .getRepository(TerminalReaderEntity)
      .findOneByOrFail({ provider: 'SUMUP', providerReaderId: paired.id });
    this.logger.log({ readerId: row.id, serial: paired.serial }, 'Card reader paired');
    return this.reader(row.id);
  }

  async renameReader(id: string, name: string): Promise<TerminalReaderType> {
    const reader = await this.usableReader(id);
    if (reader.provider === 'SUMUP') {
      const credentials = await this.credentials();
      if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
      await this.sumup.renameReader(credentials, reader.providerReaderId, name).catch((error: unknown) => {
        throw userError(error);
      });
    }
    await this.db.getRepository(TerminalReaderEntity).update({ id }, { name });
    return this.reader(id);
  }

  async removeReader(id: string): Promise<boolean> {
    const reader = await this.usableReader(id);
    if (reader.provider === 'SIMULATED') {
      throw new ConflictError('Le terminal virtuel de démonstration ne peut pas être retiré.');
    }
    const active = await this.db
      .getRepository(TerminalCheckoutEntity)
      .existsBy({ readerId: id, finalAt: IsNull() });
    if (active) {
      throw new ConflictError(
        'Un paiement est en cours sur ce terminal : attendez qu’il se termine ou annulez-le avant de le retirer.',
      );
    }
    const credentials = await this.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    await this.sumup.deleteReader(credentials, reader.providerReaderId).catch((error: unknown) => {
      // Already gone at SumUp: unpairing here is all that is left to do.
      if (!(error instanceof SumUpGatewayError && error.kind === 'NOT_FOUND')) throw userError(error);
    });
    await this.db.getRepository(TerminalReaderEntity).update({ id }, { removedAt: new Date() });
    return true;
  }

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
    const reader = await this.usableReader(input.readerId);
    if (input.bookingId !== null) {
      const [found] = await this.db.query<unknown[]>('SELECT 1 FROM booking WHERE id = $1', [
        input.bookingId,
      ]);
      if (found === undefined) throw new NotFoundError('Rendez-vous introuvable.');
    }
    const credentials = reader.provider === 'SUMUP' ? await this.credentials() : null;
    if (reader.provider === 'SUMUP' && credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    let sentTo: { credentials: SumUpCredentials; readerId: string } | null = null;
    try {
      const id = await this.tx.run(async (uow) => {
        await uow.manager.query('SELECT id FROM terminal_reader WHERE id = $1 FOR UPDATE', [reader.id]);
        const busy = await uow.manager.existsBy(TerminalCheckoutEntity, {
          readerId: reader.id,
          finalAt: IsNull(),
        });
        if (busy) throw new ConflictError(READER_BUSY_MESSAGE);
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
        const payment = await this.payments.openPending(uow.manager, {
          bookingId: input.bookingId,
          amountCents: input.amountCents,
          kind: input.kind,
          method: 'CARD_TERMINAL',
          provider: reader.provider,
          providerReference: clientTransactionId,
          providerStatus: 'WAITING_FOR_CARD',
          createdBy: userId,
        });
        await uow.manager.insert(TerminalCheckoutEntity, {
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
      await this.db.getRepository(TerminalCheckoutEntity).update({ id }, { cancelRequestedAt: new Date() });
      await this.apply(id, { checkout: 'cancelled', readerState: null, failureReason: null });
      return this.view(id);
    }
    const credentials = await this.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    await this.sumup.terminate(credentials, checkout.reader.providerReaderId).catch((error: unknown) => {
      if (error instanceof SumUpGatewayError && error.kind === 'READER_OFFLINE') {
        throw new ConflictError(
          'Le terminal est hors ligne : l’annulation ne peut pas lui parvenir. Annulez directement sur le terminal, ou attendez qu’il se reconnecte.',
        );
      }
      throw userError(error);
    });
    await this.db.getRepository(TerminalCheckoutEntity).update({ id }, { cancelRequestedAt: new Date() });
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
    const checkout = await this.db.getRepository(TerminalCheckoutEntity).findOne({
      where: { id },
      relations: { reader: true },
    });
    if (checkout === null || checkout.provider !== 'SUMUP' || checkout.status === 'APPROVED') {
      return checkout?.status ?? null;
    }
    const credentials = await this.credentials();
    if (credentials === null || checkout.providerCheckoutId === null) return checkout.status;
    const observation = await this.observe(credentials, checkout);
    return this.apply(id, observation);
  }

  private async observe(
    credentials: SumUpCredentials,
    checkout: TerminalCheckoutEntity & { reader?: TerminalReaderEntity },
  ): Promise<TerminalObservation> {
    const readerId = checkout.reader!.providerReaderId;
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
   * `nextTerminalStatus` allows, the ledger follows through `PaymentService.converge` in the same
   * transaction, and subscribers hear of it after commit.
   */
  private async apply(
    id: string,
    observation: TerminalObservation,
    forced?: TerminalCheckoutStatus,
  ): Promise<TerminalCheckoutStatus> {
    return this.tx.run(async (uow) => {
      const checkout = await uow.manager.findOneOrFail(TerminalCheckoutEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
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
      await uow.manager.update(
        TerminalCheckoutEntity,
        { id },
        { status: next, failureReason, finalAt: isFinalTerminalStatus(next) ? now : null },
      );
      await this.payments.converge(
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
    const checkout = await this.db.getRepository(TerminalCheckoutEntity).findOne({
      where: { id },
      relations: { reader: true },
    });
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

  private async expire(
    checkout: TerminalCheckoutEntity & { reader?: TerminalReaderEntity },
  ): Promise<string> {
    const timedOut: TerminalObservation = {
      checkout: 'cancelled',
      readerState: null,
      failureReason: 'timeout',
    };
    const credentials = checkout.provider === 'SUMUP' ? await this.credentials() : null;
    if (credentials === null || checkout.providerCheckoutId === null) {
      return this.apply(checkout.id, timedOut, 'TIMED_OUT');
    }
    await this.sumup.terminate(credentials, checkout.reader!.providerReaderId).catch((error: unknown) => {
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
    const checkout = await this.db.getRepository(TerminalCheckoutEntity).findOne({
      where: { id },
      relations: { reader: true, payment: true },
    });
    if (checkout === null) throw new NotFoundError('Paiement par terminal introuvable.');
    return checkout as CheckoutWithRelations;
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
}
