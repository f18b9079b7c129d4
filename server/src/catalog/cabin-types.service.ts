import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { CabinTypeEntity } from './catalog.entities.js';
import { CatalogRepository } from './catalog.repository.js';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Removing a cabin type, which only an unused type allows. */
@Injectable()
export class CabinTypesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CatalogRepository,
  ) {}

  /**
   * Deletes a cabin type no cabin and no service (active or not) refers to. The foreign keys are
   * RESTRICT, so a cabin or service added meanwhile still makes the delete fail, with the same message.
   */
  async deleteCabinType(id: string): Promise<CabinTypeEntity> {
    try {
      return await this.db.transaction(async (m) => {
        const type = await this.repository.byId(m, CabinTypeEntity, id);
        if (type === null) throw new NotFoundError('Type de cabine introuvable.');
        const { cabins, services } = await this.repository.cabinTypeUsers(m, id);
        if (cabins + services > 0) throw inUse(type.name, cabins, services);
        await this.repository.deleteCabinType(m, id);
        return type;
      });
    } catch (error) {
      if (violatedConstraint(error, 'foreign-key') !== undefined) throw inUse(undefined, 0, 0);
      throw error;
    }
  }
}

function inUse(name: string | undefined, cabins: number, services: number): ConflictError {
  const users = [
    cabins > 0 ? plural(cabins, 'cabine', 'cabines') : null,
    services > 0 ? plural(services, 'prestation', 'prestations') : null,
  ].filter((x): x is string => x !== null);
  const what = name === undefined ? 'Ce type de cabine' : `Le type « ${name} »`;
  const by = users.length > 0 ? ` par ${users.join(' et ')}` : '';
  return new ConflictError(
    `${what} est encore utilisé${by} : changez leur type de cabine avant de le supprimer.`,
  );
}
