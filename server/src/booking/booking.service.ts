import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { PaymentService } from '../payment/index.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingReservations } from './booking-reservations.service.js';
import type { BookingEntity, BookingStatus, CancelledBy } from './booking.entities.js';
import { BookingRepository } from './booking.repository.js';
import { outcomeProblem, transitionProblem } from './domain/booking-status.js';
import type { BookingView } from './dto/booking.mappers.js';
import {
  BookingCancelledEvent,
  BookingCompletedEvent,
  BookingConfirmedEvent,
  BookingNoShowEvent,
  eventBase,
} from './events/booking.events.js';
import { BOOKING_NO_SHOW_JOB, REFUND_DEPOSIT_AFTER_CANCEL } from './jobs/job-names.js';
import { ManageTokenService } from './manage-token.service.js';

/**
 * A booking's status changes: confirm, cancel, mark absent or done, and the hold that expires. Every
 * change is one transaction on the locked row, checked by the status machine; events leave after the
 * commit. Creating and moving a booking have their own services (`create-booking`, `reschedule-booking`),
 * and so do deposits (`deposit-outcome`, `deposit-checkout`).
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly reservations: BookingReservations,
    private readonly outbox: OutboxService,
    private readonly repo: BookingRepository,
    private readonly payments: PaymentService,
    private readonly queries: BookingQueryService,
    private readonly tokens: ManageTokenService,
  ) {}

  /** The client's manage link for a booking (the messages put it in their links). */
  manageTokenFor(bookingId: string): string {
    return this.tokens.tokenFor(bookingId);
  }

  confirm(id: string, now = Date.now()): Promise<BookingView> {
    return this.transition(id, 'CONFIRMED', (uow, b) => {
      uow.emit(new BookingConfirmedEvent(eventBase(b)));
      return { confirmedAt: new Date(now), holdExpiresAt: null };
    });
  }

  cancel(id: string, reason: string | null, by: CancelledBy, now = Date.now()): Promise<BookingView> {
    return this.transition(id, 'CANCELLED', async (uow, b) => {
      await this.reservations.release(uow.manager, b.id);
      await this.payments.releaseGiftCardDepositParts(uow, b.id, 'Rendez-vous annulé.');
      // A paid deposit is refunded or kept by the cancellation policy, after the commit.
      await this.outbox.enqueue(uow, {
        queue: QUEUES.booking,
        name: REFUND_DEPOSIT_AFTER_CANCEL,
        payload: { bookingId: b.id },
        jobId: `refund-deposit:${b.id}`,
      });
      uow.emit(new BookingCancelledEvent(eventBase({ ...b, status: 'CANCELLED' })));
      return {
        cancelledAt: new Date(now),
        cancelledBy: by,
        cancelReason: reason?.trim() || null,
        holdExpiresAt: null,
      };
    });
  }

  markNoShow(id: string, now = Date.now()): Promise<BookingView> {
    return this.transition(id, 'NO_SHOW', async (uow, b) => {
      const problem = outcomeProblem('NO_SHOW', b.startsAt.getTime(), now);
      if (problem) throw new ConflictError(problem);
      // The deposit it paid is kept: the books turn it into income (forfeit), after the commit.
      await this.outbox.enqueue(uow, {
        queue: QUEUES.booking,
        name: BOOKING_NO_SHOW_JOB,
        payload: { bookingId: b.id, markedAt: new Date(now).toISOString() },
        jobId: `no-show:${b.id}`,
      });
      uow.emit(new BookingNoShowEvent(eventBase({ ...b, status: 'NO_SHOW' })));
      return {};
    });
  }

  complete(id: string, now = Date.now()): Promise<BookingView> {
    return this.transition(id, 'COMPLETED', (uow, b) => {
      const problem = outcomeProblem('COMPLETED', b.startsAt.getTime(), now);
      if (problem) throw new ConflictError(problem);
      uow.emit(new BookingCompletedEvent(eventBase({ ...b, status: 'COMPLETED' })));
      return {};
    });
  }

  /**
   * A booking whose ticket was paid at the till, in the till's own transaction: COMPLETED when the
   * status machine allows it now (confirmed, started), else left as it is — the payment stands either way.
   */
  async completePaid(uow: UnitOfWork, id: string, now = Date.now()): Promise<boolean> {
    const b = await this.repo.lock(uow.manager, id);
    if (b === null || transitionProblem(b.status, 'COMPLETED') !== null) return false;
    if (outcomeProblem('COMPLETED', b.startsAt.getTime(), now) !== null) return false;
    await this.repo.update(uow.manager, id, { status: 'COMPLETED' });
    uow.emit(new BookingCompletedEvent(eventBase({ ...b, status: 'COMPLETED' })));
    return true;
  }

  /** The delayed job: a pending booking whose hold has passed gives its slot back. Idempotent. */
  async expireHold(id: string, now = Date.now()): Promise<'expired' | 'kept'> {
    // A deposit already paid (its confirmation job may still be on its way) keeps the slot.
    if ((await this.payments.succeededDeposits(id)).length > 0) return 'kept';
    const outcome = await this.tx.run(async (uow) => {
      const b = await this.repo.lock(uow.manager, id);
      if (
        b === null ||
        b.status !== 'PENDING' ||
        b.holdExpiresAt === null ||
        b.holdExpiresAt.getTime() > now
      ) {
        return 'kept' as const;
      }
      await this.reservations.release(uow.manager, id);
      // What a gift card put towards the deposit goes back to the card with the slot.
      await this.payments.releaseGiftCardDepositParts(uow, id, 'Réservation non finalisée à temps.');
      await this.repo.update(uow.manager, id, {
        status: 'CANCELLED',
        cancelledAt: new Date(now),
        cancelledBy: 'SYSTEM',
        cancelReason: 'Réservation non finalisée à temps.',
        holdExpiresAt: null,
      });
      uow.emit(new BookingCancelledEvent({ ...eventBase(b), status: 'CANCELLED' }));
      return 'expired' as const;
    });
    return outcome;
  }

  private async transition(
    id: string,
    to: BookingStatus,
    apply: (
      uow: UnitOfWork,
      booking: BookingEntity,
    ) => Partial<BookingEntity> | Promise<Partial<BookingEntity>>,
  ): Promise<BookingView> {
    await this.tx.run(async (uow) => {
      const booking = await this.repo.lock(uow.manager, id);
      if (booking === null) throw new NotFoundError('Rendez-vous introuvable.');
      const problem = transitionProblem(booking.status, to);
      if (problem !== null) throw new ConflictError(problem);
      const changes = await apply(uow, booking);
      await this.repo.update(uow.manager, id, { ...changes, status: to });
    });
    return this.queries.view(id);
  }
}
