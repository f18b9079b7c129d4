import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import {
  TransactionalEvents,
  TransactionRunner,
  type UnitOfWork,
} from '../../common/transaction/unit-of-work.js';
import {
  PaymentCancelledEvent,
  PaymentFailedEvent,
  PaymentService,
  PaymentSucceededEvent,
} from '../../payment/index.js';
import { tenderSums } from './domain/sale-state.js';
import { decideTender, isCovered } from './domain/tender-rules.js';
import type { PaySaleInput } from './dto/pay-sale.input.js';
import type { SaleType } from './dto/sale.types.js';
import { SaleChangedEvent } from './events/sale.events.js';
import type { SaleEntity, SaleTenderEntity } from './sale.entities.js';
import { SaleCompletionService } from './sale-completion.service.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleJournal } from './sale-journal.js';
import { SaleRepository } from './sale.repository.js';
import { TenderKindRegistry } from './tenders/tender-kind.registry.js';

/**
 * Paying a ticket: `pay` adds one tender (idempotent on the till's key) and completes the ticket in
 * the same transaction when confirmed tenders cover it. A card on the reader stays pending; the
 * ledger's `payment.succeeded` (handled inside the ledger's transaction) confirms it and the ticket
 * is completed right after that commit; a failure declines it and the other tenders stay.
 */
@Injectable()
export class SalePaymentService implements OnModuleInit {
  private readonly logger = new Logger(SalePaymentService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: SaleRepository,
    private readonly tenders: TenderKindRegistry,
    private readonly completion: SaleCompletionService,
    private readonly queries: SaleQueryService,
    private readonly payments: PaymentService,
    private readonly events: TransactionalEvents,
    private readonly journal: SaleJournal,
  ) {}

  onModuleInit(): void {
    this.events.on(PaymentSucceededEvent.eventName, (e, uow) =>
      this.paymentSettled(uow, (e as PaymentSucceededEvent).payment.paymentId, 'CONFIRMED', null),
    );
    this.events.on(PaymentFailedEvent.eventName, (e, uow) =>
      this.paymentSettled(
        uow,
        (e as PaymentFailedEvent).payment.paymentId,
        'DECLINED',
        (e as PaymentFailedEvent).reason,
      ),
    );
    // Cancelled or timed out on the reader: the tender is declined at once, not at the next paySale.
    this.events.on(PaymentCancelledEvent.eventName, (e, uow) =>
      this.paymentSettled(
        uow,
        (e as PaymentCancelledEvent).payment.paymentId,
        'DECLINED',
        (e as PaymentCancelledEvent).reason ?? 'Paiement annulé sur le terminal.',
      ),
    );
  }

  async pay(
    input: PaySaleInput,
    by: { userId: string; sessionId: string },
    now = Date.now(),
  ): Promise<SaleType> {
    const userId = by.userId;
    const kind = this.tenders.forRequest(input.kind);
    const target = await this.repo.get(input.saleId);
    if (target !== null) await this.journal.signIn(target.tillId, by, new Date(now));
    // A card tender whose payment ended (or was confirmed without the ticket completing) is settled first.
    const before = await this.repo.tenders([input.saleId]);
    if (before.some((t) => t.paymentId !== null && t.amountCents > 0))
      await this.settle(input.saleId, userId, now);
    const pending = await this.tx.run(async (uow) => {
      const m = uow.manager;
      const sale = await this.repo.lock(m, input.saleId);
      if (sale === null) throw new NotFoundError('Ticket introuvable.');
      // The sale row is locked: its tenders read now are all it has (the same click again is among them).
      const existing = await this.repo.tenders([sale.id], m);
      if (existing.some((t) => t.idempotencyKey === input.idempotencyKey)) return null;
      if (sale.status === 'COMPLETED') throw new ConflictError('Ce ticket est déjà encaissé.');
      if (sale.kind === 'CREDIT_NOTE') throw new ConflictError('Un avoir se rembourse à son émission.');
      const sums = tenderSums(existing);
      const decision = decideTender({
        totalCents: sale.totalInclCents,
        coveredCents: sums.confirmedCents + sums.pendingCents,
        amountCents: input.amountCents,
        givesChange: kind.givesChange,
      });
      if (!decision.ok) throw new BadUserInputError(decision.message, 'input.amountCents');
      const { reference } = await kind.check(m, {
        sale,
        request: input,
        appliedCents: decision.appliedCents,
        by: userId,
        now,
      });
      const tender = await this.repo.insertTender(m, {
        saleId: sale.id,
        kind: kind.kind,
        status: kind.settles === 'NOW' ? 'CONFIRMED' : 'PENDING',
        amountCents: decision.appliedCents,
        changeCents: decision.changeCents,
        reference,
        idempotencyKey: input.idempotencyKey,
        createdBy: userId,
        confirmedAt: kind.settles === 'NOW' ? new Date(now) : null,
      });
      if (tender === null) return null; // the same click, a moment earlier
      if (sale.status === 'PARKED') await this.repo.updateSale(m, sale.id, { status: 'OPEN' });
      const completed =
        tender.status === 'CONFIRMED' &&
        (await this.completeIfCovered(uow, sale, [...existing, tender], userId, now));
      if (!completed) uow.emit(new SaleChangedEvent(sale.id)); // completing announces the change itself
      return tender.status === 'PENDING' ? { tender, sale } : null;
    });
    if (pending !== null) await this.startCollecting(pending.tender, pending.sale, input, userId);
    return this.queries.view(input.saleId);
  }

  /**
   * Brings a ticket up to date with the ledger (a card tender whose payment ended while nobody was
   * listening) and completes it if covered. Safe to call any time.
   */
  async settle(saleId: string, userId: string | null, now = Date.now()): Promise<void> {
    const pendings = (await this.repo.tenders([saleId])).filter(
      (t) => t.status === 'PENDING' && t.paymentId !== null,
    );
    for (const t of pendings) {
      const payment = await this.payments.get(t.paymentId as string);
      if (payment === null) continue;
      if (payment.status === 'FAILED' || payment.status === 'CANCELLED') {
        await this.tx.run((uow) => this.paymentSettled(uow, payment.id, 'DECLINED', payment.failureReason));
      } else if (payment.status !== 'PENDING') {
        await this.tx.run((uow) => this.paymentSettled(uow, payment.id, 'CONFIRMED', null));
      }
    }
    await this.tx.run(async (uow) => {
      const sale = await this.repo.lock(uow.manager, saleId);
      if (sale === null || sale.status === 'COMPLETED') return;
      await this.completeIfCovered(uow, sale, await this.repo.tenders([sale.id], uow.manager), userId, now);
    });
  }

  /** LATER tenders: the reader is asked after the pending tender is committed. */
  private async startCollecting(
    tender: SaleTenderEntity,
    sale: SaleEntity,
    input: PaySaleInput,
    userId: string,
  ): Promise<void> {
    const kind = this.tenders.get(tender.kind);
    try {
      const started = await kind.start!(tender, sale, input, userId);
      await this.tx.run(async (uow) => {
        await this.repo.updateTender(uow.manager, tender.id, started);
        uow.emit(new SaleChangedEvent(sale.id));
      });
      // The card may already have been accepted (a fast reader, or the demo): catch up with the ledger.
      await this.settle(sale.id, userId);
    } catch (error) {
      await this.tx.run(async (uow) => {
        await this.repo.updateTender(uow.manager, tender.id, {
          status: 'DECLINED',
          failureReason: error instanceof Error ? error.message : 'Échec du démarrage du paiement.',
        });
        uow.emit(new SaleChangedEvent(sale.id));
      });
      throw error;
    }
  }

  /** Inside the ledger's transaction: the tender follows its payment; the ticket completes after commit. */
  private async paymentSettled(
    uow: UnitOfWork,
    paymentId: string,
    status: 'CONFIRMED' | 'DECLINED',
    reason: string | null,
  ): Promise<void> {
    const tender = await this.repo.tenderByPayment(uow.manager, paymentId);
    if (tender === null || tender.status !== 'PENDING') return;
    await this.repo.updateTender(uow.manager, tender.id, {
      status,
      confirmedAt: status === 'CONFIRMED' ? new Date() : null,
      failureReason: status === 'DECLINED' ? (reason ?? 'Paiement refusé.') : null,
    });
    uow.emit(new SaleChangedEvent(tender.saleId));
    if (status === 'CONFIRMED') {
      // Completing writes stock and the journal: not inside the ledger's transaction, whose success must stand.
      uow.onCommit(() =>
        this.settle(tender.saleId, tender.createdBy).catch((error: unknown) => {
          this.logger.warn(
            { saleId: tender.saleId, err: (error as Error).message },
            'Paid ticket not completed yet',
          );
        }),
      );
    }
  }

  private async completeIfCovered(
    uow: UnitOfWork,
    sale: SaleEntity,
    tenders: SaleTenderEntity[],
    userId: string | null,
    now: number,
  ): Promise<boolean> {
    const sums = tenderSums(tenders);
    if (!isCovered(sale.totalInclCents, sums.confirmedCents, sums.confirmedCount)) return false;
    const lines = await this.repo.lines([sale.id], uow.manager);
    await this.completion.complete(uow, sale, lines, tenders, userId, now);
    return true;
  }
}
