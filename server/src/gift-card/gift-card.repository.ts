import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GiftCardEntity, GiftCardMovementEntity, type GiftCardStatus } from './gift-card.entities.js';

export interface GiftCardListQuery {
  statuses: GiftCardStatus[] | null;
  /** ACTIVE cards with some of their value spent. */
  partlyUsed: boolean;
  last4: string | null;
  offset: number;
  limit: number;
}

/**
 * The cards themselves: lookup, issue, lifecycle (status, expiry, delivery) and the CRM's lists. The
 * balance moves and the ledger's reads are in `GiftCardLedgerRepository`. Every method takes the caller's
 * manager (its transaction).
 */
@Injectable()
export class GiftCardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  manager(m?: EntityManager): EntityManager {
    return m ?? this.db.manager;
  }

  insertCard(m: EntityManager, card: Partial<GiftCardEntity>): Promise<GiftCardEntity> {
    return m.getRepository(GiftCardEntity).save(m.getRepository(GiftCardEntity).create(card));
  }

  /** Returns the movement's id. */
  async insertMovement(m: EntityManager, row: Partial<GiftCardMovementEntity>): Promise<{ id: string }> {
    const r = await m.getRepository(GiftCardMovementEntity).insert(row);
    return { id: (r.identifiers[0] as { id: string }).id };
  }

  byHash(m: EntityManager, codeHash: string): Promise<GiftCardEntity | null> {
    return m.getRepository(GiftCardEntity).findOneBy({ codeHash });
  }

  byId(m: EntityManager, id: string): Promise<GiftCardEntity | null> {
    return m.getRepository(GiftCardEntity).findOneBy({ id });
  }

  bySaleLineUnit(m: EntityManager, saleLineId: string, saleLineUnit: number): Promise<GiftCardEntity | null> {
    return m.getRepository(GiftCardEntity).findOneBy({ saleLineId, saleLineUnit });
  }

  byOrder(m: EntityManager, orderId: string): Promise<GiftCardEntity | null> {
    return m.getRepository(GiftCardEntity).findOneBy({ orderId });
  }

  /** The cards a ticket line sold, in unit order. */
  bySaleLine(m: EntityManager, saleLineId: string): Promise<GiftCardEntity[]> {
    return m.getRepository(GiftCardEntity).find({ where: { saleLineId }, order: { saleLineUnit: 'ASC' } });
  }

  bySale(m: EntityManager, saleId: string): Promise<GiftCardEntity[]> {
    return m
      .getRepository(GiftCardEntity)
      .find({ where: { saleId }, order: { saleLineId: 'ASC', saleLineUnit: 'ASC' } });
  }

  /**
   * The sealed codes the till printed, kept in the ticket line's `data.giftCardCodes` (read by table
   * name: the point of sale depends on this module, not the reverse).
   */
  async sealedCodes(m: EntityManager, saleLineIds: string[]): Promise<Map<string, string>> {
    if (saleLineIds.length === 0) return new Map();
    const rows = await m.query<{ codes: Record<string, string> }[]>(
      `SELECT data -> 'giftCardCodes' AS codes FROM sale_line WHERE id = ANY($1) AND data ? 'giftCardCodes'`,
      [saleLineIds],
    );
    return new Map(rows.flatMap((r) => Object.entries(r.codes)));
  }

  /** The ticket n° of a till sale (read by table name: the point of sale depends on this module). */
  async saleNumber(m: EntityManager, saleId: string): Promise<number | null> {
    const rows = await m.query<{ number: number | null }[]>(
      'SELECT journal_number AS number FROM sale WHERE id = $1',
      [saleId],
    );
    return rows[0]?.number ?? null;
  }

  lock(m: EntityManager, id: string): Promise<GiftCardEntity | null> {
    return m
      .getRepository(GiftCardEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  async update(m: EntityManager, id: string, patch: Partial<GiftCardEntity>): Promise<void> {
    await m.getRepository(GiftCardEntity).update(id, patch);
  }

  movements(m: EntityManager, giftCardIds: string[]): Promise<GiftCardMovementEntity[]> {
    if (giftCardIds.length === 0) return Promise.resolve([]);
    return m
      .getRepository(GiftCardMovementEntity)
      .createQueryBuilder('mv')
      .where('mv.gift_card_id = ANY(:ids)', { ids: giftCardIds })
      .orderBy('mv.occurred_at', 'ASC')
      .addOrderBy('mv.id', 'ASC')
      .getMany();
  }

  async list(m: EntityManager, q: GiftCardListQuery): Promise<{ items: GiftCardEntity[]; total: number }> {
    const qb = m.getRepository(GiftCardEntity).createQueryBuilder('c');
    if (q.statuses !== null) qb.andWhere('c.status IN (:...statuses)', { statuses: q.statuses });
    if (q.partlyUsed) {
      qb.andWhere("c.status = 'ACTIVE' AND c.balance_cents < c.face_value_cents");
    }
    if (q.last4 !== null) qb.andWhere('c.code_last4 = :last4', { last4: q.last4 });
    const [items, total] = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip(q.offset)
      .take(q.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** How many cards each list filter of the CRM would show (one pass over the table). */
  async statusCounts(m: EntityManager): Promise<Record<GiftCardStatus, number> & { partlyUsed: number }> {
    const rows = await m.query<{ status: GiftCardStatus; count: number; partly_used: number }[]>(
      `SELECT status, count(*)::int AS count,
              (count(*) FILTER (WHERE balance_cents < face_value_cents))::int AS partly_used
         FROM gift_card
        GROUP BY status`,
    );
    const counts = { PENDING_PAYMENT: 0, ACTIVE: 0, USED: 0, EXPIRED: 0, CANCELLED: 0, partlyUsed: 0 };
    for (const row of rows) {
      counts[row.status] = row.count;
      if (row.status === 'ACTIVE') counts.partlyUsed = row.partly_used;
    }
    return counts;
  }

  /** ACTIVE cards past their expiry, locked, skipping those another worker holds. */
  async dueForExpiry(m: EntityManager, now: Date, limit: number): Promise<GiftCardEntity[]> {
    return m
      .getRepository(GiftCardEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where("c.status = 'ACTIVE' AND c.expires_at <= :now", { now })
      .orderBy('c.expires_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** ACTIVE cards with an address whose scheduled send is due and not yet handed over, locked. */
  async dueForDelivery(m: EntityManager, now: Date, limit: number): Promise<GiftCardEntity[]> {
    return m
      .getRepository(GiftCardEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where("c.status = 'ACTIVE' AND c.delivered_at IS NULL AND c.deliver_at <= :now", { now })
      .andWhere('(c.recipient_email IS NOT NULL OR c.buyer_email IS NOT NULL)')
      .orderBy('c.deliver_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * ACTIVE cards with money left and an address, expiring within `until`, not yet reminded of this
   * expiry (an extension moves it: the new date gets its reminder), locked.
   */
  async dueForExpiryReminder(
    m: EntityManager,
    now: Date,
    until: Date,
    limit: number,
  ): Promise<GiftCardEntity[]> {
    return m
      .getRepository(GiftCardEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(
        "c.status = 'ACTIVE' AND c.balance_cents > 0 AND c.expires_at > :now AND c.expires_at <= :until",
        {
          now,
          until,
        },
      )
      .andWhere('(c.recipient_email IS NOT NULL OR c.buyer_email IS NOT NULL)')
      .andWhere('(c.expiry_reminded_for IS NULL OR c.expiry_reminded_for <> c.expires_at)')
      .orderBy('c.expires_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The distinct VAT rates of what an amount card can buy: active services and retail products. */
  async redeemableRates(m: EntityManager): Promise<number[]> {
    const rows = await m.query<{ vat_rate_bp: number }[]>(
      `SELECT vat_rate_bp FROM service WHERE active
        UNION
       SELECT vat_rate_bp FROM product WHERE active AND kind = 'RETAIL'`,
    );
    return rows.map((r) => r.vat_rate_bp);
  }

  /** The catalogue service a SERVICE card names (read by table name: the catalogue is a lower module). */
  async service(
    m: EntityManager,
    id: string,
  ): Promise<{ id: string; name: string; priceCents: number; vatRateBp: number; active: boolean } | null> {
    const rows = await m.query<
      { id: string; name: string; priceCents: number; vatRateBp: number; active: boolean }[]
    >(
      `SELECT id, name, price_cents AS "priceCents", vat_rate_bp AS "vatRateBp", active FROM service WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
