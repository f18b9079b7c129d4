import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { SALE_KINDS } from '../journal/journal-kind.js';
import { CashMovementEntity, CashSessionEntity, PosChainHeadEntity, TillEntity } from '../pos.entities.js';

/** The SQL of tills and their cash sessions. Methods take the caller's manager when in a transaction. */
@Injectable()
export class TillRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  listTills(includeInactive: boolean): Promise<TillEntity[]> {
    return this.db.getRepository(TillEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { name: 'ASC' },
    });
  }
  findTill(id: string, manager?: EntityManager): Promise<TillEntity | null> {
    return this.m(manager).findOne(TillEntity, { where: { id } });
  }
  /** Creates a till and the head of its chain. */
  async createTill(manager: EntityManager, name: string, genesisHash: string): Promise<TillEntity> {
    const till = await manager.save(TillEntity, manager.create(TillEntity, { name, active: true }));
    await manager.insert(PosChainHeadEntity, {
      tillId: till.id,
      seq: 0,
      hash: genesisHash,
      closedThrough: null,
    });
    return till;
  }
  async currentSession(tillId: string, manager?: EntityManager): Promise<CashSessionEntity | null> {
    return this.m(manager).findOne(CashSessionEntity, { where: { tillId, closedAt: IsNull() } });
  }
  async lockOpenSession(manager: EntityManager, tillId: string): Promise<CashSessionEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM cash_session WHERE till_id = $1 AND closed_at IS NULL FOR UPDATE`,
      [tillId],
    );
    return rows[0] ? manager.findOneOrFail(CashSessionEntity, { where: { id: rows[0].id } }) : null;
  }
  saveSession(manager: EntityManager, session: Partial<CashSessionEntity>): Promise<CashSessionEntity> {
    return manager.save(CashSessionEntity, manager.create(CashSessionEntity, session));
  }
  saveMovement(manager: EntityManager, movement: Partial<CashMovementEntity>): Promise<CashMovementEntity> {
    return manager.save(CashMovementEntity, manager.create(CashMovementEntity, movement));
  }
  movements(sessionId: string, manager?: EntityManager): Promise<CashMovementEntity[]> {
    return this.m(manager).find(CashMovementEntity, { where: { sessionId }, order: { occurredAt: 'ASC' } });
  }
  /** Cash taken by the sales of a session's period on its till (sum of CASH tenders). */
  async cashSalesBetween(
    manager: EntityManager | undefined,
    tillId: string,
    from: Date,
    to: Date,
  ): Promise<number> {
    const rows: { amount: string | null }[] = await this.m(manager).query(
      `SELECT sum((t->>'amountCents')::bigint) AS amount
         FROM pos_journal, jsonb_array_elements(payload->'tenders') t
        WHERE till_id = $1 AND kind = ANY($2) AND occurred_at >= $3 AND occurred_at <= $4 AND t->>'kind' = 'CASH'`,
      [tillId, SALE_KINDS, from, to],
    );
    return Number(rows[0]?.amount ?? 0);
  }
}
