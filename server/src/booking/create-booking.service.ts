import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SlotTakenError, slotItems, type Slot, type StartCheck } from '../availability/index.js';
import { UserEntity } from '../auth/index.js';
import { ServiceCategoryEntity, depositCents, type ServiceEntity } from '../catalog/index.js';
import { ClientEntity, ClientsService, normalizeEmail, normalizePhone } from '../clients/index.js';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService } from '../outbox/index.js';
import { BookingReservations } from './booking-reservations.service.js';
import { BookingQueryService } from './booking-query.service.js';
import { AgendaPublisher } from './agenda.publisher.js';
import {
  BookingEntity,
  BookingItemEntity,
  type BookingStatus,
  type ClientMatch,
} from './booking.entities.js';
import { BookingRepository, type NewBookingItemRow, type NewBookingResult } from './booking.repository.js';
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
    private readonly agenda: AgendaPublisher,
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
      const created = await this.withUniqueReference((reference) =>
        this.tx.run(async (uow) => {
          const m = uow.manager;
          const { client, match, contact } = await this.bookingClient(m, input);
          const id = randomUUID();
          const items = newItems(search.services, slot);
          // The booking, its items and their reservations in one statement (the exclusion constraints
          // decide races); the manage token is derived from the id, so its hash goes in with the row.
          const stored = await this.reservations.reserveAlong<NewBookingResult>(
            m,
            this.repo.newBookingStatement(
              m,
              {
                id,
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
                manageTokenHash: manageTokenHash(this.tokens.tokenFor(id)),
                manageTokenExpiresAt: this.tokens.expiresAt(slot.end),
              },
              items,
            ),
            slotItems(search.services),
            slot.start,
            items.map((i) => ({ bookingItemId: i.id, practitionerId: i.practitionerId, cabinId: i.cabinId })),
          );
          if (status === 'PENDING') {
            await this.outbox.enqueue(uow, {
              queue: QUEUES.booking,
              name: EXPIRE_PENDING_BOOKING,
              payload: { bookingId: id },
              delayMs: holdMs,
              jobId: `expire:${id}`,
            });
          }
          const view = createdView(stored, client, items, search);
          uow.emit(new BookingCreatedEvent(eventBase(stored)));
          if (view !== null) uow.onCommit(() => this.agenda.created(view));
          else uow.onCommit(() => this.agenda.createdById(id, eventBase(stored)));
          return { id, view };
        }),
      );
      return {
        // Built from what the transaction wrote and the search's catalogue: no reload.
        booking: created.view ?? (await this.queries.view(created.id)),
        manageToken: caller.staff ? null : this.tokens.tokenFor(created.id),
      };
    } catch (error) {
      if (error instanceof SlotTakenError) throw await this.refusals.justTaken(request, now);
      throw error;
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
}

/** The items of a new booking, in order, with their ids and snapshots (name, duration, price, VAT, buffers). */
function newItems(services: readonly ServiceEntity[], slot: Slot): NewBookingItemRow[] {
  return services.map((service, index) => ({
    id: randomUUID(),
    position: index,
    serviceId: service.id,
    practitionerId: slot.practitionerId,
    cabinId: slot.items[index].cabinId,
    startsAt: new Date(slot.items[index].start),
    endsAt: new Date(slot.items[index].end),
    serviceName: service.name,
    durationMinutes: service.durationMinutes,
    priceCents: service.priceCents,
    vatRateBp: service.vatRateBp,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
  }));
}

/**
 * The new booking as `BookingQueryService.view` would read it back, from the row the statement returned,
 * the client, the items written and the catalogue the search used (checked against the database's
 * version in this request); no payment exists yet. Null when something is missing (then the caller reloads).
 */
function createdView(
  stored: NewBookingResult,
  client: ClientEntity,
  items: readonly NewBookingItemRow[],
  search: StartCheck,
): BookingView | null {
  const { creatorFirstName, creatorLastName, categoryColors, ...row } = stored;
  const viewItems: BookingItemEntity[] = [];
  for (const [index, item] of items.entries()) {
    const service = search.services.find((s) => s.id === item.serviceId);
    const practitioner = search.practitioners.find((p) => p.practitioner.id === item.practitionerId);
    const cabin = item.cabinId === null ? null : search.cabins.find((c) => c.id === item.cabinId);
    const color = categoryColors[index];
    if (service === undefined || practitioner === undefined || cabin === undefined || color === undefined)
      return null;
    viewItems.push(
      Object.assign(new BookingItemEntity(), item, {
        bookingId: row.id,
        // A copy: the cached catalogue entity is shared and must not change.
        service: {
          ...service,
          category: Object.assign(new ServiceCategoryEntity(), { id: service.categoryId, color }),
        },
        practitioner: practitioner.practitioner,
        cabin,
      }),
    );
  }
  const creator =
    row.createdBy === null || creatorFirstName === null
      ? null
      : Object.assign(new UserEntity(), {
          id: row.createdBy,
          firstName: creatorFirstName,
          lastName: creatorLastName,
        });
  return Object.assign(new BookingEntity(), row, { client, items: viewItems, creator, payments: [] });
}
