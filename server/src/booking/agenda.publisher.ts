import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { SlotBlockedEvent, SlotUnblockedEvent, type BlockSnapshot } from '../availability/index.js';
import { INSTITUTE_TIME_ZONE, datesBetween, localDateOf } from '../common/time.js';
import { PubSubService } from '../graphql/pubsub.service.js';
import { BookingQueryService } from './booking-query.service.js';
import type { AgendaChangeKind, AgendaChangeType } from './dto/booking.types.js';
import { toBookingType, type BookingView } from './dto/booking.mappers.js';
import {
  BookingCancelledEvent,
  BookingCompletedEvent,
  BookingConfirmedEvent,
  BookingCreatedEvent,
  BookingNoShowEvent,
  BookingRescheduledEvent,
} from './events/booking.events.js';

export const agendaTrigger = (day: string) => `agendaChanged:${day}`;

/** Local days an interval touches (a booking past midnight shows on both days). */
export function daysOf(start: Date, end: Date): string[] {
  return datesBetween(
    localDateOf(start.getTime(), INSTITUTE_TIME_ZONE),
    localDateOf(end.getTime() - 1, INSTITUTE_TIME_ZONE),
  );
}

/**
 * Turns committed booking and block events into `agendaChanged(day)` messages on the Redis
 * pub/sub, so that every server process's subscribers see them.
 */
@Injectable()
export class AgendaPublisher {
  private readonly logger = new Logger(AgendaPublisher.name);

  constructor(
    private readonly bookings: BookingQueryService,
    private readonly pubsub: PubSubService,
  ) {}

  /** A booking just created, with the view its creation built (called after the commit, instead of a listener). */
  created(view: BookingView): Promise<void> {
    const booking = toBookingType(view);
    return this.publish(
      daysOf(view.startsAt, view.endsAt).map((day) => ({
        day,
        kind: 'CREATED' as const,
        booking,
        block: null,
      })),
    );
  }

  /** The same, reading the booking back. */
  createdById(bookingId: string, e: BookingCreatedEvent['booking']): Promise<void> {
    return this.booking(bookingId, 'CREATED', daysOf(e.start, e.end));
  }

  @OnEvent(BookingConfirmedEvent.eventName, { promisify: true })
  onConfirmed(e: BookingConfirmedEvent) {
    return this.booking(e.booking.bookingId, 'CONFIRMED', daysOf(e.booking.start, e.booking.end));
  }

  @OnEvent(BookingRescheduledEvent.eventName, { promisify: true })
  onMoved(e: BookingRescheduledEvent) {
    const days = new Set([
      ...daysOf(e.previous.start, e.previous.end),
      ...daysOf(e.booking.start, e.booking.end),
    ]);
    return this.booking(e.booking.bookingId, 'MOVED', [...days]);
  }

  @OnEvent(BookingCancelledEvent.eventName, { promisify: true })
  onCancelled(e: BookingCancelledEvent) {
    return this.booking(e.booking.bookingId, 'CANCELLED', daysOf(e.booking.start, e.booking.end));
  }

  @OnEvent(BookingNoShowEvent.eventName, { promisify: true })
  onNoShow(e: BookingNoShowEvent) {
    return this.booking(e.booking.bookingId, 'NO_SHOW', daysOf(e.booking.start, e.booking.end));
  }

  @OnEvent(BookingCompletedEvent.eventName, { promisify: true })
  onCompleted(e: BookingCompletedEvent) {
    return this.booking(e.booking.bookingId, 'COMPLETED', daysOf(e.booking.start, e.booking.end));
  }

  @OnEvent(SlotBlockedEvent.eventName, { promisify: true })
  onBlocked(e: SlotBlockedEvent) {
    return this.block(e.block, 'BLOCKED');
  }

  @OnEvent(SlotUnblockedEvent.eventName, { promisify: true })
  onUnblocked(e: SlotUnblockedEvent) {
    return this.block(e.block, 'UNBLOCKED');
  }

  private async booking(bookingId: string, kind: AgendaChangeKind, days: string[]): Promise<void> {
    const booking = toBookingType(await this.bookings.view(bookingId));
    await this.publish(days.map((day) => ({ day, kind, booking, block: null })));
  }

  private async block(block: BlockSnapshot, kind: AgendaChangeKind): Promise<void> {
    await this.publish(daysOf(block.start, block.end).map((day) => ({ day, kind, booking: null, block })));
  }

  private async publish(changes: AgendaChangeType[]): Promise<void> {
    for (const change of changes) {
      try {
        await this.pubsub.publish(agendaTrigger(change.day), { agendaChanged: change });
      } catch (error) {
        this.logger.warn({ err: error, day: change.day }, 'Could not publish an agenda change');
      }
    }
  }
}
