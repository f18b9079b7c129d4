import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_PROGRAM, type LoyaltyProgram } from './domain/program.js';
import type { PointsLot } from './domain/lots.js';
import {
  LoyaltyAccountEntity,
  LoyaltyMovementEntity,
  LoyaltyProgramEntity,
  type MovementKind,
} from './loyalty.entities.js';

export interface NewMovement {
  clientId: string;
  kind: MovementKind;
  points: number;
  reason: string;
  saleId: string | null;
  expiresAt: Date | null;
  idempotencyKey: string | null;
  createdBy: string | null;
  occurredAt: Date;
}

export interface SaleForLoyalty {
  id: string;
  kind: 'SALE' | 'CREDIT_NOTE';
  status: string;
  clientId: string | null;
  totalInclCents: number;
  originalSaleId: string | null;
  journalNumber: number | null;
  completedAt: Date | null;
  lines: { kind: string; totalInclCents: number }[];
}

export interface ClientContact {
  id: string;
  firstName: string;
  email: string | null;
  phone: string | null;
}

/**
 * The loyalty module's SQL. The sale and client tables are read by name: loyalty listens to the
 * point of sale and the client file, it does not drive them.
 */
@Injectable()
export class LoyaltyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  /** The program row, created with the defaults on first read. */
  async program(manager?: EntityManager, lock = false): Promise<LoyaltyProgramEntity> {
    const m = this.m(manager);
    await m.query(
      `INSERT INTO loyalty_program (id, tiers, rewards) VALUES (1, $1::jsonb, $2::jsonb) ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(DEFAULT_PROGRAM.tiers), JSON.stringify(DEFAULT_PROGRAM.rewards)],
    );
    const row = await m.findOne(LoyaltyProgramEntity, {
      where: { id: 1 },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (row === null) throw new Error('loyalty_program row missing after insert');
    return row;
  }

  async saveProgram(m: EntityManager, p: LoyaltyProgram): Promise<void> {
    await m.update(LoyaltyProgramEntity, { id: 1 }, { ...p });
  }

  /** Which of these services exist (one statement). */
  async existingServices(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await m.query('SELECT id FROM service WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  account(clientId: string, manager?: EntityManager): Promise<LoyaltyAccountEntity | null> {
    return this.m(manager).findOneBy(LoyaltyAccountEntity, { clientId });
  }

  /** Locks the client's account until the transaction ends, creating it (with `code()`) if missing. */
  async lockAccount(
    m: EntityManager,
    clientId: string,
    code: () => Promise<string>,
  ): Promise<LoyaltyAccountEntity> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const row = await m.findOne(LoyaltyAccountEntity, {
        where: { clientId },
        lock: { mode: 'pessimistic_write' },
      });
      if (row !== null) return row;
      // A taken referral code (or a concurrent creation) inserts nothing: look again, draw again.
      await m.query(
        `INSERT INTO loyalty_account (client_id, referral_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [clientId, await code()],
      );
    }
    throw new Error(`Could not create the loyalty account of ${clientId}`);
  }

  async updateAccount(
    m: EntityManager,
    clientId: string,
    changes: Partial<LoyaltyAccountEntity>,
  ): Promise<void> {
    await m.update(LoyaltyAccountEntity, { clientId }, changes);
  }

  async addToBalance(m: EntityManager, clientId: string, delta: number): Promise<void> {
    await m.query(
      'UPDATE loyalty_account SET balance = balance + $2, updated_at = now() WHERE client_id = $1',
      [clientId, delta],
    );
  }

  /** Inserts the movement unless its idempotency key exists; its id, or null when it already did. */
  async insertMovement(m: EntityManager, mv: NewMovement): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO loyalty_movement
         (client_id, kind, points, remaining, reason, sale_id, expires_at, idempotency_key, created_by, occurred_at)
       VALUES ($1, $2, $3, greatest($3, 0), $4, $5, $6, $7, $8, $9)
       ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        mv.clientId,
        mv.kind,
        mv.points,
        mv.reason,
        mv.saleId,
        mv.expiresAt,
        mv.idempotencyKey,
        mv.createdBy,
        mv.occurredAt,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async hasKey(m: EntityManager, key: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM loyalty_movement WHERE idempotency_key = $1', [key]);
    return rows.length > 0;
  }

  /** The client's lots with points left (the account row is locked by the caller). */
  async openLots(m: EntityManager, clientId: string): Promise<PointsLot[]> {
    const rows: { id: string; remaining: number; expiresAt: Date | null }[] = await m.query(
      `SELECT id, remaining, expires_at AS "expiresAt" FROM loyalty_movement
        WHERE client_id = $1 AND remaining > 0`,
      [clientId],
    );
    return rows.map((r) => ({ id: r.id, remaining: r.remaining, expiresAt: r.expiresAt?.getTime() ?? null }));
  }

  async takeFromLot(m: EntityManager, lotId: string, points: number): Promise<void> {
    await m.query('UPDATE loyalty_movement SET remaining = remaining - $2 WHERE id = $1', [lotId, points]);
  }

  movements(clientId: string, limit: number): Promise<LoyaltyMovementEntity[]> {
    return this.db.manager.find(LoyaltyMovementEntity, {
      where: { clientId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** Σ points of the client's movements (what the balance must equal). */
  async ledgerSum(clientId: string, manager?: EntityManager): Promise<number> {
    const rows: { sum: number }[] = await this.m(manager).query(
      'SELECT coalesce(sum(points), 0)::int AS sum FROM loyalty_movement WHERE client_id = $1',
      [clientId],
    );
    return rows[0].sum;
  }

  /** Σ points of the movements whose key starts with `prefix` (what a sale already earned or gave back). */
  async pointsByKeyPrefix(m: EntityManager, prefix: string): Promise<number> {
    const rows: { sum: number }[] = await m.query(
      `SELECT coalesce(sum(points), 0)::int AS sum FROM loyalty_movement WHERE idempotency_key LIKE $1 || '%'`,
      [prefix],
    );
    return rows[0].sum;
  }

  async sale(m: EntityManager, saleId: string): Promise<SaleForLoyalty | null> {
    const rows: Omit<SaleForLoyalty, 'lines'>[] = await m.query(
      `SELECT id, kind, status, client_id AS "clientId", total_incl_cents AS "totalInclCents",
              original_sale_id AS "originalSaleId", journal_number AS "journalNumber", completed_at AS "completedAt"
         FROM sale WHERE id = $1`,
      [saleId],
    );
    if (rows.length === 0) return null;
    const lines: { kind: string; totalInclCents: number }[] = await m.query(
      `SELECT kind, total_incl_cents AS "totalInclCents" FROM sale_line WHERE sale_id = $1 ORDER BY position`,
      [saleId],
    );
    return { ...rows[0], lines };
  }

  /** The client's spend over the 12 months before `now`: completed tickets less credit notes. */
  async spend12m(m: EntityManager, clientId: string, now: Date): Promise<number> {
    const rows: { spend: number }[] = await m.query(
      `SELECT coalesce(sum(total_incl_cents), 0)::int AS spend FROM sale
        WHERE client_id = $1 AND status = 'COMPLETED'
          AND completed_at > $2::timestamptz - interval '12 months' AND completed_at <= $2`,
      [clientId, now],
    );
    return rows[0].spend;
  }

  /** Completed paid tickets of the client (a referral pays out on the first). */
  async paidTickets(m: EntityManager, clientId: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM sale
        WHERE client_id = $1 AND kind = 'SALE' AND status = 'COMPLETED' AND total_incl_cents > 0`,
      [clientId],
    );
    return rows[0].n;
  }

  async client(m: EntityManager, clientId: string): Promise<ClientContact | null> {
    const rows: ClientContact[] = await m.query(
      `SELECT id, first_name AS "firstName", email, phone FROM client WHERE id = $1`,
      [clientId],
    );
    return rows[0] ?? null;
  }

  /** The client behind a loyalty card's token (archived clients are not found). */
  async clientByCardToken(token: string): Promise<(ClientContact & { lastName: string }) | null> {
    const rows: (ClientContact & { lastName: string })[] = await this.db.query(
      `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone
         FROM loyalty_account a JOIN client c ON c.id = a.client_id
        WHERE a.card_token = $1 AND c.archived_at IS NULL`,
      [token],
    );
    return rows[0] ?? null;
  }

  async accountByCode(m: EntityManager, code: string): Promise<LoyaltyAccountEntity | null> {
    return m.findOneBy(LoyaltyAccountEntity, { referralCode: code });
  }

  /** Clients with a lot whose date has passed at `now`. */
  async clientsWithExpiredLots(now: Date): Promise<string[]> {
    const rows: { clientId: string }[] = await this.db.query(
      `SELECT DISTINCT client_id AS "clientId" FROM loyalty_movement
        WHERE remaining > 0 AND expires_at <= $1`,
      [now],
    );
    return rows.map((r) => r.clientId);
  }

  /** Members (clients with an account) with a birthday, and the date (YYYY-MM-DD). */
  async memberBirthdays(): Promise<{ clientId: string; birthday: string }[]> {
    return this.db.query(
      `SELECT a.client_id AS "clientId", to_char(c.birthday, 'YYYY-MM-DD') AS birthday
         FROM loyalty_account a JOIN client c ON c.id = a.client_id
        WHERE c.birthday IS NOT NULL AND c.archived_at IS NULL`,
    );
  }

  async allAccountIds(): Promise<string[]> {
    const rows: { clientId: string }[] = await this.db.query(
      'SELECT client_id AS "clientId" FROM loyalty_account ORDER BY client_id',
    );
    return rows.map((r) => r.clientId);
  }

  /** Points held by rewards on tickets not yet completed (other than `exceptSaleId`). */
  async heldByOpenRewards(m: EntityManager, clientId: string, exceptSaleId: string | null): Promise<number> {
    const rows: { held: number }[] = await m.query(
      `SELECT coalesce(sum((r.reward->>'points')::int), 0)::int AS held
         FROM loyalty_redemption r
         JOIN sale_line l ON l.kind = 'LOYALTY_REWARD' AND l.data->>'redemptionId' = r.id::text
         JOIN sale s ON s.id = l.sale_id AND s.status <> 'COMPLETED'
        WHERE r.client_id = $1 AND ($2::uuid IS NULL OR s.id <> $2::uuid)`,
      [clientId, exceptSaleId],
    );
    return rows[0].held;
  }
}
