import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  GiftCardEntity,
  GiftCardMovementEntity,
  GiftCardSettingsEntity,
  type GiftCardStatus,
} from './gift-card.entities.js';

export interface GiftCardListQuery {
  statuses: GiftCardStatus[] | null;
  /** ACTIVE cards with some of their value spent. */
  partlyUsed: boolean;
  last4: string | null;
  offset: number;
  limit: number;
}

/** The only file of the module with SQL. Every method takes the caller's manager (its transaction). */
@Injectable()
export class GiftCardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  manager(m?: EntityManager): EntityManager {
    return m ?? this.db.manager;
  }

  insertCard(m: EntityManager, card: Partial<GiftCardEntity>): Promise<GiftCardEntity> {
    return m.getRepository(GiftCardEntity).save(m.getRepository(GiftCardEntity).create(card));
  }

  async insertMovement(m: EntityManager, row: Partial<GiftCardMovementEntity>): Promise<void> {
    await m.getRepository(GiftCardMovementEntity).insert(row);
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

  lock(m: EntityManager, id: string): Promise<GiftCardEntity | null> {
    return m
      .getRepository(GiftCardEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  /**
   * Takes `amount` off an ACTIVE, unexpired card whose balance covers it — one statement, so that
   * concurrent redemptions can never spend more than the balance. Null when the card did not qualify.
   */
  async debit(m: EntityManager, id: string, amount: number, now: Date): Promise<number | null> {
    const rows = await m.query<[{ balance_cents: number }[], number]>(
      `UPDATE gift_card
          SET balance_cents = balance_cents - $1,
              status = CASE WHEN balance_cents = $1 THEN 'USED'::gift_card_status ELSE status END,
              updated_at = now()
        WHERE id = $2 AND balance_cents >= $1 AND status = 'ACTIVE' AND expires_at > $3
      RETURNING balance_cents`,
      [amount, id, now],
    );
    return rows[0][0]?.balance_cents ?? null;
  }

  /** Gives `amount` back to an ACTIVE or USED card (never above its face value). Null when refused. */
  async credit(m: EntityManager, id: string, amount: number): Promise<number | null> {
    const rows = await m.query<[{ balance_cents: number }[], number]>(
      `UPDATE gift_card
          SET balance_cents = balance_cents + $1, status = 'ACTIVE', updated_at = now()
        WHERE id = $2 AND status IN ('ACTIVE', 'USED') AND balance_cents + $1 <= face_value_cents
      RETURNING balance_cents`,
      [amount, id],
    );
    return rows[0][0]?.balance_cents ?? null;
  }

  /** Per card, what paid ticket `saleId` and has not been given back yet (redeemed − refunded). */
  async refundableOnSale(
    m: EntityManager,
    saleId: string,
  ): Promise<{ giftCardId: string; refundableCents: number }[]> {
    const rows = await m.query<{ giftCardId: string; refundableCents: number }[]>(
      `SELECT gift_card_id AS "giftCardId", -sum(amount_cents)::int AS "refundableCents"
         FROM gift_card_movement
        WHERE sale_id = $1 AND kind IN ('REDEEM', 'REFUND')
        GROUP BY gift_card_id
       HAVING -sum(amount_cents) > 0
        ORDER BY min(occurred_at), gift_card_id`,
      [saleId],
    );
    return rows;
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

  async settings(m: EntityManager): Promise<GiftCardSettingsEntity> {
    const row = await m.getRepository(GiftCardSettingsEntity).findOneBy({ id: 1 });
    return (
      row ??
      Object.assign(new GiftCardSettingsEntity(), {
        id: 1,
        validityMonths: 12,
        forcedCategory: null,
        presetAmountsCents: [3000, 5000, 8000, 10000],
        minFreeAmountCents: 2000,
        maxFreeAmountCents: 50000,
        transferOrderHours: 168,
        onlineOrderMinutes: 60,
        transferIban: null,
        transferBic: null,
        transferHolder: null,
      })
    );
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
