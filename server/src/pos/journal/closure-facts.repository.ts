import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JournalKind, SALE_KINDS } from './journal-kind.js';

/** What a daily closure (Z) says, with what its sale records hold per line kind (SQL over the payloads). */
export interface DayClosureFacts {
  recordId: string;
  tillId: string;
  tillName: string;
  /** The Z number. */
  number: number;
  /** The closed day (Europe/Paris). */
  date: string;
  closedAt: Date;
  vatTotals: { rateBp: number; baseCents: number; vatCents: number }[];
  tenders: { kind: string; amountCents: number }[];
  /** Sum of the lines' amounts excluding VAT per line kind (SERVICE, PRODUCT, FREE…) and rate. */
  revenue: { lineKind: string; rateBp: number; baseCents: number }[];
  /** The day's records paid (tickets) or refunded (credit notes: their original ticket) by gift card. */
  giftCardSales: { ticketIds: string[]; refundedSaleIds: string[] };
  /** The day's DEPOSIT tenders per booking (signed), in the order of their first ticket. */
  depositTenders: { bookingId: string; amountCents: number }[];
}

@Injectable()
export class ClosureFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async dayClosure(recordId: string): Promise<DayClosureFacts | null> {
    const [row]: {
      tillId: string;
      tillName: string;
      number: number;
      closedAt: Date;
      payload: {
        firstDate: string;
        vatTotals: DayClosureFacts['vatTotals'];
        tenders: DayClosureFacts['tenders'];
      };
    }[] = await this.db.query(
      `SELECT j.till_id AS "tillId", t.name AS "tillName", j.number, j.occurred_at AS "closedAt", j.payload
         FROM pos_journal j JOIN till t ON t.id = j.till_id
        WHERE j.id = $1 AND j.kind = $2`,
      [recordId, JournalKind.CLOSURE_DAY],
    );
    if (row === undefined) return null;
    const date = row.payload.firstDate;
    const revenue: { lineKind: string; rateBp: number; base: string }[] = await this.db.query(
      `SELECT coalesce(l->>'kind', 'OTHER') AS "lineKind", (l->>'vatRateBp')::int AS "rateBp",
              sum((l->>'totalExclCents')::bigint) AS base
         FROM pos_journal, jsonb_array_elements(payload->'lines') l
        WHERE till_id = $1 AND kind = ANY($2)
          AND (occurred_at AT TIME ZONE 'Europe/Paris')::date = $3::date
        GROUP BY 1, 2 ORDER BY coalesce(l->>'kind', 'OTHER') COLLATE "C", 2`,
      [row.tillId, SALE_KINDS, date],
    );
    const paidByCard: { kind: JournalKind; saleId: string | null; originalSaleId: string | null }[] =
      await this.db.query(
        `SELECT kind, payload->>'saleId' AS "saleId", payload->>'originalSaleId' AS "originalSaleId"
           FROM pos_journal
          WHERE till_id = $1 AND kind = ANY($2)
            AND (occurred_at AT TIME ZONE 'Europe/Paris')::date = $3::date
            AND payload->'tenders' @> '[{"kind": "GIFT_CARD"}]'::jsonb`,
        [row.tillId, SALE_KINDS, date],
      );
    const deposits: { bookingId: string; amount: string }[] = await this.db.query(
      `SELECT s.booking_id AS "bookingId", sum((t->>'amountCents')::bigint) AS amount
         FROM pos_journal j CROSS JOIN jsonb_array_elements(j.payload->'tenders') t
         JOIN sale s ON s.id = (j.payload->>'saleId')::uuid
        WHERE j.till_id = $1 AND j.kind = ANY($2)
          AND (j.occurred_at AT TIME ZONE 'Europe/Paris')::date = $3::date
          AND t->>'kind' = 'DEPOSIT' AND s.booking_id IS NOT NULL
        GROUP BY s.booking_id ORDER BY min(j.seq), s.booking_id`,
      [row.tillId, SALE_KINDS, date],
    );
    const ids = (kind: JournalKind, pick: (r: (typeof paidByCard)[number]) => string | null): string[] =>
      paidByCard
        .filter((r) => r.kind === kind)
        .map(pick)
        .filter((id): id is string => id !== null);
    return {
      recordId,
      tillId: row.tillId,
      tillName: row.tillName,
      number: row.number,
      date,
      closedAt: row.closedAt,
      vatTotals: row.payload.vatTotals,
      tenders: row.payload.tenders,
      revenue: revenue.map((r) => ({ lineKind: r.lineKind, rateBp: r.rateBp, baseCents: Number(r.base) })),
      giftCardSales: {
        ticketIds: ids(JournalKind.TICKET, (r) => r.saleId),
        refundedSaleIds: ids(JournalKind.CREDIT_NOTE, (r) => r.originalSaleId),
      },
      depositTenders: deposits.map((d) => ({ bookingId: d.bookingId, amountCents: Number(d.amount) })),
    };
  }

  /**
   * A till's name and the cash counted when its last cash session closed (null: never closed). The cash
   * office banks from that count (the accounting module subtracts what it already banked since).
   */
  async tillCash(
    tillId: string,
  ): Promise<{ tillName: string; lastCount: { closedAt: Date; countedCents: number } | null } | null> {
    const [row]: { tillName: string; closedAt: Date | null; countedCents: number | null }[] =
      await this.db.query(
        `SELECT t.name AS "tillName", s.closed_at AS "closedAt", s.counted_cents AS "countedCents"
         FROM till t
         LEFT JOIN LATERAL (SELECT closed_at, counted_cents FROM cash_session
                             WHERE till_id = t.id AND closed_at IS NOT NULL ORDER BY closed_at DESC LIMIT 1) s ON true
        WHERE t.id = $1`,
        [tillId],
      );
    if (row === undefined) return null;
    const lastCount =
      row.closedAt === null || row.countedCents === null
        ? null
        : { closedAt: row.closedAt, countedCents: row.countedCents };
    return { tillName: row.tillName, lastCount };
  }
}
