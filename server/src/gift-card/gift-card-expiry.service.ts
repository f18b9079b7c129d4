import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { GIFT_CARD_EXPIRED_JOB, type GiftCardExpiredJobData } from './jobs/gift-card.jobs.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { EXPIRY_REMINDER_DAYS, reminderAddress } from './domain/delivery.js';
import { GiftCardBalanceChangedEvent, GiftCardMailRequestedEvent } from './events/gift-card.events.js';

const BATCH = 200;

/**
 * Marks ACTIVE cards past their date EXPIRED and writes their EXPIRE movement (what was left, written
 * off). Idempotent and safe on several workers: cards are taken `FOR UPDATE SKIP LOCKED` in batches,
 * and a card already EXPIRED is never taken again.
 */
@Injectable()
export class GiftCardExpiryService {
  private readonly logger = new Logger(GiftCardExpiryService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: GiftCardRepository,
    private readonly outbox: OutboxService,
  ) {}

  async expireDue(now = Date.now()): Promise<{ expired: number; writtenOffCents: number }> {
    let expired = 0;
    let writtenOffCents = 0;
    for (;;) {
      const batch = await this.tx.run(async (uow) => {
        const m = uow.manager;
        const cards = await this.repo.dueForExpiry(m, new Date(now), BATCH);
        for (const card of cards) {
          await this.repo.update(m, card.id, { status: 'EXPIRED', balanceCents: 0 });
          const movement = await this.repo.insertMovement(m, {
            giftCardId: card.id,
            kind: 'EXPIRE',
            amountCents: -card.balanceCents,
            balanceAfterCents: 0,
            occurredAt: new Date(now),
          });
          if (card.balanceCents > 0) {
            const data: GiftCardExpiredJobData = { movementId: movement.id };
            await this.outbox.enqueue(uow, {
              queue: QUEUES.giftCards,
              name: GIFT_CARD_EXPIRED_JOB,
              payload: { ...data },
            });
          }
          uow.emit(new GiftCardBalanceChangedEvent(card.id, 'EXPIRE', -card.balanceCents));
        }
        return cards;
      });
      expired += batch.length;
      writtenOffCents += batch.reduce((s, c) => s + c.balanceCents, 0);
      if (batch.length < BATCH) break;
    }
    if (expired > 0) this.logger.log({ expired, writtenOffCents }, 'Gift cards expired');
    return { expired, writtenOffCents };
  }

  /**
   * The nightly reminder: one e-mail per card with money left and an address, 30 days before its
   * expiry. The card remembers the expiry it was reminded of, so a second run sends nothing (and an
   * extended card is reminded of its new date).
   */
  async remindExpiring(now = Date.now()): Promise<number> {
    const until = new Date(now + EXPIRY_REMINDER_DAYS * 24 * 3600_000);
    let reminded = 0;
    for (;;) {
      const taken = await this.tx.run(async (uow) => {
        const cards = await this.repo.dueForExpiryReminder(uow.manager, new Date(now), until, BATCH);
        for (const card of cards) {
          const to = reminderAddress(card);
          await this.repo.update(uow.manager, card.id, { expiryRemindedFor: card.expiresAt });
          if (to === null) continue;
          const key = `gift-card-expiry:${card.id}:${card.expiresAt.toISOString()}`;
          uow.emit(new GiftCardMailRequestedEvent(card.id, 'GIFT_CARD_EXPIRY_REMINDER', to, key));
          reminded += 1;
        }
        return cards.length;
      });
      if (taken < BATCH) break;
    }
    if (reminded > 0) this.logger.log({ reminded }, 'Gift card expiry reminders planned');
    return reminded;
  }
}
