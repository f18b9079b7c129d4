import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { CabinEntity, PractitionerEntity, ServiceEntity } from '../catalog/index.js';
import { BookingSettingsEntity } from '../settings/index.js';
import {
  AvailabilityExceptionEntity,
  BlockedSlotEntity,
  WorkingHoursEntity,
} from './availability.entities.js';

/** What the slot search reads besides busy time: settings, active catalogue, hours and exceptions. */
export interface AvailabilityTables {
  settings: BookingSettingsEntity;
  /** Active services, by position then name (as the catalogue lists them). */
  services: ServiceEntity[];
  /** Active practitioners, by position then display name. */
  practitioners: PractitionerEntity[];
  links: { practitioner_id: string; service_id: string }[];
  /** Active cabins with their type, by name. */
  cabins: CabinEntity[];
  workingHours: WorkingHoursEntity[];
  exceptions: AvailabilityExceptionEntity[];
}

/** A weekly rule as `replaceRules` writes it (its practitioner is the one replaced). */
export type NewWorkingHoursRow = Pick<WorkingHoursEntity, 'weekday' | 'startMinute' | 'endMinute'>;

/** A dated exception as `insertExceptions` writes it. */
export type NewExceptionRow = Pick<
  AvailabilityExceptionEntity,
  'practitionerId' | 'date' | 'kind' | 'startMinute' | 'endMinute' | 'reason'
>;

/**
 * The availability module's reads and writes besides busy time (`ReservationRepository`): the tables the
 * slot search caches per process and the number that says when they changed, weekly hours, dated
 * exceptions and blocked slots. Writes take the caller's `EntityManager` (its transaction).
 */
@Injectable()
export class AvailabilityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The current `availability_version`: triggers move it in the transaction of any write to the tables
   * of `AvailabilityTables` (whoever writes), so an unchanged number means an unchanged copy.
   */
  async version(m: EntityManager): Promise<string> {
    const rows: { version: string }[] = await m.query(
      'SELECT version::text AS version FROM availability_version WHERE id = 1',
    );
    return rows[0]?.version ?? '0';
  }

  async tables(m: EntityManager): Promise<AvailabilityTables> {
    const [settings, services, practitioners, links, cabins, workingHours, exceptions] = await Promise.all([
      m.findOneByOrFail(BookingSettingsEntity, { id: 1 }),
      m.find(ServiceEntity, { where: { active: true }, order: { position: 'ASC', name: 'ASC' } }),
      m.find(PractitionerEntity, { where: { active: true }, order: { position: 'ASC', displayName: 'ASC' } }),
      m.query<{ practitioner_id: string; service_id: string }[]>(
        'SELECT practitioner_id, service_id FROM practitioner_service',
      ),
      m.find(CabinEntity, {
        where: { active: true },
        relations: { cabinType: true },
        order: { name: 'ASC' },
      }),
      m.find(WorkingHoursEntity),
      m.find(AvailabilityExceptionEntity),
    ]);
    return { settings, services, practitioners, links, cabins, workingHours, exceptions };
  }

  /** A practitioner's weekly rules, by weekday then start. */
  rules(practitionerId: string): Promise<WorkingHoursEntity[]> {
    return this.db.getRepository(WorkingHoursEntity).find({
      where: { practitionerId },
      order: { weekday: 'ASC', startMinute: 'ASC' },
    });
  }

  /** These practitioners' weekly rules. */
  rulesOf(m: EntityManager, practitionerIds: string[]): Promise<WorkingHoursEntity[]> {
    return m.find(WorkingHoursEntity, { where: { practitionerId: In(practitionerIds) } });
  }

  /** Replaces a practitioner's weekly rules. */
  async replaceRules(m: EntityManager, practitionerId: string, rules: NewWorkingHoursRow[]): Promise<void> {
    await m.delete(WorkingHoursEntity, { practitionerId });
    if (rules.length > 0) {
      await m.insert(
        WorkingHoursEntity,
        rules.map((r) => ({ practitionerId, ...r })),
      );
    }
  }

  /** A practitioner, locked until the caller's transaction ends; null if there is none. */
  lockedPractitioner(m: EntityManager, id: string): Promise<PractitionerEntity | null> {
    return m.findOne(PractitionerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  practitionerExists(m: EntityManager, id: string): Promise<boolean> {
    return m.existsBy(PractitionerEntity, { id });
  }

  cabinExists(m: EntityManager, id: string): Promise<boolean> {
    return m.existsBy(CabinEntity, { id });
  }

  /** Every exception dated within [from, to] (ISO dates), by date, all-day ones first. */
  exceptionsBetween(from: string, to: string): Promise<AvailabilityExceptionEntity[]> {
    return this.db
      .getRepository(AvailabilityExceptionEntity)
      .createQueryBuilder('e')
      .where('e.date BETWEEN :from AND :to', { from, to })
      .orderBy('e.date')
      .addOrderBy('e.start_minute', 'ASC', 'NULLS FIRST')
      .getMany();
  }

  /** The exceptions within [fromDate, toDate] of the institute or of these practitioners. */
  exceptionsOf(
    m: EntityManager,
    practitionerIds: string[],
    fromDate: string,
    toDate: string,
  ): Promise<AvailabilityExceptionEntity[]> {
    return m
      .getRepository(AvailabilityExceptionEntity)
      .createQueryBuilder('e')
      .where('e.date BETWEEN :fromDate AND :toDate', { fromDate, toDate })
      .andWhere('(e.practitioner_id IS NULL OR e.practitioner_id IN (:...ids))', { ids: practitionerIds })
      .getMany();
  }

  /** The all-day closures within [from, to] of the institute (`practitionerId` null) or one practitioner, by date. */
  allDayClosures(
    m: EntityManager,
    practitionerId: string | null,
    from: string,
    to: string,
  ): Promise<AvailabilityExceptionEntity[]> {
    return m
      .createQueryBuilder(AvailabilityExceptionEntity, 'e')
      .where('e.date BETWEEN :from AND :to', { from, to })
      .andWhere("e.kind = 'CLOSED' AND e.start_minute IS NULL")
      .andWhere(
        practitionerId === null ? 'e.practitioner_id IS NULL' : 'e.practitioner_id = :practitionerId',
        {
          practitionerId,
        },
      )
      .orderBy('e.date')
      .getMany();
  }

  exception(m: EntityManager, id: string): Promise<AvailabilityExceptionEntity | null> {
    return m.findOneBy(AvailabilityExceptionEntity, { id });
  }

  /** Inserts or updates an exception (by id) and returns it. */
  saveException(
    m: EntityManager,
    row: DeepPartial<AvailabilityExceptionEntity>,
  ): Promise<AvailabilityExceptionEntity> {
    return m.save(AvailabilityExceptionEntity, row);
  }

  async insertExceptions(m: EntityManager, rows: NewExceptionRow[]): Promise<void> {
    await m.insert(AvailabilityExceptionEntity, rows);
  }

  /** Deletes an exception; false if there was none. */
  async deleteException(id: string): Promise<boolean> {
    const result = await this.db.getRepository(AvailabilityExceptionEntity).delete({ id });
    return Boolean(result.affected);
  }

  /** Inserts a blocked slot and returns it (with its generated id). */
  insertBlock(m: EntityManager, row: DeepPartial<BlockedSlotEntity>): Promise<BlockedSlotEntity> {
    return m.save(m.create(BlockedSlotEntity, row));
  }

  /** A blocked slot, locked until the caller's transaction ends; null if there is none. */
  lockedBlock(m: EntityManager, id: string): Promise<BlockedSlotEntity | null> {
    return m.findOne(BlockedSlotEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Deletes a blocked slot; its reservation goes with it (cascade). */
  async deleteBlock(m: EntityManager, id: string): Promise<void> {
    await m.delete(BlockedSlotEntity, { id });
  }

  /** The blocked slots overlapping [start, end), by start. */
  blocksBetween(start: Date, end: Date): Promise<BlockedSlotEntity[]> {
    return this.db
      .getRepository(BlockedSlotEntity)
      .createQueryBuilder('b')
      .where('tstzrange(b.starts_at, b.ends_at) && tstzrange(:start, :end)', { start, end })
      .orderBy('b.starts_at')
      .getMany();
  }
}
