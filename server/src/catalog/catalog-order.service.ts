import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { ServiceCategoryEntity, ServiceEntity } from './catalog.entities.js';

export interface CategoryWithServices {
  category: ServiceCategoryEntity;
  services: ServiceEntity[];
}

/** The order of the catalogue as the institute shows it: categories, and services within a category. */
@Injectable()
export class CatalogOrderService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Puts a category's services in the given order; the list must name each of them exactly once. */
  reorderServices(categoryId: string, serviceIds: string[]): Promise<CategoryWithServices> {
    return this.db.transaction(async (m) => {
      // The category's row lock serialises two reorders (and a service moving in) of one category.
      const category = await m.findOne(ServiceCategoryEntity, {
        where: { id: categoryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (category === null) throw new NotFoundError('Catégorie introuvable.');
      const current = await m.find(ServiceEntity, { where: { categoryId }, select: { id: true } });
      if (
        !sameSet(
          current.map((s) => s.id),
          serviceIds,
        )
      ) {
        throw new BadUserInputError(
          'La liste doit contenir chaque prestation de la catégorie une seule fois.',
          'input.serviceIds',
        );
      }
      await setPositions(m, 'service', serviceIds);
      const services = await m.find(ServiceEntity, { where: { categoryId }, order: { position: 'ASC' } });
      return { category, services };
    });
  }

  /** Puts the categories in the given order; the list must name each of them exactly once. */
  reorderCategories(ids: string[]): Promise<CategoryWithServices[]> {
    return this.db.transaction(async (m) => {
      const current = await m.find(ServiceCategoryEntity, {
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !sameSet(
          current.map((c) => c.id),
          ids,
        )
      ) {
        throw new BadUserInputError('La liste doit contenir chaque catégorie une seule fois.', 'ids');
      }
      await setPositions(m, 'service_category', ids);
      const [categories, services] = await Promise.all([
        m.find(ServiceCategoryEntity, { order: { position: 'ASC' } }),
        m.find(ServiceEntity, { order: { position: 'ASC', name: 'ASC' } }),
      ]);
      return categories.map((category) => ({
        category,
        services: services.filter((s) => s.categoryId === category.id),
      }));
    });
  }
}

function sameSet(current: string[], given: string[]): boolean {
  const wanted = new Set(given);
  return (
    wanted.size === given.length && wanted.size === current.length && current.every((id) => wanted.has(id))
  );
}

/** position = index in `ids`, in one statement. */
async function setPositions(m: EntityManager, table: 'service' | 'service_category', ids: string[]) {
  await m.query(
    `UPDATE ${table} t SET position = o.ordinality - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ordinality)
      WHERE t.id = o.id`,
    [ids],
  );
}
