import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import { TransactionalEvents, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { PaymentRefundedEvent, RefundGuards, type GuardedPayment } from '../payment/index.js';
import { GiftCardBalanceChangedEvent } from './events/gift-card.events.js';
import type { GiftCardEntity } from './gift-card.entities.js';
import { GiftCardRepository } from './gift-card.repository.js';

const WHOLE = 'Une commande de carte cadeau se rembourse en entier.';
const USED =
  'La carte de cette commande a déjà servi (ou n’est plus active) : elle ne peut plus être remboursée.';

/**
 * Refunding a gift-card order bought online: only in full, only while its card was never used. Asked
 * before any money moves (a refund guard); once the refund is recorded, the card is cancelled in the same
 * transaction (its CANCEL movement), so the books can turn the sale over (cases 9a / 9a').
 */
@Injectable()
export class GiftCardOrderRefundService implements OnModuleInit {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly guards: RefundGuards,
    private readonly events: TransactionalEvents,
  ) {}

  onModuleInit(): void {
    this.guards.register('GIFT_CARD_PURCHASE', (payment, amountCents) => this.problem(payment, amountCents));
    this.events.on(PaymentRefundedEvent.eventName, async (e, uow) => {
      const { payment, reason } = e as PaymentRefundedEvent;
      if (payment.kind === 'GIFT_CARD_PURCHASE' && payment.giftCardOrderId !== null)
        await this.cancelCard(uow, payment.giftCardOrderId, reason ?? 'Commande remboursée.');
    });
  }

  private async problem(payment: GuardedPayment, amountCents: number): Promise<string | null> {
    if (payment.refundedCents !== 0 || amountCents !== payment.amountCents) return WHOLE;
    if (payment.giftCardOrderId === null) return null;
    const m = this.repo.manager();
    const card = await this.repo.byOrder(m, payment.giftCardOrderId);
    // Paid but no card (an order called off before it was issued): nothing to take back.
    if (card === null) return null;
    return (await this.unused(card)) ? null : USED;
  }

  private async unused(card: GiftCardEntity): Promise<boolean> {
    const spent = (await this.repo.movements(this.repo.manager(), [card.id])).some(
      (mv) => mv.kind === 'REDEEM',
    );
    return !spent && card.status === 'ACTIVE' && card.balanceCents === card.faceValueCents;
  }

  private async cancelCard(uow: UnitOfWork, orderId: string, reason: string): Promise<void> {
    const m = uow.manager;
    const found = await this.repo.byOrder(m, orderId);
    if (found === null) return;
    const card = (await this.repo.lock(m, found.id)) ?? found;
    if (!(await this.unused(card))) throw new ConflictError(USED);
    await this.repo.update(m, card.id, { status: 'CANCELLED', balanceCents: 0 });
    await this.repo.insertMovement(m, {
      giftCardId: card.id,
      kind: 'CANCEL',
      amountCents: -card.balanceCents,
      balanceAfterCents: 0,
      reason,
      createdBy: null,
      occurredAt: new Date(),
    });
    uow.emit(new GiftCardBalanceChangedEvent(card.id, 'CANCEL', -card.balanceCents));
  }
}
