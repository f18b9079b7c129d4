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

interface ExpiryRow {
  movementId: string;
  giftCardId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  amountCents: number;
  occurredAt: Date;
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

  /** Returns the movement's id. */
  async insertMovement(m: EntityManager, row: Partial<GiftCardMovementEntity>): Promise<{ id: string }> {
    const r = await m.getRepository(GiftCardMovementEntity).insert(row);
    return { id: (r.identifiers[0] as { id: string }).id };
  }

  /** The card a REDEEM movement with this tender key debited, or null. */
  async cardOfTender(m: EntityManager, tenderKey: string): Promise<string | null> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT gift_card_id AS id FROM gift_card_movement WHERE tender_key = $1 AND kind = 'REDEEM'`,
      [tenderKey],
    );
    return rows[0]?.id ?? null;
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

  /**
   * Cards of a ticket line that a credit note may take back: ACTIVE, never redeemed (their balance still
   * the face value and no REDEEM movement), at most `limit`, in unit order.
   */
  async unspentOnSaleLine(m: EntityManager, saleLineId: string, limit: number): Promise<string[]> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT c.id FROM gift_card c
        WHERE c.sale_line_id = $1 AND c.status = 'ACTIVE' AND c.balance_cents = c.face_value_cents
          AND NOT EXISTS (SELECT 1 FROM gift_card_movement mv WHERE mv.gift_card_id = c.id AND mv.kind = 'REDEEM')
        ORDER BY c.sale_line_unit LIMIT $2`,
      [saleLineId, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Cancels these cards in one statement, each with its CANCEL movement, if each is still unspent (the
   * conditional update is the guard against a redemption in between); returns the cards cancelled.
   */
  async cancelUnspent(
    m: EntityManager,
    r: { ids: string[]; reason: string; by: string | null; at: Date },
  ): Promise<{ id: string; amountCents: number }[]> {
    return m.query<{ id: string; amountCents: number }[]>(
      `WITH cancelled AS (
         UPDATE gift_card c SET status = 'CANCELLED', balance_cents = 0, updated_at = now()
          WHERE c.id = ANY($1::uuid[]) AND c.status = 'ACTIVE' AND c.balance_cents = c.face_value_cents
            AND NOT EXISTS (SELECT 1 FROM gift_card_movement mv WHERE mv.gift_card_id = c.id AND mv.kind = 'REDEEM')
          RETURNING c.id, c.face_value_cents)
       INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, reason, created_by, occurred_at)
       SELECT id, 'CANCEL', -face_value_cents, 0, $2, $3, $4 FROM cancelled
       RETURNING gift_card_id AS id, -amount_cents AS "amountCents"`,
      [r.ids, r.reason, r.by, r.at],
    );
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

  /**
   * What gift cards paid on a till's day, per voucher category and VAT rate (positive: redeemed on the
   * day's tickets; negative: given back to cards by the day's credit notes, whose REFUND movements carry
   * the original ticket's id).
   */
  async tenderSplit(
    m: EntityManager,
    q: { ticketIds: string[]; refundedSaleIds: string[]; parisDate: string },
  ): Promise<{ category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE'; vatRateBp: number; amountCents: number }[]> {
    if (q.ticketIds.length === 0 && q.refundedSaleIds.length === 0) return [];
    const rows = await m.query<
      { category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE'; rateBp: number; amount: string }[]
    >(
      `SELECT c.category, c.vat_rate_bp AS "rateBp", sum(-mv.amount_cents) AS amount
         FROM gift_card_movement mv JOIN gift_card c ON c.id = mv.gift_card_id
        WHERE (mv.kind = 'REDEEM' AND mv.sale_id = ANY($1::uuid[]))
           OR (mv.kind = 'REFUND' AND mv.sale_id = ANY($2::uuid[])
               AND (mv.occurred_at AT TIME ZONE 'Europe/Paris')::date = $3::date)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [q.ticketIds, q.refundedSaleIds, q.parisDate],
    );
    return rows.map((r) => ({ category: r.category, vatRateBp: r.rateBp, amountCents: Number(r.amount) }));
  }

  /** An EXPIRE movement with what the books need of its card. */
  /** What an extension gave back to an expired card (an EXTEND movement with money). */
  async revivalFacts(m: EntityManager, movementId: string): Promise<ExpiryRow | null> {
    const rows = await m.query<ExpiryRow[]>(
      `SELECT mv.id AS "movementId", c.id AS "giftCardId", c.code_last4 AS "codeLast4", c.category,
              c.vat_rate_bp AS "vatRateBp", mv.amount_cents AS "amountCents", mv.occurred_at AS "occurredAt"
         FROM gift_card_movement mv JOIN gift_card c ON c.id = mv.gift_card_id
        WHERE mv.id = $1 AND mv.kind = 'EXTEND' AND mv.amount_cents > 0`,
      [movementId],
    );
    return rows[0] ?? null;
  }

  async expiryFacts(m: EntityManager, movementId: string): Promise<ExpiryRow | null> {
    const rows = await m.query<ExpiryRow[]>(
      `SELECT mv.id AS "movementId", c.id AS "giftCardId", c.code_last4 AS "codeLast4", c.category,
              c.vat_rate_bp AS "vatRateBp", -mv.amount_cents AS "amountCents", mv.occurred_at AS "occurredAt"
         FROM gift_card_movement mv JOIN gift_card c ON c.id = mv.gift_card_id
        WHERE mv.id = $1 AND mv.kind = 'EXPIRE'`,
      [movementId],
    );
    return rows[0] ?? null;
  }
}
