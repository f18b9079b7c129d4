import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  BookingCancelledEvent,
  BookingConfirmedEvent,
  BookingCreatedEvent,
  type BookingEntity,
  BookingNoShowEvent,
  BookingRescheduledEvent,
} from '../booking/index.js';
import {
  TransactionalEvents,
  type DomainEvent,
  type UnitOfWork,
} from '../common/transaction/unit-of-work.js';
import { GiftCardMailRequestedEvent } from '../gift-card/index.js';
import { PurchaseOrderSentEvent, StockLowEvent } from '../inventory/index.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService, type OutboxJob } from '../outbox/index.js';
import { PaymentRefundedEvent, PaymentSucceededEvent } from '../payment/index.js';
import { SaleReceiptRequestedEvent } from '../pos/index.js';
import { channelsOf } from './domain/switches.js';
import { MessageSourceRepository } from './message-source.repository.js';
import type { NotificationTemplate } from './notification.entities.js';
import { NotificationService, SYNC_REMINDER, type NotificationRequest } from './notification.service.js';

type BookingEvent = DomainEvent & { booking: { bookingId: string } };

/**
 * Turns domain events into notifications inside the transaction that emitted them (through
 * `TransactionalEvents`): the messages and their outbox jobs commit or roll back with their cause.
 * Booking, Payment and GiftCard do not know this module exists.
 */
@Injectable()
export class NotificationPlanner implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    private readonly sources: MessageSourceRepository,
  ) {}

  onModuleInit(): void {
    this.events.on(BookingCreatedEvent.eventName, (e, uow) => {
      // Created PENDING: the client is still paying the deposit. The event carries the status the
      // booking was written with: nothing to read.
      if ((e as BookingCreatedEvent).booking.status !== 'CONFIRMED') return Promise.resolve();
      return this.confirmed(e as BookingEvent, uow);
    });
    this.events.on(BookingConfirmedEvent.eventName, (e, uow) => this.confirmed(e as BookingEvent, uow));
    this.events.on(BookingRescheduledEvent.eventName, (e, uow) => this.rescheduled(e as BookingEvent, uow));
    this.events.on(BookingCancelledEvent.eventName, (e, uow) => this.cancelled(e as BookingEvent, uow));
    this.events.on(BookingNoShowEvent.eventName, (e, uow) =>
      this.syncReminder((e as BookingEvent).booking.bookingId, uow),
    );
    this.events.on(PaymentSucceededEvent.eventName, (e, uow) =>
      this.payment(e as PaymentSucceededEvent, 'DEPOSIT_RECEIPT', uow),
    );
    this.events.on(PaymentRefundedEvent.eventName, (e, uow) =>
      this.payment(e as PaymentRefundedEvent, 'DEPOSIT_REFUNDED', uow),
    );
    this.events.on(StockLowEvent.eventName, async (e, uow) => {
      await this.notifications.queueStockMessage(uow, {
        template: 'LOW_STOCK',
        subjectId: (e as StockLowEvent).product.productId,
      });
    });
    this.events.on(PurchaseOrderSentEvent.eventName, async (e, uow) => {
      await this.notifications.queueStockMessage(uow, {
        template: 'PURCHASE_ORDER',
        subjectId: (e as PurchaseOrderSentEvent).purchaseOrderId,
      });
    });
    this.events.on(SaleReceiptRequestedEvent.eventName, async (e, uow) => {
      const { saleId, email } = (e as SaleReceiptRequestedEvent).receipt;
      await this.notifications.queueStockMessage(uow, {
        template: 'SALE_RECEIPT',
        subjectId: saleId,
        to: email,
      });
    });
    this.events.on(GiftCardMailRequestedEvent.eventName, async (e, uow) => {
      const { giftCardId, template, to, dedupeKey } = e as GiftCardMailRequestedEvent;
      await this.notifications.queueStockMessage(uow, { template, subjectId: giftCardId, to, dedupeKey });
    });
  }

  /**
   * Created CONFIRMED, or confirmed later (deposit paid, staff): confirmation, alert, reminder. One read
   * and one write (the messages, their jobs and the reminder's).
   */
  private async confirmed(event: BookingEvent, uow: UnitOfWork): Promise<void> {
    const context = await this.notifications.context(uow.manager, event.booking.bookingId);
    const booking = context.booking;
    if (booking.status !== 'CONFIRMED') return; // PENDING: the client is still paying the deposit.
    const requests: NotificationRequest[] = channelsOf('BOOKING_CONFIRMED').map((channel) => ({
      template: 'BOOKING_CONFIRMED',
      channel,
      bookingId: booking.id,
    }));
    if (booking.source === 'ONLINE')
      requests.push({ template: 'INSTITUTE_NEW_BOOKING', channel: 'EMAIL', bookingId: booking.id });
    await this.notifications.queueAll(uow, context, requests, [this.reminderJob(booking.id)]);
  }

  private async rescheduled(event: BookingEvent, uow: UnitOfWork): Promise<void> {
    const booking = await this.booking(event, uow);
    if (booking.status === 'CONFIRMED') await this.toClient('BOOKING_RESCHEDULED', booking.id, uow);
    await this.syncReminder(booking.id, uow);
  }

  private async cancelled(event: BookingEvent, uow: UnitOfWork): Promise<void> {
    const booking = await this.booking(event, uow);
    // A hold that expired before the deposit was paid was never confirmed to the client.
    if (booking.confirmedAt !== null) await this.toClient('BOOKING_CANCELLED', booking.id, uow);
    await this.syncReminder(booking.id, uow);
  }

  private async payment(
    event: PaymentSucceededEvent | PaymentRefundedEvent,
    template: NotificationTemplate,
    uow: UnitOfWork,
  ): Promise<void> {
    const { kind, bookingId, paymentId } = event.payment;
    if (kind !== 'DEPOSIT' || bookingId === null) return;
    await this.notifications.queue(uow, { template, channel: 'EMAIL', bookingId, paymentId });
  }

  private async toClient(template: NotificationTemplate, bookingId: string, uow: UnitOfWork): Promise<void> {
    for (const channel of channelsOf(template)) {
      await this.notifications.queue(uow, { template, channel, bookingId });
    }
  }

  /** The reminder job follows the booking: a job (through the outbox) that moves or removes it. */
  private async syncReminder(bookingId: string, uow: UnitOfWork): Promise<void> {
    await this.outbox.enqueue(uow, this.reminderJob(bookingId));
  }

  private reminderJob(bookingId: string): OutboxJob {
    return { queue: QUEUES.notifications, name: SYNC_REMINDER, payload: { bookingId } };
  }

  private async booking(event: BookingEvent, uow: UnitOfWork): Promise<BookingEntity> {
    return this.sources.bookingOrFail(uow.manager, event.booking.bookingId);
  }
}
