import { Injectable, Logger } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { PaymentService } from '../payment/index.js';
import { deliveryInstant } from './domain/gift-card-order.js';
import { toGiftCardOrder } from './dto/gift-card-order.mapper.js';
import type { GiftCardOrderType } from './dto/gift-card-order.types.js';
import type { GiftCardOrderEntity } from './gift-card-order.entity.js';
import { GiftCardOrderRepository } from './gift-card-order.repository.js';
import { GiftCardIssueService } from './gift-card-issue.service.js';
import { GIFT_CARD_SOLD_ONLINE_JOB, type GiftCardSoldOnlineJobData } from './jobs/gift-card.jobs.js';
import { GiftCardSettingsRepository } from './gift-card-settings.repository.js';

/** A waiting transfer expires within days: a few hundred at most are pending at once. */
const PENDING_TRANSFERS_SHOWN = 200;

export type OrderPaidOutcome = 'issued' | 'already issued' | 'unknown order' | 'cancelled order';

/**
 * An order's payment arrived: its card is issued, once. Online payments arrive through the payment
 * ledger's outbox job (`GIFT_CARD_ORDER_PAID_JOB`); transfers are marked received by staff. Both lock
 * the order, so a redelivered confirmation and a staff click never issue two cards.
 */
@Injectable()
export class GiftCardOrderPaymentService {
  private readonly logger = new Logger(GiftCardOrderPaymentService.name);

  constructor(
    private readonly orders: GiftCardOrderRepository,
    private readonly shopSettings: GiftCardSettingsRepository,
    private readonly issue: GiftCardIssueService,
    private readonly payments: PaymentService,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  /** The payment ledger says `paymentId` paid order `orderId` (idempotent: redelivery changes nothing). */
  onPaid(orderId: string, paymentId: string, now = Date.now()): Promise<OrderPaidOutcome> {
    return this.tx.run(async (uow) => {
      const order = await this.orders.lock(uow.manager, orderId);
      if (order === null) return 'unknown order';
      if (order.giftCardId !== null) return 'already issued';
      if (order.status === 'CANCELLED') {
        // Paid after it was called off: staff refund the payment; no card.
        this.logger.warn({ orderId, paymentId }, 'Payment received for a cancelled gift-card order');
        return 'cancelled order';
      }
      // An order expired while its payment was on the way still gets its card: the money is in.
      await this.issueFor(uow, order, null, now);
      return 'issued';
    });
  }

  /**
   * Staff record the bank transfer of an order: the payment (MANUAL, BANK_TRANSFER) and the card, in
   * one transaction. A second mark is refused and issues nothing.
   */
  markTransferReceived(orderId: string, by: string, now = Date.now()): Promise<GiftCardOrderType> {
    return this.tx.run(async (uow) => {
      const order = await this.orders.lock(uow.manager, orderId);
      if (order === null) throw new NotFoundError('Cette commande est introuvable.');
      if (order.method !== 'BANK_TRANSFER') {
        throw new ConflictError('Cette commande ne se règle pas par virement.');
      }
      if (order.status === 'PAID') throw new ConflictError('Ce virement a déjà été enregistré.');
      if (order.status === 'CANCELLED') throw new ConflictError('Cette commande a été annulée.');
      await this.payments.recordManualIn(uow, {
        bookingId: null,
        giftCardOrderId: order.id,
        kind: 'GIFT_CARD_PURCHASE',
        method: 'BANK_TRANSFER',
        amountCents: order.priceCents,
        createdBy: by,
        idempotencyKey: `gift-card-order-transfer:${order.id}`,
      });
      const paid = await this.issueFor(uow, order, by, now);
      return toGiftCardOrder(paid, await this.shopSettings.settings(uow.manager));
    });
  }

  /** The transfer orders staff wait for (oldest first; the list the CRM marks them received from). */
  async pendingTransfers(): Promise<GiftCardOrderType[]> {
    const [orders, settings] = await Promise.all([
      this.orders.pendingTransfers(PENDING_TRANSFERS_SHOWN),
      this.shopSettings.settings(),
    ]);
    return orders.map((order) => toGiftCardOrder(order, settings));
  }

  /** Pending orders past their date stop waiting (a late payment still issues the card). */
  async expireDue(now = Date.now()): Promise<{ expired: number }> {
    const ids = await this.orders.expirePending(new Date(now));
    return { expired: ids.length };
  }

  private async issueFor(
    uow: UnitOfWork,
    order: GiftCardOrderEntity,
    by: string | null,
    now: number,
  ): Promise<GiftCardOrderEntity> {
    const deliverAt = deliveryInstant(order.deliverOn, now);
    const card = await this.issue.issueFromOrder(uow, {
      order,
      recipientEmail: order.recipientEmail ?? order.buyerEmail,
      buyerEmail: order.buyerEmail,
      deliverAt: deliverAt === null ? null : new Date(deliverAt),
      by,
      now,
    });
    if (card === null) throw new ConflictError('La carte de cette commande a déjà été émise.');
    const patch = { status: 'PAID' as const, paidAt: new Date(now), giftCardId: card.id };
    await this.orders.update(uow.manager, order.id, patch);
    const data: GiftCardSoldOnlineJobData = { orderId: order.id };
    await this.outbox.enqueue(uow, {
      queue: QUEUES.giftCards,
      name: GIFT_CARD_SOLD_ONLINE_JOB,
      payload: { ...data },
      jobId: `sold-online:${order.id}`,
    });
    return { ...order, ...patch };
  }
}
