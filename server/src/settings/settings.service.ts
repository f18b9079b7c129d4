import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError, type FieldProblem } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import type { AuthUser } from '../common/auth/roles.js';
import {
  isValidFrenchVatNumber,
  isValidSiret,
  normaliseSiret,
  normaliseVatNumber,
  sirenOf,
} from './domain/identifiers.js';
import type { UpdateInstituteInput } from './dto/institute.types.js';
import { InstituteUpdatedEvent } from './events/institute-updated.event.js';
import { BookingSettingsEntity } from './booking-settings.entity.js';
import type { UpdateBookingSettingsInput } from './dto/booking-settings.types.js';
import { InstituteEntity } from './institute.entity.js';

@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async institute(): Promise<InstituteEntity> {
    const institute = await this.db.getRepository(InstituteEntity).findOneBy({ id: 1 });
    if (institute === null) throw new NotFoundError("L'institut n'est pas encore configuré.");
    return institute;
  }

  async updateInstitute(input: UpdateInstituteInput, by: AuthUser): Promise<InstituteEntity> {
    return this.tx.run(async (uow) => {
      const current = await uow.manager.findOne(InstituteEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      if (current === null) throw new NotFoundError("L'institut n'est pas encore configuré.");
      const changes: Partial<InstituteEntity> = {};
      for (const [key, value] of Object.entries(input) as [keyof UpdateInstituteInput, unknown][]) {
        if (value !== undefined)
          (changes as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
      }
      if (changes.siret !== undefined) changes.siret = normaliseSiret(changes.siret);
      if (typeof changes.vatNumber === 'string')
        changes.vatNumber = normaliseVatNumber(changes.vatNumber) || null;
      const next = { ...current, ...changes };
      const problems: FieldProblem[] = [];
      if (!isValidSiret(next.siret)) {
        problems.push({
          field: 'input.siret',
          message: 'Le numéro SIRET est invalide (14 chiffres, clé de contrôle).',
        });
      }
      if (next.vatNumber !== null && !isValidFrenchVatNumber(next.vatNumber, sirenOf(next.siret))) {
        problems.push({
          field: 'input.vatNumber',
          message: 'Le numéro de TVA intracommunautaire est invalide ou ne correspond pas au SIRET.',
        });
      }
      const [first, ...others] = problems;
      if (first !== undefined) {
        throw new BadUserInputError(problems.map((p) => p.message).join(' '), [first, ...others]);
      }
      const saved = await uow.manager.save(InstituteEntity, next);
      uow.emit(new InstituteUpdatedEvent(by.id, Object.keys(changes)));
      return saved;
    });
  }

  /** The booking policy (the row is created by the migration). */
  async bookingSettings(): Promise<BookingSettingsEntity> {
    return this.db.getRepository(BookingSettingsEntity).findOneByOrFail({ id: 1 });
  }

  async updateBookingSettings(input: UpdateBookingSettingsInput): Promise<BookingSettingsEntity> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await this.db.getRepository(BookingSettingsEntity).update({ id: 1 }, changes);
    return this.bookingSettings();
  }
}
