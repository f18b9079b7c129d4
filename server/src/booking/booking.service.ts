import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AvailabilityService,
  ReservationRepository,
  SlotTakenError,
  nearestSlots,
  occupiedPeriods,
  slotItems,
  type Slot,
  type SlotSearchResult,
} from '../availability/index.js';
import { depositCents, type ServiceEntity } from '../catalog/index.js';
import { ClientEntity, ClientsService, normalizeEmail, normalizePhone } from '../clients/index.js';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { SettingsService } from '../settings/index.js';
import {
  BookingEntity,
  BookingItemEntity,
  type BookingStatus,
  type CancelledBy,
  type ClientMatch,
} from './booking.entities.js';
import { BookingRepository } from './booking.repository.js';
import { bookingReference, manageToken, manageTokenHash } from './domain/booking-codes.js';
import { isOpen, outcomeProblem, transitionProblem } from './domain/booking-status.js';
import type { BookingsFilter, CreateBookingInput } from './dto/booking.types.js';
import type { BookingView } from './dto/booking.mappers.js';
import { PaymentNotRefundableError, PaymentService, depositRefundOnCancel } from '../payment/index.js';
import {
  BookingCancelledEvent,
  BookingCompletedEvent,
  BookingConfirmedEvent,
  BookingCreatedEvent,
  BookingNoShowEvent,
  BookingRescheduledEvent,
  type BookingEventBase,
} from './events/booking.events.js';

export const MANAGE_TOKEN_SECRET = Symbol('MANAGE_TOKEN_SECRET');
export const MANAGE_TOKEN_VERSION = 1;
export const EXPIRE_PENDING_BOOKING = 'expire-pending-booking';
export const REFUND_DEPOSIT_AFTER_CANCEL = 'refund-deposit-after-cancel';
const MANAGE_TOKEN_DAYS_AFTER_END = 30;
const ALTERNATIVES = 6;

export interface Caller {
  userId: string | null;
  staff: boolean;
}

export interface CreatedBooking {
  booking: BookingView;
  manageToken: string | null;
}

export interface Alternative {
  start: string;
  end: string;
  practitionerId: string;
  practitionerName: string;
}

const SLOT_GONE = 'Ce créneau n’est plus disponible. Voici les créneaux libres les plus proches.';
const SLOT_NOT_OFFERED =
  'Ce créneau n’est pas proposé : il est en dehors des horaires, déjà passé ou trop proche. Voici les créneaux libres les plus proches.';
const SLOT_JUST_TAKEN = 'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.';

function eventBase(b: BookingEntity): BookingEventBase {
  return { bookingId: b.id, status: b.status, start: b.startsAt, end: b.endsAt };
}

/** The booking use cases. Every write is one transaction; events leave after the commit. */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly availability: AvailabilityService,
    private readonly reservations: ReservationRepository,
    private readonly clients: ClientsService,
    private readonly settings: SettingsService,
    private readonly outbox: OutboxService,
    private readonly repo: BookingRepository,
    private readonly payments: PaymentService,
    @Inject(MANAGE_TOKEN_SECRET) private readonly tokenSecret: Buffer,
  ) {}

  manageTokenFor(bookingId: string): string {
    return manageToken(this.tokenSecret, bookingId, MANAGE_TOKEN_VERSION);
  }

  async create(input: CreateBookingInput, caller: Caller, now = Date.now()): Promise<CreatedBooking> {
    if (!caller.staff && input.clientId)
      throw new ForbiddenError('Seule l’équipe peut réserver pour un client existant.');
    if (!input.clientId && !input.client) {
      throw new BadUserInputError('Indiquez vos coordonnées.', [
        { field: 'input.client', message: 'Indiquez vos coordonnées.' },
      ]);
    }
    const practitionerId = input.practitionerId ?? null;
    // One search: the pre-check, and on a refusal whether the start is taken and the alternatives.
    const search = await this.availability.checkStart(
      { serviceIds: input.serviceIds, practitionerId, start: input.start },
      { staff: caller.staff, now },
    );
    const slot = search.slot;
    if (slot === undefined) {
      throw this.conflictWith(search.taken ? SLOT_GONE : SLOT_NOT_OFFERED, input.start, search);
    }

    const settings = search.settings;
    const deposit = search.services.reduce((sum, s) => sum + depositCents(s.priceCents, s), 0);
    const status: BookingStatus = caller.staff || deposit === 0 ? 'CONFIRMED' : 'PENDING';
    const holdMs = settings.pendingHoldMinutes * 60_000;
    try {
      const booking = await this.withUniqueReference((reference) =>
        this.tx.run(async (uow) => {
          const m = uow.manager;
          const { client, match, contact } = await this.bookingClient(m, input);
          const booking = await m.save(
            m.create(BookingEntity, {
              reference,
              clientId: client.id,
              clientMatch: match,
              contactEmail: contact.email,
              contactPhone: contact.phone,
              status,
              source: caller.staff ? 'STAFF' : 'ONLINE',
              startsAt: new Date(slot.start),
              endsAt: new Date(slot.end),
              holdExpiresAt: status === 'PENDING' ? new Date(now + holdMs) : null,
              clientNote: input.note?.trim() || null,
              confirmedAt: status === 'CONFIRMED' ? new Date(now) : null,
              createdBy: caller.userId,
              manageTokenExpiresAt: new Date(slot.end + MANAGE_TOKEN_DAYS_AFTER_END * 86_400_000),
            }),
          );
          await m.update(
            BookingEntity,
            { id: booking.id },
            { manageTokenHash: manageTokenHash(this.manageTokenFor(booking.id)) },
          );
          await this.writeItems(m, booking.id, search.services, slot);
          if (status === 'PENDING') {
            await this.outbox.enqueue(uow, {
              queue: QUEUES.booking,
              name: EXPIRE_PENDING_BOOKING,
              payload: { bookingId: booking.id },
              delayMs: holdMs,
              jobId: `expire:${booking.id}`,
            });
          }
          uow.emit(new BookingCreatedEvent(eventBase(booking)));
          return booking;
        }),
      );
      return {
        booking: await this.view(booking.id),
        manageToken: caller.staff ? null : this.manageTokenFor(booking.id),
      };
    } catch (error) {
      if (error instanceof SlotTakenError) {
        throw await this.conflict(
          SLOT_JUST_TAKEN,
          input.serviceIds,
          practitionerId,
          input.start,
          caller,
          now,
        );
      }
      throw error;
    }
  }

  confirm(id: string): Promise<BookingView> {
    return this.transition(id, 'CONFIRMED', (uow, b) => {
      uow.emit(new BookingConfirmedEvent(eventBase(b)));
      return { confirmedAt: new Date(), holdExpiresAt: null };
    });
  }

  cancel(id: string, reason: string | null, by: CancelledBy): Promise<BookingView> {
    return this.transition(id, 'CANCELLED', async (uow, b) => {
      await this.reservations.releaseBooking(uow.manager, b.id);
      // A paid deposit is refunded or kept by the cancellation policy, after the commit.
      await this.outbox.enqueue(uow, {
        queue: QUEUES.booking,
        name: REFUND_DEPOSIT_AFTER_CANCEL,
        payload: { bookingId: b.id },
        jobId: `refund-deposit:${b.id}`,
      });
      uow.emit(new BookingCancelledEvent(eventBase({ ...b, status: 'CANCELLED' })));
      return {
        cancelledAt: new Date(),
        cancelledBy: by,
        cancelReason: reason?.trim() || null,
        holdExpiresAt: null,
      };
    });
  }

  markNoShow(id: string, now = Date.now()): Promise<BookingView> {
    return this.transition(id, 'NO_SHOW', (uow, b) => {
      const problem = outcomeProblem('NO_SHOW', b.startsAt.getTime(), now);
      if (problem) throw new ConflictError(problem);
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
   * Moves a booking (same services, back to back) to a new start, and optionally to another
   * practitioner. Its own time does not count as busy; the exclusion constraint decides races.
   */
  async reschedule(
    id: string,
    start: Date,
    newPractitionerId: string | null,
    caller: Caller,
    now = Date.now(),
  ): Promise<BookingView> {
    const current = await this.db
      .getRepository(BookingEntity)
      .findOne({ where: { id }, relations: { items: true } });
    if (current === null) throw new NotFoundError('Rendez-vous introuvable.');
    if (!isOpen(current.status))
      throw new ConflictError(
        transitionProblem(current.status, 'CONFIRMED') ?? 'Ce rendez-vous ne peut plus être déplacé.',
      );
    const items = [...(current.items ?? [])].sort((a, b) => a.position - b.position);
    const serviceIds = items.map((i) => i.serviceId);
    const practitionerId = newPractitionerId ?? items[0]?.practitionerId ?? null;
    const search = await this.availability.findSlots(
      { serviceIds, practitionerId, from: start, to: new Date(start.getTime() + 1) },
      { staff: caller.staff, now, ignoreBookingId: id },
    );
    const slot = search.slots.find((s) => s.start === start.getTime());
    if (slot === undefined) {
      const message = await this.unavailableMessage(serviceIds, practitionerId, start, caller, now);
      throw await this.conflict(message, serviceIds, practitionerId, start, caller, now, id);
    }
    try {
      await this.tx.run(async (uow) => {
        const m = uow.manager;
        const locked = await m.findOne(BookingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (locked === null) throw new NotFoundError('Rendez-vous introuvable.');
        if (!isOpen(locked.status)) throw new ConflictError('Ce rendez-vous ne peut plus être déplacé.');
        const previous = { start: locked.startsAt, end: locked.endsAt };
        await this.reservations.releaseBooking(m, id);
        const periods = occupiedPeriods(slotItems(search.services), slot.start);
        for (const [index, item] of items.entries()) {
          const placed = slot.items[index];
          await m.update(
            BookingItemEntity,
            { id: item.id },
            {
              startsAt: new Date(placed.start),
              endsAt: new Date(placed.end),
              practitionerId: slot.practitionerId,
              cabinId: placed.cabinId,
            },
          );
          const period = periods[index];
          await this.reservations.reserve(m, [
            {
              practitionerId: slot.practitionerId,
              cabinId: placed.cabinId,
              start: new Date(period.occupied.start),
              end: new Date(period.occupied.end),
              bookingItemId: item.id,
            },
          ]);
        }
        await m.update(
          BookingEntity,
          { id },
          {
            startsAt: new Date(slot.start),
            endsAt: new Date(slot.end),
            sequence: () => 'sequence + 1',
            manageTokenExpiresAt: new Date(slot.end + MANAGE_TOKEN_DAYS_AFTER_END * 86_400_000),
          },
        );
        uow.emit(
          new BookingRescheduledEvent(
            { bookingId: id, status: locked.status, start: new Date(slot.start), end: new Date(slot.end) },
            previous,
          ),
        );
      });
    } catch (error) {
      if (error instanceof SlotTakenError) {
        throw await this.conflict(SLOT_JUST_TAKEN, serviceIds, practitionerId, start, caller, now, id);
      }
      throw error;
    }
    return this.view(id);
  }

  /** The delayed job: a pending booking whose hold has passed gives its slot back. Idempotent. */
  async expireHold(id: string, now = Date.now()): Promise<'expired' | 'kept'> {
    // A deposit already paid (its confirmation job may still be on its way) keeps the slot.
    if ((await this.payments.succeededDeposits(id)).length > 0) return 'kept';
    const outcome = await this.tx.run(async (uow) => {
      const b = await uow.manager.findOne(BookingEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        b === null ||
        b.status !== 'PENDING' ||
        b.holdExpiresAt === null ||
        b.holdExpiresAt.getTime() > now
      ) {
        return 'kept' as const;
      }
      await this.reservations.releaseBooking(uow.manager, id);
      await uow.manager.update(
        BookingEntity,
        { id },
        {
          status: 'CANCELLED',
          cancelledAt: new Date(now),
          cancelledBy: 'SYSTEM',
          cancelReason: 'Réservation non finalisée à temps.',
          holdExpiresAt: null,
        },
      );
      uow.emit(new BookingCancelledEvent({ ...eventBase(b), status: 'CANCELLED' }));
      return 'expired' as const;
    });
    return outcome;
  }

  /**
   * A deposit was paid (the `payment.succeeded` job): confirm the booking. If its hold had expired
   * but the slot is still free, take the slot again and confirm; if someone took it meanwhile, or
   * the booking was cancelled while the client paid, refund the deposit. Idempotent.
   */
  async onDepositPaid(bookingId: string, paymentId: string): Promise<'confirmed' | 'already' | 'refunded'> {
    const booking = await this.db
      .getRepository(BookingEntity)
      .findOne({ where: { id: bookingId }, relations: { items: true } });
    if (booking === null) return 'already';
    if (booking.status === 'CONFIRMED' || booking.status === 'COMPLETED' || booking.status === 'NO_SHOW')
      return 'already';
    if (booking.status === 'PENDING') {
      await this.tx.run(async (uow) => {
        const locked = await uow.manager.findOne(BookingEntity, {
          where: { id: bookingId },
          lock: { mode: 'pessimistic_write' },
        });
        if (locked?.status !== 'PENDING') return;
        await uow.manager.update(
          BookingEntity,
          { id: bookingId },
          { status: 'CONFIRMED', confirmedAt: new Date(), holdExpiresAt: null },
        );
        uow.emit(new BookingConfirmedEvent({ ...eventBase(locked), status: 'CONFIRMED' }));
      });
      return 'confirmed';
    }
    // CANCELLED: by the hold's expiry (take the slot back if free) or by someone (refund).
    if (booking.cancelledBy === 'SYSTEM' && booking.startsAt.getTime() > Date.now()) {
      try {
        const retaken = await this.tx.run(async (uow) => {
          const locked = await uow.manager.findOne(BookingEntity, {
            where: { id: bookingId },
            lock: { mode: 'pessimistic_write' },
          });
          if (locked?.status !== 'CANCELLED' || locked.cancelledBy !== 'SYSTEM') return false;
          const items = [...(booking.items ?? [])].sort((a, b) => a.position - b.position);
          await this.reservations.reserve(
            uow.manager,
            items.map((item, index) => ({
              practitionerId: item.practitionerId,
              cabinId: item.cabinId,
              start: new Date(
                item.startsAt.getTime() - (index === 0 ? item.bufferBeforeMinutes * 60_000 : 0),
              ),
              end: new Date(
                item.endsAt.getTime() + (index === items.length - 1 ? item.bufferAfterMinutes * 60_000 : 0),
              ),
              bookingItemId: item.id,
            })),
          );
          await uow.manager.update(
            BookingEntity,
            { id: bookingId },
            {
              status: 'CONFIRMED',
              confirmedAt: new Date(),
              cancelledAt: null,
              cancelledBy: null,
              cancelReason: null,
            },
          );
          uow.emit(new BookingConfirmedEvent({ ...eventBase(locked), status: 'CONFIRMED' }));
          return true;
        });
        if (retaken) return 'confirmed';
      } catch (error) {
        if (!(error instanceof SlotTakenError)) throw error;
      }
    }
    await this.refundQuietly(paymentId, 'Créneau indisponible au moment du paiement : acompte remboursé.');
    return 'refunded';
  }

  /** Gives deposits back after a cancellation when the policy says so (the `refund-deposit` job). */
  async refundDepositsAfterCancel(bookingId: string): Promise<number> {
    const booking = await this.db.getRepository(BookingEntity).findOneBy({ id: bookingId });
    if (booking?.status !== 'CANCELLED' || booking.cancelledAt === null || booking.cancelledBy === null)
      return 0;
    const settings = await this.settings.bookingSettings();
    const refund = depositRefundOnCancel({
      cancelledBy: booking.cancelledBy,
      cancelledAt: booking.cancelledAt.getTime(),
      start: booking.startsAt.getTime(),
      deadlineHours: settings.cancellationDeadlineHours,
    });
    if (!refund) return 0;
    let count = 0;
    for (const payment of await this.payments.succeededDeposits(bookingId)) {
      if (await this.refundQuietly(payment.id, 'Rendez-vous annulé : acompte remboursé.')) count += 1;
    }
    return count;
  }

  /** Refunds what is left of a payment; an already refunded one is fine (jobs may run twice). */
  private async refundQuietly(paymentId: string, reason: string): Promise<boolean> {
    try {
      await this.payments.refund({ paymentId, amountCents: null, reason, by: 'SYSTEM' });
      return true;
    } catch (error) {
      if (error instanceof PaymentNotRefundableError) return false;
      throw error;
    }
  }

  async idForToken(token: string, now = Date.now()): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM booking WHERE manage_token_hash = $1 AND manage_token_expires_at > $2',
      [manageTokenHash(token), new Date(now)],
    );
    if (rows[0] === undefined)
      throw new NotFoundError('Ce lien de gestion n’est plus valide. Contactez l’institut.');
    return rows[0].id;
  }

  async search(filter: BookingsFilter): Promise<{ items: BookingView[]; total: number }> {
    const { ids, total } = await this.repo.search(this.db.manager, filter);
    const views = new Map((await this.views(ids)).map((v) => [v.id, v]));
    return { items: ids.map((id) => views.get(id)).filter((v): v is BookingView => v !== undefined), total };
  }

  /** Bookings with their client, items and payments: a fixed number of queries for any number of bookings. */
  async views(ids: string[]): Promise<BookingView[]> {
    const bookings = await this.repo.views(this.db.manager, ids);
    const payments = await this.payments.forBookings(bookings.map((b) => b.id));
    return bookings.map((b) => Object.assign(b, { payments: payments.filter((p) => p.bookingId === b.id) }));
  }

  async view(id: string): Promise<BookingView> {
    const [booking] = await this.views([id]);
    if (booking === undefined) throw new NotFoundError('Rendez-vous introuvable.');
    return booking;
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
      const booking = await uow.manager.findOne(BookingEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (booking === null) throw new NotFoundError('Rendez-vous introuvable.');
      const problem = transitionProblem(booking.status, to);
      if (problem !== null) throw new ConflictError(problem);
      const changes = await apply(uow, booking);
      await uow.manager.update(BookingEntity, { id }, { ...changes, status: to });
    });
    return this.view(id);
  }

  private async writeItems(
    m: EntityManager,
    bookingId: string,
    services: ServiceEntity[],
    slot: Slot,
  ): Promise<void> {
    const periods = occupiedPeriods(slotItems(services), slot.start);
    for (const [index, service] of services.entries()) {
      const placed = slot.items[index];
      const item = await m.save(
        m.create(BookingItemEntity, {
          bookingId,
          position: index,
          serviceId: service.id,
          practitionerId: slot.practitionerId,
          cabinId: placed.cabinId,
          startsAt: new Date(placed.start),
          endsAt: new Date(placed.end),
          serviceName: service.name,
          durationMinutes: service.durationMinutes,
          priceCents: service.priceCents,
          vatRateBp: service.vatRateBp,
          bufferBeforeMinutes: service.bufferBeforeMinutes,
          bufferAfterMinutes: service.bufferAfterMinutes,
        }),
      );
      const period = periods[index];
      await this.reservations.reserve(m, [
        {
          practitionerId: slot.practitionerId,
          cabinId: placed.cabinId,
          start: new Date(period.occupied.start),
          end: new Date(period.occupied.end),
          bookingItemId: item.id,
        },
      ]);
    }
  }

  /**
   * The client a new booking joins, how it was found, and the contact the booking keeps: what the
   * booker typed (its messages go there, even when the client was matched by phone and name and
   * has another address on file), or nothing when staff picked an existing client.
   */
  private async bookingClient(
    m: EntityManager,
    input: CreateBookingInput,
  ): Promise<{
    client: ClientEntity;
    match: ClientMatch;
    contact: { email: string | null; phone: string | null };
  }> {
    if (input.clientId) {
      const client = await m.findOneBy(ClientEntity, { id: input.clientId });
      if (client === null) throw new NotFoundError('Client introuvable.');
      return { client, match: 'CHOSEN_BY_STAFF', contact: { email: null, phone: null } };
    }
    const typed = input.client as NonNullable<CreateBookingInput['client']>;
    const { client, match } = await this.clients.findOrCreate(m, typed);
    return {
      client,
      match,
      contact: { email: normalizeEmail(typed.email), phone: normalizePhone(typed.phone) },
    };
  }

  /** A reference is 6 characters: on the (rare) clash with an existing one, try another. */
  private async withUniqueReference<T>(work: (reference: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work(bookingReference(randomBytes));
      } catch (error) {
        if (attempt < 3 && violatedConstraint(error, 'unique') === 'uq_booking_reference') continue;
        throw error;
      }
    }
  }

  /** Why a start is not free: taken by someone (it would be offered on an empty agenda) or never offered. */
  private async unavailableMessage(
    serviceIds: string[],
    practitionerId: string | null,
    start: Date,
    caller: Caller,
    now: number,
  ): Promise<string> {
    const empty = await this.availability.findSlots(
      { serviceIds, practitionerId, from: start, to: new Date(start.getTime() + 1) },
      { staff: caller.staff, now, ignoreBusy: true },
    );
    return empty.slots.some((s) => s.start === start.getTime()) ? SLOT_GONE : SLOT_NOT_OFFERED;
  }

  /** The CONFLICT error of a refused pre-check, with the free slots its search found around the start. */
  private conflictWith(
    message: string,
    target: Date,
    search: { alternatives: Slot[]; practitioners: SlotSearchResult['practitioners'] },
  ): ConflictError {
    return new ConflictError(message, {
      alternatives: alternativesAround(search.alternatives, search.practitioners, target),
    });
  }

  /** The CONFLICT error, with the nearest free slots for the same request. */
  private async conflict(
    message: string,
    serviceIds: string[],
    practitionerId: string | null,
    target: Date,
    caller: Caller,
    now: number,
    ignoreBookingId?: string,
  ): Promise<ConflictError> {
    const day = 24 * 3600_000;
    let found: SlotSearchResult | undefined;
    try {
      found = await this.availability.findSlots(
        {
          serviceIds,
          practitionerId,
          from: new Date(Math.max(now, target.getTime() - 3 * day)),
          to: new Date(target.getTime() + 4 * day),
        },
        { staff: caller.staff, now, ignoreBookingId },
      );
    } catch {
      found = undefined;
    }
    const alternatives = alternativesAround(found?.slots ?? [], found?.practitioners ?? [], target);
    return new ConflictError(message, { alternatives });
  }
}

/** The nearest free slots to `target`, as a CONFLICT carries them. */
function alternativesAround(
  slots: Slot[],
  practitioners: SlotSearchResult['practitioners'],
  target: Date,
): Alternative[] {
  const names = new Map(practitioners.map((p) => [p.practitioner.id, p.practitioner.displayName]));
  return nearestSlots(slots, target.getTime(), ALTERNATIVES).map((s) => ({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    practitionerId: s.practitionerId,
    practitionerName: names.get(s.practitionerId) ?? '',
  }));
}
