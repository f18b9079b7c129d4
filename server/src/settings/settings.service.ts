import { Injectable } from '@nestjs/common';
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
import type { BookingSettingsEntity } from './booking-settings.entity.js';
import type { UpdateBookingSettingsInput } from './dto/booking-settings.types.js';
import type { InstituteEntity } from './institute.entity.js';
import { SettingsRepository } from './settings.repository.js';

@Injectable()
export class SettingsService {
  constructor(
    private readonly repository: SettingsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async institute(): Promise<InstituteEntity> {
    const institute = await this.repository.institute();
    if (institute === null) throw new NotFoundError("L'institut n'est pas encore configuré.");
    return institute;
  }

  async updateInstitute(input: UpdateInstituteInput, by: AuthUser): Promise<InstituteEntity> {
    return this.tx.run(async (uow) => {
      const current = await this.repository.lockedInstitute(uow.manager);
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
      const saved = await this.repository.saveInstitute(uow.manager, next);
      uow.emit(new InstituteUpdatedEvent(by.id, Object.keys(changes)));
      return saved;
    });
  }

  /** The booking policy (the row is created by the migration). */
  async bookingSettings(): Promise<BookingSettingsEntity> {
    return this.repository.bookingSettings();
  }

  async updateBookingSettings(input: UpdateBookingSettingsInput): Promise<BookingSettingsEntity> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await this.repository.updateBookingSettings(changes);
    return this.bookingSettings();
  }
}
