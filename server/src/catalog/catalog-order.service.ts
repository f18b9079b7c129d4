import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import type { ServiceCategoryEntity, ServiceEntity } from './catalog.entities.js';
import { CatalogRepository } from './catalog.repository.js';

export interface CategoryWithServices {
  category: ServiceCategoryEntity;
  services: ServiceEntity[];
}

/** The order of the catalogue as the institute shows it: categories, and services within a category. */
@Injectable()
export class CatalogOrderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CatalogRepository,
  ) {}

  /** Puts a category's services in the given order; the list must name each of them exactly once. */
  reorderServices(categoryId: string, serviceIds: string[]): Promise<CategoryWithServices> {
    return this.db.transaction(async (m) => {
      // The category's row lock serialises two reorders (and a service moving in) of one category.
      const category = await this.repository.lockedCategory(m, categoryId);
      if (category === null) throw new NotFoundError('Catégorie introuvable.');
      if (!sameSet(await this.repository.serviceIdsOf(m, categoryId), serviceIds)) {
        throw new BadUserInputError(
          'La liste doit contenir chaque prestation de la catégorie une seule fois.',
          'input.serviceIds',
        );
      }
      await this.repository.setPositions(m, 'service', serviceIds);
      const services = await this.repository.servicesOf(m, categoryId);
      return { category, services };
    });
  }

  /** Puts the categories in the given order; the list must name each of them exactly once. */
  reorderCategories(ids: string[]): Promise<CategoryWithServices[]> {
    return this.db.transaction(async (m) => {
      if (!sameSet(await this.repository.lockedCategoryIds(m), ids)) {
        throw new BadUserInputError('La liste doit contenir chaque catégorie une seule fois.', 'ids');
      }
      await this.repository.setPositions(m, 'service_category', ids);
      const { categories, services } = await this.repository.wholeCatalogue(m);
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
