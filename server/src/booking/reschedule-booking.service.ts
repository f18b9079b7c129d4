import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SlotTakenError, slotItems } from '../availability/index.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingReservations } from './booking-reservations.service.js';
import { BookingRepository } from './booking.repository.js';
import { isOpen, transitionProblem } from './domain/booking-status.js';
import type { BookingView } from './dto/booking.mappers.js';
import { BookingRescheduledEvent } from './events/booking.events.js';
import { ManageTokenService } from './manage-token.service.js';
import { SlotRefusalService, type Caller, type SlotRequest } from './slot-refusal.service.js';

/** Moving a booking: staff from the agenda, the client from the manage link. */
@Injectable()
export class RescheduleBookingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly refusals: SlotRefusalService,
    private readonly reservations: BookingReservations,
    private readonly repo: BookingRepository,
    private readonly queries: BookingQueryService,
    private readonly tokens: ManageTokenService,
  ) {}

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
    const current = await this.repo.findWithItems(this.db.manager, id);
    if (current === null) throw new NotFoundError('Rendez-vous introuvable.');
    if (!isOpen(current.status))
      throw new ConflictError(
        transitionProblem(current.status, 'CONFIRMED') ?? 'Ce rendez-vous ne peut plus être déplacé.',
      );
    const items = [...(current.items ?? [])].sort((a, b) => a.position - b.position);
    const request: SlotRequest = {
      serviceIds: items.map((i) => i.serviceId),
      practitionerId: newPractitionerId ?? items[0]?.practitionerId ?? null,
      start,
      caller,
      ignoreBookingId: id,
    };
    const search = await this.refusals.check(request, now);
    if (search.slot === undefined) throw this.refusals.notFree(search, start);
    const slot = search.slot;
    try {
      await this.tx.run(async (uow) => {
        const m = uow.manager;
        const locked = await this.repo.lock(m, id);
        if (locked === null) throw new NotFoundError('Rendez-vous introuvable.');
        if (!isOpen(locked.status)) throw new ConflictError('Ce rendez-vous ne peut plus être déplacé.');
        const previous = { start: locked.startsAt, end: locked.endsAt };
        await this.reservations.release(m, id);
        for (const [index, item] of items.entries()) {
          const placed = slot.items[index];
          await this.repo.updateItem(m, item.id, {
            startsAt: new Date(placed.start),
            endsAt: new Date(placed.end),
            practitionerId: slot.practitionerId,
            cabinId: placed.cabinId,
          });
        }
        await this.reservations.reserve(
          m,
          slotItems(search.services),
          slot.start,
          items.map((item, index) => ({
            bookingItemId: item.id,
            practitionerId: slot.practitionerId,
            cabinId: slot.items[index].cabinId,
          })),
        );
        await this.repo.update(m, id, {
          startsAt: new Date(slot.start),
          endsAt: new Date(slot.end),
          sequence: () => 'sequence + 1',
          manageTokenExpiresAt: this.tokens.expiresAt(slot.end),
        });
        uow.emit(
          new BookingRescheduledEvent(
            { bookingId: id, status: locked.status, start: new Date(slot.start), end: new Date(slot.end) },
            previous,
          ),
        );
      });
    } catch (error) {
      if (error instanceof SlotTakenError) throw await this.refusals.justTaken(request, now);
      throw error;
    }
    return this.queries.view(id);
  }
}
