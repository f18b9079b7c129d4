import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface ExpiryRow {
  movementId: string;
  giftCardId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  amountCents: number;
  occurredAt: Date;
}

/**
 * A card's balance and its ledger (`gift_card_movement`): debits and credits guarded in one statement,
 * what a ticket or a credit note may still move, and what the books read of the movements (the Z's split
 * by voucher category, write-offs and their revivals). Every method takes the caller's manager.
 */
@Injectable()
export class GiftCardLedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  manager(m?: EntityManager): EntityManager {
    return m ?? this.db.manager;
  }

  /** The card a REDEEM movement with this tender key debited, or null. */
  async cardOfTender(m: EntityManager, tenderKey: string): Promise<string | null> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT gift_card_id AS id FROM gift_card_movement WHERE tender_key = $1 AND kind = 'REDEEM'`,
      [tenderKey],
    );
    return rows[0]?.id ?? null;
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

  /** An EXPIRE movement with what the books need of its card. */
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
