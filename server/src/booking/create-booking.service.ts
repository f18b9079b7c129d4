import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SlotTakenError, slotItems, type Slot } from '../availability/index.js';
import { depositCents, type ServiceEntity } from '../catalog/index.js';
import { ClientEntity, ClientsService, normalizeEmail, normalizePhone } from '../clients/index.js';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { BookingReservations } from './booking-reservations.service.js';
import { BookingQueryService } from './booking-query.service.js';
import type { BookingStatus, ClientMatch } from './booking.entities.js';
import { BookingRepository } from './booking.repository.js';
import { bookingReference, manageTokenHash } from './domain/booking-codes.js';
import { asSeenByOnlineBooker, toBookingType, type BookingView } from './dto/booking.mappers.js';
import type { CreateBookingInput } from './dto/booking.inputs.js';
import type { CreateBookingPayload } from './dto/booking.types.js';
import { BookingCreatedEvent, eventBase } from './events/booking.events.js';
import { EXPIRE_PENDING_BOOKING } from './jobs/job-names.js';
import { ManageTokenService } from './manage-token.service.js';
import { SlotRefusalService, type Caller, type SlotRequest } from './slot-refusal.service.js';

export interface CreatedBooking {
  booking: BookingView;
  manageToken: string | null;
}

/** Booking a slot: online (contact details, maybe a deposit to pay) or by staff. */
@Injectable()
export class CreateBookingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly refusals: SlotRefusalService,
    private readonly reservations: BookingReservations,
    private readonly clients: ClientsService,
    private readonly outbox: OutboxService,
    private readonly repo: BookingRepository,
    private readonly queries: BookingQueryService,
    private readonly tokens: ManageTokenService,
  ) {}

  /**
   * The `createBooking` answer. An online caller sees back what they typed, never what the institute
   * has on file for a client matched by e-mail, nor whether a client with that phone and name exists.
   */
  async createBooking(input: CreateBookingInput, caller: Caller): Promise<CreateBookingPayload> {
    const created = await this.create(input, caller);
    const booking = toBookingType(created.booking);
    return {
      booking: !caller.staff && input.client ? asSeenByOnlineBooker(booking, input.client) : booking,
      manageToken: created.manageToken,
    };
  }

  /**
   * Re-checks the start with the slot search (online rules apply to online callers), then in one
   * transaction: the client, the booking, its items and their reservations (the exclusion constraint
   * decides races), the hold-expiry job of a PENDING booking, and `booking.created`.
   */
  async create(input: CreateBookingInput, caller: Caller, now = Date.now()): Promise<CreatedBooking> {
    if (!caller.staff && input.clientId)
      throw new ForbiddenError('Seule l’équipe peut réserver pour un client existant.');
    if (!input.clientId && !input.client) {
      throw new BadUserInputError('Indiquez vos coordonnées.', [
        { field: 'input.client', message: 'Indiquez vos coordonnées.' },
      ]);
    }
    const request: SlotRequest = {
      serviceIds: input.serviceIds,
      practitionerId: input.practitionerId ?? null,
      start: input.start,
      caller,
    };
    const search = await this.refusals.check(request, now);
    if (search.slot === undefined) throw this.refusals.notFree(search, input.start);
    const slot = search.slot;

    const settings = search.settings;
    const deposit = search.services.reduce((sum, s) => sum + depositCents(s.priceCents, s), 0);
    const status: BookingStatus = caller.staff || deposit === 0 ? 'CONFIRMED' : 'PENDING';
    const holdMs = settings.pendingHoldMinutes * 60_000;
    try {
      const booking = await this.withUniqueReference((reference) =>
        this.tx.run(async (uow) => {
          const m = uow.manager;
          const { client, match, contact } = await this.bookingClient(m, input);
          const booking = await this.repo.insert(m, {
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
            manageTokenExpiresAt: this.tokens.expiresAt(slot.end),
          });
          await this.repo.update(m, booking.id, {
            manageTokenHash: manageTokenHash(this.tokens.tokenFor(booking.id)),
          });
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
        booking: await this.queries.view(booking.id),
        manageToken: caller.staff ? null : this.tokens.tokenFor(booking.id),
      };
    } catch (error) {
      if (error instanceof SlotTakenError) throw await this.refusals.justTaken(request, now);
      throw error;
    }
  }

  /** The items with their snapshots (name, duration, price, VAT, buffers), then their reservations. */
  private async writeItems(
    m: EntityManager,
    bookingId: string,
    services: ServiceEntity[],
    slot: Slot,
  ): Promise<void> {
    const placed = [];
    for (const [index, service] of services.entries()) {
      const at = slot.items[index];
      const item = await this.repo.insertItem(m, {
        bookingId,
        position: index,
        serviceId: service.id,
        practitionerId: slot.practitionerId,
        cabinId: at.cabinId,
        startsAt: new Date(at.start),
        endsAt: new Date(at.end),
        serviceName: service.name,
        durationMinutes: service.durationMinutes,
        priceCents: service.priceCents,
        vatRateBp: service.vatRateBp,
        bufferBeforeMinutes: service.bufferBeforeMinutes,
        bufferAfterMinutes: service.bufferAfterMinutes,
      });
      placed.push({ bookingItemId: item.id, practitionerId: slot.practitionerId, cabinId: at.cabinId });
    }
    await this.reservations.reserve(m, slotItems(services), slot.start, placed);
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
}
