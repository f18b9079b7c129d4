import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import {
  TransactionalEvents,
  TransactionRunner,
  type UnitOfWork,
} from '../common/transaction/unit-of-work.js';
import { deliveryMessages, isDeliveryDue, isEmailAddress } from './domain/delivery.js';
import { formatParisDate } from './domain/refusal.js';
import type { GiftCardEntity, GiftCardMovementEntity } from './gift-card.entities.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardIssuedEvent, GiftCardMailRequestedEvent } from './events/gift-card.events.js';

const BATCH = 200;

/**
 * E-mailing a card: when it is issued (or when its scheduled date comes, by the sweep), and again on
 * request from the CRM. Each decision is taken in a transaction that marks the card (`delivered_at`)
 * and emits one `GiftCardMailRequestedEvent` per message; Notification plans them in that same
 * transaction, so a message is planned if and only if the card is marked.
 */
@Injectable()
export class GiftCardDeliveryService implements OnModuleInit {
  private readonly logger = new Logger(GiftCardDeliveryService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: TransactionalEvents,
    private readonly repo: GiftCardRepository,
  ) {}

  onModuleInit(): void {
    // In the transaction that issued the card (till or online order): e-mail it now if it is due.
    this.events.on(GiftCardIssuedEvent.eventName, async (e, uow) => {
      const card = await this.repo.lock(uow.manager, (e as GiftCardIssuedEvent).giftCardId);
      if (card !== null && isDeliveryDue(card.deliverAt?.getTime() ?? null, Date.now()))
        await this.deliver(uow, card, Date.now());
    });
  }

  /** The sweep: cards whose scheduled date has come. Idempotent, safe on several workers. */
  async deliverDue(now = Date.now()): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await this.tx.run(async (uow) => {
        const cards = await this.repo.dueForDelivery(uow.manager, new Date(now), BATCH);
        let count = 0;
        for (const card of cards) if (await this.deliver(uow, card, now)) count += 1;
        return { taken: cards.length, count };
      });
      delivered += batch.count;
      if (batch.taken < BATCH) break;
    }
    if (delivered > 0) this.logger.log({ delivered }, 'Scheduled gift cards e-mailed');
    return delivered;
  }

  /**
   * Sends the card again, to its address or to `email` (then recorded as the recipient's). Refused
   * for a cancelled, expired or unpaid card.
   */
  resend(
    input: { id: string; email?: string | null },
    now = Date.now(),
  ): Promise<{ card: GiftCardEntity; movements: GiftCardMovementEntity[]; sentTo: string }> {
    const email = input.email?.trim() || null;
    if (email !== null && !isEmailAddress(email))
      throw new BadUserInputError('Adresse e-mail invalide.', 'input.email');
    return this.tx.run(async (uow) => {
      const m = uow.manager;
      const card = await this.repo.lock(m, input.id);
      if (card === null) throw new NotFoundError('Carte cadeau introuvable.');
      if (card.status === 'CANCELLED')
        throw new ConflictError('Cette carte cadeau est annulée : elle ne peut pas être renvoyée.');
      if (card.status === 'EXPIRED' || card.expiresAt.getTime() <= now)
        throw new ConflictError(
          `Cette carte cadeau a expiré le ${formatParisDate(card.expiresAt.getTime() - 1)} : elle ne peut pas être renvoyée.`,
        );
      if (card.status === 'PENDING_PAYMENT')
        throw new ConflictError('Cette carte cadeau n’est pas encore payée : elle ne peut pas être envoyée.');
      if (card.codeSealed === null)
        throw new ConflictError(
          'Le code de cette carte n’a pas été conservé : elle ne peut pas être renvoyée.',
        );
      const to = email ?? card.recipientEmail ?? card.buyerEmail;
      if (to === null)
        throw new BadUserInputError('Cette carte n’a pas d’adresse e-mail : indiquez-en une.', 'input.email');
      await this.repo.update(m, card.id, {
        deliveredAt: new Date(now),
        ...(email === null ? {} : { recipientEmail: email }),
      });
      uow.emit(new GiftCardMailRequestedEvent(card.id, 'GIFT_CARD', to, null));
      const updated = await this.repo.byId(m, card.id);
      if (updated === null) throw new Error(`gift card ${card.id} vanished`);
      return { card: updated, movements: await this.repo.movements(m, [card.id]), sentTo: to };
    });
  }

  /** Marks a locked card handed over and requests its messages; false when there is nothing to send. */
  private async deliver(uow: UnitOfWork, card: GiftCardEntity, now: number): Promise<boolean> {
    if (card.status !== 'ACTIVE' || card.deliveredAt !== null || card.codeSealed === null) return false;
    const messages = deliveryMessages(card);
    if (messages.length === 0) return false;
    await this.repo.update(uow.manager, card.id, { deliveredAt: new Date(now) });
    for (const { to, role } of messages) {
      uow.emit(new GiftCardMailRequestedEvent(card.id, 'GIFT_CARD', to, `gift-card:${card.id}:${role}`));
    }
    return true;
  }
}
