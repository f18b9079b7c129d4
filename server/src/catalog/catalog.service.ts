import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import {
  CabinEntity,
  CabinTypeEntity,
  PractitionerEntity,
  ServiceCategoryEntity,
  ServiceEntity,
} from './catalog.entities.js';
import { CatalogRepository, type CatalogEntity } from './catalog.repository.js';
import { depositRuleProblems } from './domain/deposit.js';
import type {
  UpsertCabinInput,
  UpsertCabinTypeInput,
  UpsertPractitionerInput,
  UpsertServiceCategoryInput,
  UpsertServiceInput,
} from './dto/catalog.types.js';

export interface Visibility {
  /** Staff see inactive and offline items when they ask; the public never does. */
  staff: boolean;
  includeInactive: boolean;
}

export interface PractitionerWithServices {
  practitioner: PractitionerEntity;
  serviceIds: string[];
}

/** The catalogue: categories, services, practitioners (and what they perform), cabins. */
/** How long the active practitioner count may be reused (it prices slot searches, nothing more). */
const COUNT_TTL_MS = 30_000;

@Injectable()
export class CatalogService {
  private practitionerCount: { value: number; at: number } | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CatalogRepository,
  ) {}

  async categoriesWithServices(
    visibility: Visibility,
  ): Promise<{ category: ServiceCategoryEntity; services: ServiceEntity[] }[]> {
    const all = visibility.staff && visibility.includeInactive;
    const [categories, services] = await Promise.all([
      this.repository.categories(all),
      this.services(visibility),
    ]);
    const byCategory = new Map<string, ServiceEntity[]>();
    for (const service of services) {
      byCategory.set(service.categoryId, [...(byCategory.get(service.categoryId) ?? []), service]);
    }
    return categories
      .map((category) => ({ category, services: byCategory.get(category.id) ?? [] }))
      .filter((c) => visibility.staff || c.services.length > 0);
  }

  services(visibility: Visibility, ids?: string[]): Promise<ServiceEntity[]> {
    const all = visibility.staff && visibility.includeInactive;
    return this.repository.services({ ids, inactive: all, offline: visibility.staff });
  }

  /** Active practitioners (all for staff who ask), optionally only those performing every given service. */
  async practitioners(
    visibility: Visibility,
    serviceIds: string[] = [],
  ): Promise<PractitionerWithServices[]> {
    const all = visibility.staff && visibility.includeInactive;
    const practitioners = await this.repository.practitioners(all);
    const links = await this.repository.practitionerServices();
    const servicesOf = new Map<string, string[]>();
    for (const link of links) {
      servicesOf.set(link.practitionerId, [...(servicesOf.get(link.practitionerId) ?? []), link.serviceId]);
    }
    return practitioners
      .map((practitioner) => ({ practitioner, serviceIds: servicesOf.get(practitioner.id) ?? [] }))
      .filter((p) => serviceIds.every((id) => p.serviceIds.includes(id)));
  }

  /** Active practitioners, counted again at most every 30 s: what a search without a choice may span. */
  async activePractitionerCount(now = Date.now()): Promise<number> {
    const cached = this.practitionerCount;
    if (cached !== undefined && now - cached.at < COUNT_TTL_MS) return cached.value;
    const value = await this.repository.countActivePractitioners();
    this.practitionerCount = { value, at: now };
    return value;
  }

  cabinTypes(): Promise<CabinTypeEntity[]> {
    return this.repository.cabinTypes();
  }

  cabins(includeInactive: boolean): Promise<CabinEntity[]> {
    return this.repository.cabins(includeInactive);
  }

  upsertCategory(input: UpsertServiceCategoryInput): Promise<ServiceCategoryEntity> {
    return this.save('Une catégorie porte déjà ce nom.', async (m) => {
      const current = input.id
        ? await this.mustFind(m, ServiceCategoryEntity, input.id, 'Catégorie introuvable.')
        : undefined;
      const next = { ...current, ...defined(input), name: input.name.trim() };
      // A new category goes last.
      next.position ??= await this.repository.nextCategoryPosition(m);
      return this.repository.save(m, ServiceCategoryEntity, next);
    });
  }

  /** Deletes an empty category; one that still holds services (even inactive) is refused. */
  async deleteCategory(id: string): Promise<void> {
    try {
      await this.db.transaction(async (m) => {
        await this.mustFind(m, ServiceCategoryEntity, id, 'Catégorie introuvable.');
        const services = await this.repository.countServicesIn(m, id);
        if (services > 0) throw notEmpty(services);
        await this.repository.deleteCategory(m, id);
      });
    } catch (error) {
      // A service created meanwhile in this category: the foreign key refuses the delete.
      if (violatedConstraint(error, 'foreign-key') !== undefined) throw notEmpty(1);
      throw error;
    }
  }

  upsertService(input: UpsertServiceInput): Promise<ServiceEntity> {
    return this.save('Une prestation porte déjà ce nom.', async (m) => {
      const current = input.id
        ? await this.mustFind(m, ServiceEntity, input.id, 'Prestation introuvable.')
        : undefined;
      await this.mustFind(m, ServiceCategoryEntity, input.categoryId, 'Catégorie introuvable.');
      if (input.cabinTypeId)
        await this.mustFind(m, CabinTypeEntity, input.cabinTypeId, 'Type de cabine introuvable.');
      const next = { ...current, ...defined(input), name: input.name.trim() } as ServiceEntity;
      // A new service, or one moved to another category, goes last in its category.
      if (input.position === undefined && current?.categoryId !== input.categoryId) {
        next.position = await this.repository.nextServicePosition(m, input.categoryId);
      }
      next.depositKind ??= 'NONE';
      next.depositValue ??= 0;
      const [first, ...others] = depositRuleProblems(next).map((message) => ({
        field: 'input.depositValue',
        message,
      }));
      if (first !== undefined) {
        throw new BadUserInputError([first, ...others].map((p) => p.message).join(' '), [first, ...others]);
      }
      return this.repository.save(m, ServiceEntity, next);
    });
  }

  upsertPractitioner(input: UpsertPractitionerInput): Promise<PractitionerWithServices> {
    return this.save('Ce compte est déjà lié à un autre praticien.', async (m) => {
      const current = input.id
        ? await this.mustFind(m, PractitionerEntity, input.id, 'Praticien introuvable.')
        : undefined;
      const { serviceIds, ...fields } = defined(input);
      // A new practitioner goes after the others unless told where.
      if (current === undefined && fields.position === undefined) {
        fields.position = Math.min(await this.repository.nextPractitionerPosition(m), 10000);
      }
      const practitioner = await this.repository.save(m, PractitionerEntity, {
        ...current,
        ...fields,
        displayName: input.displayName.trim(),
      });
      if (serviceIds !== undefined) {
        const unique = [...new Set(serviceIds)];
        const found = await this.repository.countServices(m, unique);
        if (found !== unique.length) throw new NotFoundError('Une des prestations est introuvable.');
        await this.repository.setServicesPerformedBy(m, practitioner.id, unique);
      }
      return { practitioner, serviceIds: await this.repository.serviceIdsPerformedBy(m, practitioner.id) };
    });
  }

  upsertCabinType(input: UpsertCabinTypeInput): Promise<CabinTypeEntity> {
    return this.save('Un type de cabine porte déjà ce nom.', async (m) => {
      const current = input.id
        ? await this.mustFind(m, CabinTypeEntity, input.id, 'Type de cabine introuvable.')
        : undefined;
      return this.repository.save(m, CabinTypeEntity, { ...current, name: input.name.trim() });
    });
  }

  upsertCabin(input: UpsertCabinInput): Promise<CabinEntity> {
    return this.save('Une cabine porte déjà ce nom.', async (m) => {
      const current = input.id
        ? await this.mustFind(m, CabinEntity, input.id, 'Cabine introuvable.')
        : undefined;
      await this.mustFind(m, CabinTypeEntity, input.cabinTypeId, 'Type de cabine introuvable.');
      const saved = await this.repository.save(m, CabinEntity, {
        ...current,
        ...defined(input),
        name: input.name.trim(),
      });
      return this.repository.cabinWithType(m, saved.id);
    });
  }

  private async save<T>(duplicateMessage: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (violatedConstraint(error, 'unique') !== undefined) throw new ConflictError(duplicateMessage);
      throw error;
    }
  }

  private async mustFind<T extends CatalogEntity>(
    m: EntityManager,
    entity: new () => T,
    id: string,
    message: string,
  ): Promise<T> {
    const found = await this.repository.byId(m, entity, id);
    if (found === null) throw new NotFoundError(message);
    return found;
  }
}

/** The input without its undefined fields (GraphQL's "not given"), so an update keeps current values. */
function defined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function notEmpty(services: number): BadUserInputError {
  return new BadUserInputError(
    services === 1
      ? 'Cette catégorie contient encore une prestation : déplacez-la dans une autre catégorie avant de la supprimer.'
      : `Cette catégorie contient encore ${services} prestations : déplacez-les dans une autre catégorie avant de la supprimer.`,
    'id',
  );
}
