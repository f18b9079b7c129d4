import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PayoutProvider } from './banking.entities.js';

export interface PayoutRow {
  id: string;
  provider: PayoutProvider;
  providerPayoutId: string | null;
  paidOn: string;
  grossCents: number;
  feeCents: number;
  netCents: number;
  createdAt: Date;
  /** The bank entry's id (null only if it could not be posted, which the service never commits). */
  entryId: string | null;
}

export interface CashBankingRow {
  id: string;
  tillId: string;
  tillName: string;
  amountCents: number;
  depositedOn: string;
  creditedOn: string | null;
  slipRef: string | null;
  createdAt: Date;
}

const PAYOUT_COLUMNS = `p.id, p.provider, p.provider_payout_id AS "providerPayoutId", p.paid_on::text AS "paidOn",
  p.gross_cents AS "grossCents", p.fee_cents AS "feeCents", p.net_cents AS "netCents", p.created_at AS "createdAt",
  (SELECT e.id FROM accounting_entry e WHERE e.source_key = 'payout:' || p.id) AS "entryId"`;

const BANKING_COLUMNS = `b.id, b.till_id AS "tillId", t.name AS "tillName", b.amount_cents AS "amountCents",
  b.deposited_on::text AS "depositedOn", b.credited_on::text AS "creditedOn", b.slip_ref AS "slipRef",
  b.created_at AS "createdAt"`;

/** The SQL of payouts and cash bankings (their entries go through AccountingRepository.insertEntry). */
@Injectable()
export class BankingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a payout unless the provider's payout id is already recorded; returns the new id or null. */
  async insertPayout(
    m: EntityManager,
    p: Omit<PayoutRow, 'id' | 'createdAt' | 'entryId'> & { recordedBy: string | null },
  ): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO accounting_payout (provider, provider_payout_id, paid_on, gross_cents, fee_cents, net_cents, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (provider, provider_payout_id) WHERE provider_payout_id IS NOT NULL DO NOTHING RETURNING id`,
      [p.provider, p.providerPayoutId, p.paidOn, p.grossCents, p.feeCents, p.netCents, p.recordedBy],
    );
    return rows[0]?.id ?? null;
  }

  async payoutByProviderId(
    m: EntityManager,
    provider: string,
    providerPayoutId: string,
  ): Promise<PayoutRow | null> {
    const rows: PayoutRow[] = await m.query(
      `SELECT ${PAYOUT_COLUMNS} FROM accounting_payout p WHERE p.provider = $1 AND p.provider_payout_id = $2`,
      [provider, providerPayoutId],
    );
    return rows[0] ?? null;
  }

  async payout(m: EntityManager, id: string): Promise<PayoutRow | null> {
    const rows: PayoutRow[] = await m.query(
      `SELECT ${PAYOUT_COLUMNS} FROM accounting_payout p WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async payouts(from: string | null, to: string | null, limit: number): Promise<PayoutRow[]> {
    return this.db.query(
      `SELECT ${PAYOUT_COLUMNS} FROM accounting_payout p
        WHERE ($1::date IS NULL OR p.paid_on >= $1) AND ($2::date IS NULL OR p.paid_on <= $2)
        ORDER BY p.paid_on DESC, p.created_at DESC LIMIT $3`,
      [from, to, limit],
    );
  }

  /** Serialises the bankings of one till (the cash left is read, then written, in the same transaction). */
  async lockTill(m: EntityManager, tillId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('accounting_cash_banking:' || $1))`, [tillId]);
  }

  /** Cash banked from a till since an instant (all of it when `since` is null). */
  async bankedSince(m: EntityManager, tillId: string, since: Date | null): Promise<number> {
    const [row]: { n: string | null }[] = await m.query(
      `SELECT sum(amount_cents) AS n FROM accounting_cash_banking
        WHERE till_id = $1 AND ($2::timestamptz IS NULL OR created_at > $2)`,
      [tillId, since],
    );
    return Number(row.n ?? 0);
  }

  async insertCashBanking(
    m: EntityManager,
    c: {
      tillId: string;
      amountCents: number;
      depositedOn: string;
      creditedOn: string | null;
      slipRef: string | null;
      recordedBy: string | null;
      at: Date;
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO accounting_cash_banking (till_id, amount_cents, deposited_on, credited_on, slip_ref, recorded_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [c.tillId, c.amountCents, c.depositedOn, c.creditedOn, c.slipRef, c.recordedBy, c.at],
    );
    return row.id;
  }

  async lockCashBanking(m: EntityManager, id: string): Promise<CashBankingRow | null> {
    const rows: CashBankingRow[] = await m.query(
      `SELECT ${BANKING_COLUMNS} FROM accounting_cash_banking b JOIN till t ON t.id = b.till_id
        WHERE b.id = $1 FOR UPDATE OF b`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setCredited(m: EntityManager, id: string, creditedOn: string): Promise<void> {
    await m.query(`UPDATE accounting_cash_banking SET credited_on = $2 WHERE id = $1`, [id, creditedOn]);
  }

  async cashBanking(m: EntityManager, id: string): Promise<CashBankingRow | null> {
    const rows: CashBankingRow[] = await m.query(
      `SELECT ${BANKING_COLUMNS} FROM accounting_cash_banking b JOIN till t ON t.id = b.till_id WHERE b.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async cashBankings(from: string | null, to: string | null, limit: number): Promise<CashBankingRow[]> {
    return this.db.query(
      `SELECT ${BANKING_COLUMNS} FROM accounting_cash_banking b JOIN till t ON t.id = b.till_id
        WHERE ($1::date IS NULL OR b.deposited_on >= $1) AND ($2::date IS NULL OR b.deposited_on <= $2)
        ORDER BY b.deposited_on DESC, b.created_at DESC LIMIT $3`,
      [from, to, limit],
    );
  }
}
