import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  TransactionalEvents,
  TransactionRunner,
  type UnitOfWork,
} from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { SaleCompletedEvent, SaleRefundedEvent } from '../pos/index.js';
import { isTierUp, rewardsReached } from './domain/milestones.js';
import { pointsForSale, pointsToReverse, type LineCategory } from './domain/points.js';
import { LoyaltyMilestoneEvent } from './events/loyalty.events.js';
import { ACCRUE_SALE, REVERSE_CREDIT_NOTE } from './jobs/job-names.js';
import type { LoyaltyProgramEntity } from './loyalty.entities.js';
import { LoyaltyLedger, type TierChange } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

const CATEGORY: Record<string, LineCategory> = { SERVICE: 'SERVICE', PRODUCT: 'PRODUCT' };

export type AccrualOutcome = 'EARNED' | 'ALREADY_DONE' | 'NOTHING_TO_EARN' | 'SKIPPED';

/**
 * Points from the till. A completed ticket or credit note with a client writes an outbox job in the
 * completing transaction (so it is never lost); the job earns the ticket's points once (`earn:<sale>`)
 * or takes back the credit note's share (`reverse:<ticket>:<credit note>`), pays a pending referral
 * out on a first paid visit, and recomputes the tier.
 */
@Injectable()
export class LoyaltyAccrualService implements OnModuleInit {
  private readonly logger = new Logger(LoyaltyAccrualService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: TransactionalEvents,
    private readonly outbox: OutboxService,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
  ) {}

  onModuleInit(): void {
    this.events.on(SaleCompletedEvent.eventName, async (e, uow) => {
      const { sale } = e as SaleCompletedEvent;
      if (sale.clientId === null) return;
      await this.outbox.enqueue(uow, {
        queue: QUEUES.loyalty,
        name: ACCRUE_SALE,
        payload: { saleId: sale.saleId },
        jobId: `loyalty:accrue:${sale.saleId}`,
      });
    });
    this.events.on(SaleRefundedEvent.eventName, async (e, uow) => {
      const { creditNote } = e as SaleRefundedEvent;
      if (creditNote.clientId === null) return;
      await this.outbox.enqueue(uow, {
        queue: QUEUES.loyalty,
        name: REVERSE_CREDIT_NOTE,
        payload: { creditNoteId: creditNote.saleId },
        jobId: `loyalty:reverse:${creditNote.saleId}`,
      });
    });
  }

  async accrueSale(saleId: string, now: Date): Promise<{ outcome: AccrualOutcome; tier: TierChange | null }> {
    return this.tx.run(async (uow) => {
      const m = uow.manager;
      const sale = await this.repo.sale(m, saleId);
      if (sale === null || sale.kind !== 'SALE' || sale.status !== 'COMPLETED' || sale.clientId === null)
        return { outcome: 'SKIPPED' as const, tier: null };
      const program = await this.repo.program(m);
      if (!program.enabled) return { outcome: 'SKIPPED' as const, tier: null };
      const before = (await this.ledger.lockAccount(m, sale.clientId)).balance;
      const points = pointsForSale(
        sale.lines.map((l) => ({ category: CATEGORY[l.kind] ?? 'NONE', totalInclCents: l.totalInclCents })),
        program,
      );
      let outcome: AccrualOutcome = 'NOTHING_TO_EARN';
      if (points > 0) {
        const written = await this.ledger.record(
          m,
          {
            clientId: sale.clientId,
            kind: 'EARN',
            points,
            reason: `Ticket n° ${sale.journalNumber ?? '?'}`,
            saleId: sale.id,
            idempotencyKey: `earn:${sale.id}`,
          },
          program,
          now,
        );
        outcome = written ? 'EARNED' : 'ALREADY_DONE';
      }
      if (sale.totalInclCents > 0) await this.payReferral(uow, sale.clientId, program, now);
      const tier = await this.ledger.refreshTier(m, sale.clientId, program, now);
      const after = (await this.ledger.lockAccount(m, sale.clientId)).balance;
      // Told once per crossing: a redelivered job earns nothing, so crosses nothing (and the keys hold).
      if (rewardsReached(program.rewards, before, after).length > 0)
        uow.emit(new LoyaltyMilestoneEvent(sale.clientId, 'REWARD_AVAILABLE', `loyalty:reward:${sale.id}`));
      if (tier !== null && isTierUp(tier.before, tier.after))
        uow.emit(
          new LoyaltyMilestoneEvent(sale.clientId, 'TIER_REACHED', `loyalty:tier:${tier.after}:${sale.id}`),
        );
      return { outcome, tier };
    });
  }

  async reverseCreditNote(creditNoteId: string, now: Date): Promise<{ reversed: number }> {
    return this.tx.run(async ({ manager: m }) => {
      const note = await this.repo.sale(m, creditNoteId);
      if (
        note === null ||
        note.kind !== 'CREDIT_NOTE' ||
        note.status !== 'COMPLETED' ||
        note.originalSaleId === null
      )
        return { reversed: 0 };
      const original = await this.repo.sale(m, note.originalSaleId);
      if (original === null || original.clientId === null) return { reversed: 0 };
      const program = await this.repo.program(m);
      await this.ledger.lockAccount(m, original.clientId);
      const key = `reverse:${original.id}:${note.id}`;
      if (await this.repo.hasKey(m, key)) return { reversed: 0 };
      const earned = await this.repo.pointsByKeyPrefix(m, `earn:${original.id}`);
      const already = -(await this.repo.pointsByKeyPrefix(m, `reverse:${original.id}:`));
      const points = pointsToReverse(earned, already, original.totalInclCents, -note.totalInclCents);
      if (points > 0) {
        await this.ledger.record(
          m,
          {
            clientId: original.clientId,
            kind: 'REVERSE',
            points: -points,
            reason: `Avoir n° ${note.journalNumber ?? '?'} (ticket n° ${original.journalNumber ?? '?'})`,
            saleId: note.id,
            idempotencyKey: key,
          },
          program,
          now,
        );
      }
      await this.ledger.refreshTier(m, original.clientId, program, now);
      return { reversed: points };
    });
  }

  /** A referred client's first paid visit: both get the program's bonus, once. */
  private async payReferral(
    uow: UnitOfWork,
    clientId: string,
    program: LoyaltyProgramEntity,
    now: Date,
  ): Promise<void> {
    const m = uow.manager;
    const account = await this.ledger.lockAccount(m, clientId);
    if (account.referredBy === null || account.referralRewardedAt !== null) return;
    if ((await this.repo.paidTickets(m, clientId)) !== 1 || program.referralBonusPoints <= 0) return;
    const bonus = program.referralBonusPoints;
    await this.ledger.record(
      m,
      {
        clientId,
        kind: 'REFERRAL',
        points: bonus,
        reason: 'Parrainage : bienvenue',
        idempotencyKey: `referral:${clientId}:referred`,
      },
      program,
      now,
    );
    await this.ledger.record(
      m,
      {
        clientId: account.referredBy,
        kind: 'REFERRAL',
        points: bonus,
        reason: 'Parrainage : première visite de votre filleule',
        idempotencyKey: `referral:${clientId}:referrer`,
      },
      program,
      now,
    );
    await this.repo.updateAccount(m, clientId, { referralRewardedAt: now });
    // Both told, once (the account's `referral_rewarded_at` and the keys hold under redelivery).
    uow.emit(
      new LoyaltyMilestoneEvent(clientId, 'REFERRAL_REFERRED', `loyalty:referral:${clientId}:referred`),
    );
    uow.emit(
      new LoyaltyMilestoneEvent(
        account.referredBy,
        'REFERRAL_REFERRER',
        `loyalty:referral:${clientId}:referrer`,
      ),
    );
    this.logger.log(
      { event: 'loyalty.referral-paid', clientId, referrer: account.referredBy },
      'Referral paid',
    );
  }
}
