import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ClientEntity } from '../../../clients/index.js';
import { addressLinesOf, InstituteEntity } from '../../../settings/index.js';
import { TillEntity } from '../../pos.entities.js';
import type { ReceiptInstitute } from './domain/receipt-model.js';

/** What a receipt reads beside the journal: the institute's identity, the till's name, the client's address. */
@Injectable()
export class ReceiptRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async institute(): Promise<ReceiptInstitute> {
    const row = await this.db.manager.findOneBy(InstituteEntity, { id: 1 });
    if (row === null) return { name: 'Sérénaia', addressLines: [], siret: '', vatNumber: null };
    return {
      name: row.name,
      addressLines: addressLinesOf(row),
      siret: row.siret,
      vatNumber: row.vatNumber,
    };
  }

  async tillName(tillId: string): Promise<string> {
    return (await this.db.manager.findOneBy(TillEntity, { id: tillId }))?.name ?? '';
  }

  async client(clientId: string | null): Promise<{ name: string; email: string | null } | null> {
    if (clientId === null) return null;
    const c = await this.db.manager.findOneBy(ClientEntity, { id: clientId });
    return c === null ? null : { name: `${c.firstName} ${c.lastName}`.trim(), email: c.email };
  }
}
