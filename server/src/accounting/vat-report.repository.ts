import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { VatReportRows } from './domain/vat-report.js';

/** The instants of the Paris days [from, to]: `$1` and `$2` are ISO dates. */
const PARIS_RANGE = (column: string) =>
  `${column} >= ($1::date::timestamp AT TIME ZONE 'Europe/Paris')
   AND ${column} < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`;
const PARIS_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Paris')::date::text`;
/** A deposit paid by a single-purpose gift card: its VAT was due when the card was sold, not again now. */
const NOT_SINGLE_PURPOSE_CARD = `NOT EXISTS (SELECT 1 FROM gift_card_movement gm JOIN gift_card gc ON gc.id = gm.gift_card_id
  WHERE gm.tender_key = 'deposit:' || p.id AND gm.kind = 'REDEEM' AND gc.category = 'SINGLE_PURPOSE')`;

/**
 * The rows of a VAT report (one query per source, each grouped by day in SQL): the till's sale records
 * (what its Z closures add up), the online deposits and their refunds, the single-purpose gift cards.
 */
@Injectable()
export class VatReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rows(from: string, to: string): Promise<VatReportRows> {
    const [saleLines, saleCounts, depositsUsed, depositsMoved, redeemed, soldOnline, depositCards] =
      await Promise.all([
        this.db.query<{ date: string; lineKind: string; rateBp: number; base: string; vat: string }[]>(
          `SELECT ${PARIS_DAY('j.occurred_at')} AS date, coalesce(l->>'kind', 'OTHER') AS "lineKind",
                (l->>'vatRateBp')::int AS "rateBp", sum((l->>'totalExclCents')::bigint) AS base,
                sum((l->>'totalInclCents')::bigint - (l->>'totalExclCents')::bigint) AS vat
           FROM pos_journal j, jsonb_array_elements(j.payload->'lines') l
          WHERE j.kind IN ('TICKET', 'CREDIT_NOTE') AND ${PARIS_RANGE('j.occurred_at')}
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
          [from, to],
        ),
        this.db.query<{ date: string; n: string }[]>(
          `SELECT ${PARIS_DAY('j.occurred_at')} AS date, count(*) AS n FROM pos_journal j
          WHERE j.kind IN ('TICKET', 'CREDIT_NOTE') AND ${PARIS_RANGE('j.occurred_at')}
          GROUP BY 1 ORDER BY 1`,
          [from, to],
        ),
        this.db.query<{ date: string; tillId: string; amount: string }[]>(
          `SELECT ${PARIS_DAY('j.occurred_at')} AS date, j.till_id AS "tillId",
                sum((t->>'amountCents')::bigint) AS amount
           FROM pos_journal j, jsonb_array_elements(j.payload->'tenders') t
          WHERE j.kind IN ('TICKET', 'CREDIT_NOTE') AND t->>'kind' = 'DEPOSIT' AND ${PARIS_RANGE('j.occurred_at')}
          GROUP BY 1, 2 ORDER BY 1, 2`,
          [from, to],
        ),
        this.db.query<{ date: string; amount: string }[]>(
          `SELECT date, sum(amount) AS amount FROM (
           SELECT ${PARIS_DAY('p.succeeded_at')} AS date, p.amount_cents AS amount FROM payment p
            WHERE p.kind = 'DEPOSIT' AND p.succeeded_at IS NOT NULL
              AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED') AND ${PARIS_RANGE('p.succeeded_at')}
              AND ${NOT_SINGLE_PURPOSE_CARD}
           UNION ALL
           SELECT ${PARIS_DAY('r.created_at')}, -r.amount_cents FROM refund r JOIN payment p ON p.id = r.payment_id
            WHERE p.kind = 'DEPOSIT' AND r.status = 'SUCCEEDED' AND ${PARIS_RANGE('r.created_at')}
              AND ${NOT_SINGLE_PURPOSE_CARD}
         ) m GROUP BY date ORDER BY date`,
          [from, to],
        ),
        this.db.query<{ date: string; rateBp: number; amount: string }[]>(
          `SELECT ${PARIS_DAY('m.occurred_at')} AS date, c.vat_rate_bp AS "rateBp", -sum(m.amount_cents) AS amount
           FROM gift_card_movement m JOIN gift_card c ON c.id = m.gift_card_id
          WHERE c.category = 'SINGLE_PURPOSE' AND m.kind IN ('REDEEM', 'REFUND') AND m.sale_id IS NOT NULL
            AND ${PARIS_RANGE('m.occurred_at')}
          GROUP BY 1, 2 ORDER BY 1, 2`,
          [from, to],
        ),
        this.db.query<{ date: string; rateBp: number; amount: string }[]>(
          `SELECT date, "rateBp", sum(amount) AS amount FROM (
           SELECT ${PARIS_DAY('c.issued_at')} AS date, c.vat_rate_bp AS "rateBp", c.price_paid_cents AS amount
             FROM gift_card c
            WHERE c.category = 'SINGLE_PURPOSE' AND c.order_id IS NOT NULL AND c.issued_at IS NOT NULL
              AND ${PARIS_RANGE('c.issued_at')}
           UNION ALL
           -- An order refunded (its unused card cancelled): the sale's VAT reversed on the refund's day.
           SELECT ${PARIS_DAY('r.created_at')}, c.vat_rate_bp, -r.amount_cents
             FROM refund r JOIN payment p ON p.id = r.payment_id
             JOIN gift_card c ON c.order_id = p.gift_card_order_id
            WHERE p.kind = 'GIFT_CARD_PURCHASE' AND r.status = 'SUCCEEDED' AND c.category = 'SINGLE_PURPOSE'
              AND ${PARIS_RANGE('r.created_at')}
         ) s GROUP BY 1, 2 ORDER BY 1, 2`,
          [from, to],
        ),
        this.db.query<{ date: string; rateBp: number; amount: string }[]>(
          `WITH used AS (
           SELECT ${PARIS_DAY('j.occurred_at')} AS date, s.booking_id, sum((t->>'amountCents')::bigint) AS amount
             FROM pos_journal j CROSS JOIN jsonb_array_elements(j.payload->'tenders') t
             JOIN sale s ON s.id = (j.payload->>'saleId')::uuid
            WHERE j.kind IN ('TICKET', 'CREDIT_NOTE') AND t->>'kind' = 'DEPOSIT' AND s.booking_id IS NOT NULL
              AND ${PARIS_RANGE('j.occurred_at')}
            GROUP BY 1, 2),
         cards AS (
           SELECT p.booking_id, gc.vat_rate_bp AS rate, sum(p.amount_cents - p.refunded_cents) AS kept
             FROM payment p
             JOIN gift_card_movement gm ON gm.tender_key = 'deposit:' || p.id AND gm.kind = 'REDEEM'
             JOIN gift_card gc ON gc.id = gm.gift_card_id
            WHERE p.kind = 'DEPOSIT' AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')
              AND gc.category = 'SINGLE_PURPOSE' AND gc.vat_rate_bp > 0
            GROUP BY 1, 2)
         SELECT u.date, c.rate AS "rateBp", least(u.amount, c.kept) AS amount
           FROM used u JOIN cards c ON c.booking_id = u.booking_id
          WHERE u.amount > 0 AND c.kept > 0
          ORDER BY 1, 2`,
          [from, to],
        ),
      ]);
    return {
      saleLines: saleLines.map((r) => ({
        date: r.date,
        lineKind: r.lineKind,
        rateBp: r.rateBp,
        baseCents: Number(r.base),
        vatCents: Number(r.vat),
      })),
      saleCounts: saleCounts.map((r) => ({ date: r.date, transactionCount: Number(r.n) })),
      depositsUsed: depositsUsed.map((r) => ({
        date: r.date,
        tillId: r.tillId,
        amountCents: Number(r.amount),
      })),
      depositsMoved: depositsMoved.map((r) => ({ date: r.date, amountCents: Number(r.amount) })),
      singlePurposeRedeemed: redeemed.map((r) => ({
        date: r.date,
        rateBp: r.rateBp,
        amountCents: Number(r.amount),
      })),
      singlePurposeSoldOnline: soldOnline.map((r) => ({
        date: r.date,
        rateBp: r.rateBp,
        amountCents: Number(r.amount),
      })),
      singlePurposeDepositsUsed: depositCards.map((r) => ({
        date: r.date,
        rateBp: r.rateBp,
        amountCents: Number(r.amount),
      })),
    };
  }
}
