import type { DomainEvent } from '../../common/transaction/unit-of-work.js';
import type { BookingEntity, BookingStatus } from '../booking.entities.js';

export interface BookingEventBase {
  bookingId: string;
  status: BookingStatus;
  start: Date;
  end: Date;
}

abstract class BookingEvent implements DomainEvent {
  abstract readonly eventName: string;
  constructor(readonly booking: BookingEventBase) {}
}

export class BookingCreatedEvent extends BookingEvent {
  static readonly eventName = 'booking.created';
  readonly eventName = BookingCreatedEvent.eventName;
}

export class BookingConfirmedEvent extends BookingEvent {
  static readonly eventName = 'booking.confirmed';
  readonly eventName = BookingConfirmedEvent.eventName;
}

export class BookingRescheduledEvent extends BookingEvent {
  static readonly eventName = 'booking.rescheduled';
  readonly eventName = BookingRescheduledEvent.eventName;
  constructor(
    booking: BookingEventBase,
    readonly previous: { start: Date; end: Date },
  ) {
    super(booking);
  }
}

export class BookingCancelledEvent extends BookingEvent {
  static readonly eventName = 'booking.cancelled';
  readonly eventName = BookingCancelledEvent.eventName;
}

export class BookingNoShowEvent extends BookingEvent {
  static readonly eventName = 'booking.no-show';
  readonly eventName = BookingNoShowEvent.eventName;
}

export class BookingCompletedEvent extends BookingEvent {
  static readonly eventName = 'booking.completed';
  readonly eventName = BookingCompletedEvent.eventName;
}

/** What every booking event carries, read from the booking row. */
export function eventBase(b: Pick<BookingEntity, 'id' | 'status' | 'startsAt' | 'endsAt'>): BookingEventBase {
  return { bookingId: b.id, status: b.status, start: b.startsAt, end: b.endsAt };
}
