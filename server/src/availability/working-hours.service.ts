import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isIsoDate, wallTimeToMinutes } from '../common/time.js';
import type { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';
import { AvailabilityRepository } from './availability.repository.js';
import { closureDates } from './domain/closure-range.js';
import { validateWeeklyRules } from './domain/working-hours.js';
import type {
  CreateClosuresInput,
  SetWorkingHoursInput,
  UpsertAvailabilityExceptionInput,
} from './dto/availability.types.js';

/** Weekly hours per practitioner and dated exceptions (admin). */
@Injectable()
export class WorkingHoursService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: AvailabilityRepository,
  ) {}

  rules(practitionerId: string): Promise<WorkingHoursEntity[]> {
    return this.repository.rules(practitionerId);
  }

  async setRules(input: SetWorkingHoursInput): Promise<WorkingHoursEntity[]> {
    const [first, ...others] = validateWeeklyRules(input.rules).map((message) => ({
      field: 'input.rules',
      message,
    }));
    if (first !== undefined) {
      throw new BadUserInputError([first, ...others].map((p) => p.message).join(' '), [first, ...others]);
    }
    await this.db.transaction(async (m) => {
      const practitioner = await this.repository.lockedPractitioner(m, input.practitionerId);
      if (practitioner === null) throw new NotFoundError('Praticien introuvable.');
      await this.repository.replaceRules(
        m,
        input.practitionerId,
        input.rules.map((r) => ({
          weekday: r.weekday,
          startMinute: wallTimeToMinutes(r.start),
          endMinute: wallTimeToMinutes(r.end),
        })),
      );
    });
    return this.rules(input.practitionerId);
  }

  exceptions(from: string, to: string): Promise<AvailabilityExceptionEntity[]> {
    return this.repository.exceptionsBetween(from, to);
  }

  async upsertException(input: UpsertAvailabilityExceptionInput): Promise<AvailabilityExceptionEntity> {
    if (!isIsoDate(input.date)) {
      throw new BadUserInputError('Date invalide : utilisez le format AAAA-MM-JJ.', 'input.date');
    }
    const start = input.start ?? null;
    const end = input.end ?? null;
    if ((start === null) !== (end === null)) {
      const message = 'Indiquez l’heure de début et l’heure de fin, ou aucune des deux.';
      throw new BadUserInputError(message, [
        { field: start === null ? 'input.start' : 'input.end', message },
      ]);
    }
    if (input.kind === 'OPEN' && start === null) {
      const message = 'Une ouverture exceptionnelle a besoin d’une heure de début et de fin.';
      throw new BadUserInputError(message, [
        { field: 'input.start', message },
        { field: 'input.end', message },
      ]);
    }
    if (start !== null && end !== null && wallTimeToMinutes(end) <= wallTimeToMinutes(start)) {
      const message = 'L’heure de fin doit être après l’heure de début.';
      throw new BadUserInputError(message, [
        { field: 'input.start', message },
        { field: 'input.end', message },
      ]);
    }
    return this.db.transaction(async (m) => {
      if (input.practitionerId && !(await this.repository.practitionerExists(m, input.practitionerId))) {
        throw new NotFoundError('Praticien introuvable.');
      }
      const current = input.id ? await this.repository.exception(m, input.id) : null;
      if (input.id && current === null) throw new NotFoundError('Exception introuvable.');
      return this.repository.saveException(m, {
        ...current,
        practitionerId: input.practitionerId ?? null,
        date: input.date,
        kind: input.kind,
        startMinute: start === null ? null : wallTimeToMinutes(start),
        endMinute: end === null ? null : wallTimeToMinutes(end),
        reason: input.reason?.trim() || null,
      });
    });
  }

  /**
   * One all-day CLOSED exception per date of the range, for the institute or one practitioner, in one
   * transaction. Dates already closed all day for the same scope are left as they are. Returns the range's
   * all-day closures of that scope, in date order.
   */
  async createClosures(input: CreateClosuresInput): Promise<AvailabilityExceptionEntity[]> {
    const { dates, problems } = closureDates(input.from, input.to);
    const [first, ...others] = problems.map((p) => ({ field: `input.${p.field}`, message: p.message }));
    if (first !== undefined) {
      throw new BadUserInputError([first, ...others].map((p) => p.message).join(' '), [first, ...others]);
    }
    const practitionerId = input.practitionerId ?? null;
    return this.db.transaction(async (m) => {
      if (practitionerId !== null && !(await this.repository.practitionerExists(m, practitionerId))) {
        throw new NotFoundError('Praticien introuvable.');
      }
      const scoped = () => this.repository.allDayClosures(m, practitionerId, input.from, input.to);
      const closed = new Set((await scoped()).map((e) => e.date));
      const reason = input.reason?.trim() || null;
      const missing = dates.filter((date) => !closed.has(date));
      if (missing.length > 0) {
        await this.repository.insertExceptions(
          m,
          missing.map((date) => ({
            practitionerId,
            date,
            kind: 'CLOSED' as const,
            startMinute: null,
            endMinute: null,
            reason,
          })),
        );
      }
      return scoped();
    });
  }

  async deleteException(id: string): Promise<boolean> {
    if (!(await this.repository.deleteException(id))) throw new NotFoundError('Exception introuvable.');
    return true;
  }
}
