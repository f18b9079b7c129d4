import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PosSigningKeyEntity } from '../pos.entities.js';

/** The SQL of the institute's archive signing key (one row). */
@Injectable()
export class SigningKeyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  signingKey(): Promise<PosSigningKeyEntity | null> {
    return this.db.getRepository(PosSigningKeyEntity).findOne({ where: { id: 1 } });
  }
  async insertSigningKeyIfNone(publicKey: string, privateKeyEncrypted: string): Promise<void> {
    await this.db.query(
      `INSERT INTO pos_signing_key (id, public_key, private_key_encrypted) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`,
      [publicKey, privateKeyEncrypted],
    );
  }
}
