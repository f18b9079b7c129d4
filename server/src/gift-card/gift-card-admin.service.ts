import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { isIsoDate } from '../common/time.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { expiryInstant } from './domain/expiry.js';
import { formatParisDate } from './domain/refusal.js';
import type { GiftCardEntity, GiftCardMovementEntity } from './gift-card.entities.js';
import { GiftCardLedgerRepository } from './gift-card-ledger.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardBalanceChangedEvent } from './events/gift-card.events.js';
import { QUEUES } from '../jobs/queues.js';
import { PaymentService } from '../payment/index.js';
import { OutboxService } from '../outbox/index.js';
import { GIFT_CARD_REVIVED_JOB, type GiftCardRevivedJobData } from './jobs/gift-card.jobs.js';

const USED_CARD = 'Une carte cadeau déjà utilisée ne se reprend pas par un avoir.';

/**
 * A card sold on a till ticket is never cancelled alone: its price sits in that day's Z (487 or 41911),
 * and only a credit note on its ticket both cancels it and reverses that liability.
 */
function soldAtTill(ticketNumber: number | null): string {
  const ticket = ticketNumber === null ? 'son ticket' : `le ticket n° ${ticketNumber}`;
  return `Cette carte a été vendue en caisse : elle ne s’annule pas seule. Faites un avoir sur ${ticket}, qui annule la carte et rembourse l’acheteur.`;
}

/** What an ADMIN does to a card: extend its validity, cancel it before any use. */
@Injectable()
export class GiftCardAdminService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: GiftCardRepository,
    private readonly ledger: GiftCardLedgerRepository,
    private readonly outbox: OutboxService,
    private readonly payments: PaymentService,
  ) {}

  /** New last valid (Paris) date, later than the current one; an expired card becomes usable again. */
  extend(
    input: { id: string; lastValidDate: string; reason: string },
    by: string,
    now = Date.now(),
  ): Promise<{ card: GiftCardEntity; movements: GiftCardMovementEntity[] }> {
    if (!isIsoDate(input.lastValidDate)) {
      throw new BadUserInputError('Date invalide (AAAA-MM-JJ).', 'input.lastValidDate');
    }
    const expiresAt = expiryInstant(input.lastValidDate);
    if (expiresAt <= now) {
      throw new BadUserInputError('La nouvelle date doit être dans le futur.', 'input.lastValidDate');
    }
    return this.tx.run(async (uow) => {
      const m = uow.manager;
      const card = await this.repo.lock(m, input.id);
      if (card === null) throw new NotFoundError('Carte cadeau introuvable.');
      if (card.status !== 'ACTIVE' && card.status !== 'EXPIRED') {
        throw new ConflictError('Seule une carte active ou expirée se prolonge.');
      }
      if (expiresAt <= card.expiresAt.getTime()) {
        throw new BadUserInputError(
          `La carte est déjà valable jusqu’au ${formatParisDate(card.expiresAt.getTime() - 1)} : choisissez une date plus tardive.`,
          'input.lastValidDate',
        );
      }
      // An expired card gets back what expiry wrote off.
      const revived = card.status === 'EXPIRED' ? await this.writtenOff(uow, card.id) : 0;
      const balance = card.balanceCents + revived;
      await this.repo.update(m, card.id, {
        expiresAt: new Date(expiresAt),
        status: balance > 0 ? 'ACTIVE' : 'USED',
        balanceCents: balance,
      });
      const movement = await this.repo.insertMovement(m, {
        giftCardId: card.id,
        kind: 'EXTEND',
        amountCents: revived,
        balanceAfterCents: balance,
        expiresAt: new Date(expiresAt),
        reason: input.reason,
        createdBy: by,
        occurredAt: new Date(now),
      });
      if (revived > 0) {
        // The books reverse the write-off (through the outbox, with this transaction).
        const data: GiftCardRevivedJobData = { movementId: movement.id };
        await this.outbox.enqueue(uow, {
          queue: QUEUES.giftCards,
          name: GIFT_CARD_REVIVED_JOB,
          payload: { ...data },
        });
        uow.emit(new GiftCardBalanceChangedEvent(card.id, 'EXTEND', revived));
      }
      return this.view(uow, card.id);
    });
  }

  /**
   * `cancelGiftCard`: only a card nobody has spent from. A card sold on a till ticket is refused (BAD_USER_INPUT
   * naming the ticket): a credit note on that ticket takes it back, so that the Z reverses its liability.
   * A card sold online whose payment is still held is cancelled by refunding that payment: the refund's
   * own path cancels the card in its transaction and the books turn the sale over (9a / 9a', dated the
   * refund), exactly as for a refunded order. A card issued without payment is only cancelled.
   */
  async cancel(
    input: { id: string; reason: string },
    by: string,
    now = Date.now(),
  ): Promise<{ card: GiftCardEntity; movements: GiftCardMovementEntity[] }> {
    const m = this.repo.manager();
    const found = await this.repo.byId(m, input.id);
    if (found !== null && found.saleId !== null && found.status !== 'CANCELLED') {
      throw new BadUserInputError(soldAtTill(await this.repo.saleNumber(m, found.saleId)), 'input.id');
    }
    const payment = found?.orderId ? await this.payments.refundableGiftCardPurchase(found.orderId) : null;
    if (found !== null && payment !== null) {
      if (found.status === 'CANCELLED') throw new ConflictError('Cette carte cadeau est déjà annulée.');
      await this.payments.refund({
        paymentId: payment.id,
        amountCents: null,
        reason: input.reason,
        by: { userId: by, admin: true },
      });
      return this.tx.run((uow) => this.view(uow, found.id));
    }
    return this.tx.run(async (uow) => {
      const card = await this.repo.lock(uow.manager, input.id);
      if (card === null) throw new NotFoundError('Carte cadeau introuvable.');
      await this.cancelLocked(uow, card, input.reason, by, now);
      return this.view(uow, card.id);
    });
  }

  /**
   * Before a credit note gives anything back: refuses to take back more cards of a ticket line than are
   * still unspent (the caller names the field).
   */
  async assertTakeBack(
    m: EntityManager,
    r: { saleLineId: string; quantity: number; field: string },
  ): Promise<void> {
    const unspent = await this.ledger.unspentOnSaleLine(m, r.saleLineId, r.quantity);
    if (unspent.length < r.quantity) throw new BadUserInputError(USED_CARD, r.field);
  }

  /** A credit note takes back `quantity` cards sold on a ticket line: the unspent ones are cancelled at once. */
  async cancelSold(
    uow: UnitOfWork,
    r: { saleLineId: string; quantity: number; reason: string; by: string | null; now: number },
  ): Promise<void> {
    const ids = await this.ledger.unspentOnSaleLine(uow.manager, r.saleLineId, r.quantity);
    const cancelled =
      ids.length < r.quantity
        ? []
        : await this.ledger.cancelUnspent(uow.manager, {
            ids,
            reason: r.reason,
            by: r.by,
            at: new Date(r.now),
          });
    if (cancelled.length < r.quantity) throw new ConflictError(USED_CARD);
    for (const c of cancelled) uow.emit(new GiftCardBalanceChangedEvent(c.id, 'CANCEL', -c.amountCents));
  }

  private async cancelLocked(
    uow: UnitOfWork,
    card: GiftCardEntity,
    reason: string,
    by: string | null,
    now: number,
  ): Promise<void> {
    if (card.status === 'CANCELLED') throw new ConflictError('Cette carte cadeau est déjà annulée.');
    const spent = (await this.repo.movements(uow.manager, [card.id])).some((mv) => mv.kind === 'REDEEM');
    if (spent || card.balanceCents !== card.faceValueCents || card.status !== 'ACTIVE') {
      throw new ConflictError('Seule une carte cadeau active et jamais utilisée peut être annulée.');
    }
    await this.repo.update(uow.manager, card.id, { status: 'CANCELLED', balanceCents: 0 });
    await this.repo.insertMovement(uow.manager, {
      giftCardId: card.id,
      kind: 'CANCEL',
      amountCents: -card.balanceCents,
      balanceAfterCents: 0,
      reason,
      createdBy: by,
      occurredAt: new Date(now),
    });
    uow.emit(new GiftCardBalanceChangedEvent(card.id, 'CANCEL', -card.balanceCents));
  }

  private async view(
    uow: UnitOfWork,
    id: string,
  ): Promise<{ card: GiftCardEntity; movements: GiftCardMovementEntity[] }> {
    return {
      card: (await this.repo.byId(uow.manager, id))!,
      movements: await this.repo.movements(uow.manager, [id]),
    };
  }

  private async writtenOff(uow: UnitOfWork, id: string): Promise<number> {
    const moves = await this.repo.movements(uow.manager, [id]);
    const expired = moves.filter((mv) => mv.kind === 'EXPIRE').reduce((s, mv) => s - mv.amountCents, 0);
    const revived = moves.filter((mv) => mv.kind === 'EXTEND').reduce((s, mv) => s + mv.amountCents, 0);
    return Math.max(0, expired - revived);
  }
}
