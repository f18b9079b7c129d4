import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CabinEntity, PractitionerEntity, ServiceEntity } from '../catalog/index.js';
import { BookingSettingsEntity } from '../settings/index.js';
import { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';

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

/** The tables the slot search caches per process, and the number that says when they changed. */
@Injectable()
export class AvailabilityRepository {
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
}
