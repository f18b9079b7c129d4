import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import {
  CabinEntity,
  CabinTypeEntity,
  PractitionerEntity,
  ServiceCategoryEntity,
  ServiceEntity,
} from './catalog.entities.js';

/** Which services a read returns. */
export interface ServiceFilter {
  ids?: string[];
  /** Inactive services too. */
  inactive: boolean;
  /** Services not bookable online too. */
  offline: boolean;
}

/** The catalogue's entities a row can be looked up for by id. */
export type CatalogEntity =
  CabinEntity | CabinTypeEntity | PractitionerEntity | ServiceCategoryEntity | ServiceEntity;

/**
 * The catalogue's reads and writes: every query on `service_category`, `service`, `practitioner`,
 * `practitioner_service`, `cabin_type` and `cabin` goes through here. Writes take the caller's
 * `EntityManager` (its transaction).
 */
@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Categories by position then name, the inactive ones too if asked. */
  categories(inactive: boolean, m: EntityManager = this.db.manager): Promise<ServiceCategoryEntity[]> {
    return m.find(ServiceCategoryEntity, {
      where: inactive ? {} : { active: true },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  /** Services by position then name. */
  services(filter: ServiceFilter, m: EntityManager = this.db.manager): Promise<ServiceEntity[]> {
    return m.find(ServiceEntity, {
      where: {
        ...(filter.ids ? { id: In(filter.ids) } : {}),
        ...(filter.inactive ? {} : { active: true }),
        ...(filter.offline ? {} : { onlineBookable: true }),
      },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  /** A category's services, by position. */
  servicesOf(m: EntityManager, categoryId: string): Promise<ServiceEntity[]> {
    return m.find(ServiceEntity, { where: { categoryId }, order: { position: 'ASC' } });
  }

  /** The ids of a category's services. */
  async serviceIdsOf(m: EntityManager, categoryId: string): Promise<string[]> {
    const rows = await m.find(ServiceEntity, { where: { categoryId }, select: { id: true } });
    return rows.map((s) => s.id);
  }

  /** Practitioners by position then display name, the inactive ones too if asked. */
  practitioners(inactive: boolean): Promise<PractitionerEntity[]> {
    return this.db.getRepository(PractitionerEntity).find({
      where: inactive ? {} : { active: true },
      order: { position: 'ASC', displayName: 'ASC' },
    });
  }

  /** Which practitioner performs which service: every link. */
  async practitionerServices(): Promise<{ practitionerId: string; serviceId: string }[]> {
    const links: { practitioner_id: string; service_id: string }[] = await this.db.query(
      'SELECT practitioner_id, service_id FROM practitioner_service',
    );
    return links.map((l) => ({ practitionerId: l.practitioner_id, serviceId: l.service_id }));
  }

  /** The services a practitioner performs. */
  async serviceIdsPerformedBy(m: EntityManager, practitionerId: string): Promise<string[]> {
    const links: { service_id: string }[] = await m.query(
      'SELECT service_id FROM practitioner_service WHERE practitioner_id = $1',
      [practitionerId],
    );
    return links.map((l) => l.service_id);
  }

  /** Replaces the services a practitioner performs. */
  async setServicesPerformedBy(
    m: EntityManager,
    practitionerId: string,
    serviceIds: string[],
  ): Promise<void> {
    await m.query('DELETE FROM practitioner_service WHERE practitioner_id = $1', [practitionerId]);
    if (serviceIds.length > 0) {
      await m.query(
        'INSERT INTO practitioner_service (practitioner_id, service_id) SELECT $1, unnest($2::uuid[])',
        [practitionerId, serviceIds],
      );
    }
  }

  countActivePractitioners(): Promise<number> {
    return this.db.getRepository(PractitionerEntity).countBy({ active: true });
  }

  cabinTypes(): Promise<CabinTypeEntity[]> {
    return this.db.getRepository(CabinTypeEntity).find({ order: { name: 'ASC' } });
  }

  /** Cabins by name with their type, the inactive ones too if asked. */
  cabins(inactive: boolean): Promise<CabinEntity[]> {
    return this.db.getRepository(CabinEntity).find({
      where: inactive ? {} : { active: true },
      relations: { cabinType: true },
      order: { name: 'ASC' },
    });
  }

  cabinWithType(m: EntityManager, id: string): Promise<CabinEntity> {
    return m.findOneOrFail(CabinEntity, { where: { id }, relations: { cabinType: true } });
  }

  /** A catalogue row by id, or null. */
  byId<T extends CatalogEntity>(m: EntityManager, entity: new () => T, id: string): Promise<T | null> {
    return m.findOneBy(entity, { id } as never);
  }

  /** Inserts or updates a catalogue row (TypeORM's save: by primary key) and returns it. */
  save<T extends CatalogEntity, R extends DeepPartial<T>>(
    m: EntityManager,
    entity: new () => T,
    row: R,
  ): Promise<R & T> {
    return m.save(entity, row);
  }

  /** How many of these services exist. */
  countServices(m: EntityManager, ids: string[]): Promise<number> {
    return m.countBy(ServiceEntity, { id: In(ids) });
  }

  /** How many services (active or not) are in a category. */
  countServicesIn(m: EntityManager, categoryId: string): Promise<number> {
    return m.countBy(ServiceEntity, { categoryId });
  }

  async deleteCategory(m: EntityManager, id: string): Promise<void> {
    await m.delete(ServiceCategoryEntity, { id });
  }

  /** A category, locked until the caller's transaction ends; null if there is none. */
  lockedCategory(m: EntityManager, id: string): Promise<ServiceCategoryEntity | null> {
    return m.findOne(ServiceCategoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The ids of every category, all locked until the caller's transaction ends. */
  async lockedCategoryIds(m: EntityManager): Promise<string[]> {
    const rows = await m.find(ServiceCategoryEntity, {
      select: { id: true },
      lock: { mode: 'pessimistic_write' },
    });
    return rows.map((c) => c.id);
  }

  /** Every category by position, and every service by position then name. */
  async wholeCatalogue(
    m: EntityManager,
  ): Promise<{ categories: ServiceCategoryEntity[]; services: ServiceEntity[] }> {
    const [categories, services] = await Promise.all([
      m.find(ServiceCategoryEntity, { order: { position: 'ASC' } }),
      m.find(ServiceEntity, { order: { position: 'ASC', name: 'ASC' } }),
    ]);
    return { categories, services };
  }

  /** position = index in `ids`, in one statement. */
  async setPositions(m: EntityManager, table: 'service' | 'service_category', ids: string[]): Promise<void> {
    await m.query(
      `UPDATE ${table} t SET position = o.ordinality - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ordinality)
        WHERE t.id = o.id`,
      [ids],
    );
  }

  /** One past the last position of the categories. */
  async nextCategoryPosition(m: EntityManager): Promise<number> {
    const [row]: { next: number }[] = await m.query(
      'SELECT COALESCE(MAX(position) + 1, 0)::int AS next FROM service_category',
    );
    return row.next;
  }

  /** One past the last position of a category's services. */
  async nextServicePosition(m: EntityManager, categoryId: string): Promise<number> {
    const [row]: { next: number }[] = await m.query(
      'SELECT COALESCE(MAX(position) + 1, 0)::int AS next FROM service WHERE category_id = $1',
      [categoryId],
    );
    return row.next;
  }

  /** One past the last position of the practitioners. */
  async nextPractitionerPosition(m: EntityManager): Promise<number> {
    const [{ next }] = await m.query<[{ next: number }]>(
      'SELECT coalesce(max(position) + 1, 0)::int AS next FROM practitioner',
    );
    return next;
  }

  /** How many cabins and services (active or not) have this cabin type. */
  async cabinTypeUsers(m: EntityManager, id: string): Promise<{ cabins: number; services: number }> {
    const [cabins, services] = await Promise.all([
      m.countBy(CabinEntity, { cabinTypeId: id }),
      m.countBy(ServiceEntity, { cabinTypeId: id }),
    ]);
    return { cabins, services };
  }

  async deleteCabinType(m: EntityManager, id: string): Promise<void> {
    await m.delete(CabinTypeEntity, { id });
  }
}
