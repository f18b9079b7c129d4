import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth/roles.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import type { BlockedSlotEntity } from './availability.entities.js';
import { AvailabilityRepository } from './availability.repository.js';
import type { BlockSlotInput } from './dto/availability.types.js';
import { SlotBlockedEvent, SlotUnblockedEvent, type BlockSnapshot } from './events/slot-block.events.js';
import { ReservationRepository, SlotTakenError } from './reservation.repository.js';

const MAX_BLOCK_MS = 31 * 24 * 3600 * 1000;

export function toBlockSnapshot(b: BlockedSlotEntity): BlockSnapshot {
  return {
    id: b.id,
    practitionerId: b.practitionerId,
    cabinId: b.cabinId,
    start: b.startsAt,
    end: b.endsAt,
    reason: b.reason,
  };
}

/** Staff take time out of the agenda; a block reserves its time exactly like a booking does. */
@Injectable()
export class BlockedSlotsService {
  constructor(
    private readonly repository: AvailabilityRepository,
    private readonly tx: TransactionRunner,
    private readonly reservations: ReservationRepository,
  ) {}

  async block(input: BlockSlotInput, by: AuthUser): Promise<BlockedSlotEntity> {
    if (!input.practitionerId && !input.cabinId) {
      const message = 'Choisissez un praticien ou une cabine à bloquer.';
      throw new BadUserInputError(message, [
        { field: 'input.practitionerId', message },
        { field: 'input.cabinId', message },
      ]);
    }
    if (input.end.getTime() <= input.start.getTime()) {
      // The pair is inconsistent: either field may be the wrong one.
      const message = 'La fin du blocage doit être après son début.';
      throw new BadUserInputError(message, [
        { field: 'input.start', message },
        { field: 'input.end', message },
      ]);
    }
    if (input.end.getTime() - input.start.getTime() > MAX_BLOCK_MS) {
      const message = 'Un blocage ne peut pas dépasser 31 jours : utilisez une fermeture exceptionnelle.';
      throw new BadUserInputError(message, [
        { field: 'input.start', message },
        { field: 'input.end', message },
      ]);
    }
    try {
      return await this.tx.run(async (uow) => {
        const m = uow.manager;
        if (input.practitionerId && !(await this.repository.practitionerExists(m, input.practitionerId))) {
          throw new NotFoundError('Praticien introuvable.');
        }
        if (input.cabinId && !(await this.repository.cabinExists(m, input.cabinId))) {
          throw new NotFoundError('Cabine introuvable.');
        }
        const block = await this.repository.insertBlock(m, {
          practitionerId: input.practitionerId ?? null,
          cabinId: input.cabinId ?? null,
          startsAt: input.start,
          endsAt: input.end,
          reason: input.reason?.trim() || null,
          createdBy: by.id,
        });
        await this.reservations.reserve(m, [
          {
            practitionerId: block.practitionerId,
            cabinId: block.cabinId,
            start: block.startsAt,
            end: block.endsAt,
            blockedSlotId: block.id,
          },
        ]);
        uow.emit(new SlotBlockedEvent(toBlockSnapshot(block)));
        return block;
      });
    } catch (error) {
      if (error instanceof SlotTakenError) {
        throw new ConflictError(
          error.resource === 'cabin'
            ? 'Cette cabine est déjà occupée sur ce créneau (rendez-vous ou blocage).'
            : 'Ce praticien a déjà un rendez-vous ou un blocage sur ce créneau.',
        );
      }
      throw error;
    }
  }

  async unblock(id: string): Promise<BlockedSlotEntity> {
    return this.tx.run(async (uow) => {
      const block = await this.repository.lockedBlock(uow.manager, id);
      if (block === null) throw new NotFoundError('Ce blocage n’existe plus.');
      await this.repository.deleteBlock(uow.manager, id); // its reservation goes with it (cascade)
      uow.emit(new SlotUnblockedEvent(toBlockSnapshot(block)));
      return block;
    });
  }

  between(start: Date, end: Date): Promise<BlockedSlotEntity[]> {
    return this.repository.blocksBetween(start, end);
  }
}
