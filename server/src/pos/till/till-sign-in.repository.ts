import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** The SQL of till sign-ins: read through the partial unique index `uq_pos_journal_till_sign_in`. */
@Injectable()
export class TillSignInRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async signedIn(
    tillId: string,
    sessionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM pos_journal
        WHERE till_id = $1 AND kind = 'EVENT' AND payload->>'event' = 'TILL_SIGN_IN'
          AND payload->>'sessionId' = $2
        LIMIT 1`,
      [tillId, sessionId],
    );
    return rows.length > 0;
  }

  /** Serialises a till's journal writers (the head row the journal writer locks too); false: no such till. */
  async lockHead(manager: EntityManager, tillId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM pos_chain_head WHERE till_id = $1 FOR UPDATE',
      [tillId],
    );
    return rows.length > 0;
  }
}
