import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors.js';
import { addMonths, consumeLots, expiredLots } from './domain/lots.js';
import { tierForSpend } from './domain/points.js';
import type { LoyaltyProgram, TierCode } from './domain/program.js';
import { referralCode } from './domain/referral.js';
import type { LoyaltyAccountEntity, MovementKind } from './loyalty.entities.js';
import { LoyaltyRepository } from './loyalty.repository.js';

export interface Movement {
  clientId: string;
  kind: MovementKind;
  /** Signed. */
  points: number;
  reason: string;
  saleId?: string | null;
  idempotencyKey?: string | null;
  createdBy?: string | null;
  /** REDEEM: refuse rather than take the balance below zero. */
  mustCover?: boolean;
}

export interface TierChange {
  clientId: string;
  before: TierCode;
  after: TierCode;
}

/**
 * The only writer of points. Inside the caller's transaction: the account row is locked, the movement
 * inserted (a known idempotency key is a no-op), positive movements become lots expiring after the
 * program's months, negative ones consume lots oldest expiry first, and the balance moves by exactly
 * the movement's points — so the balance is always the sum of the ledger.
 */
@Injectable()
export class LoyaltyLedger {
  constructor(private readonly repo: LoyaltyRepository) {}

  /** The account, locked until the transaction ends; created with a referral code if missing. */
  lockAccount(m: EntityManager, clientId: string): Promise<LoyaltyAccountEntity> {
    return this.repo.lockAccount(m, clientId, async () => {
      const client = await this.repo.client(m, clientId);
      return referralCode(client?.firstName ?? '', randomBytes(6));
    });
  }

  /** Writes the movement; false when its key was already there (nothing changes then). */
  async record(
    m: EntityManager,
    mv: Movement,
    program: Pick<LoyaltyProgram, 'expiryMonths'>,
    now: Date,
  ): Promise<boolean> {
    if (mv.points === 0) return false;
    const account = await this.lockAccount(m, mv.clientId);
    if (mv.mustCover === true && mv.points < 0 && account.balance < -mv.points) {
      throw new ConflictError(
        `Solde de points insuffisant : ${account.balance} points disponibles, ${-mv.points} nécessaires.`,
      );
    }
    const id = await this.repo.insertMovement(m, {
      clientId: mv.clientId,
      kind: mv.kind,
      points: mv.points,
      reason: mv.reason,
      saleId: mv.saleId ?? null,
      expiresAt: mv.points > 0 ? new Date(addMonths(now.getTime(), program.expiryMonths)) : null,
      idempotencyKey: mv.idempotencyKey ?? null,
      createdBy: mv.createdBy ?? null,
      occurredAt: now,
    });
    if (id === null) return false;
    if (mv.points < 0) {
      const { takes } = consumeLots(await this.repo.openLots(m, mv.clientId), -mv.points);
      for (const t of takes) await this.repo.takeFromLot(m, t.lotId, t.points);
    }
    await this.repo.addToBalance(m, mv.clientId, mv.points);
    return true;
  }

  /** Removes what is left of the client's lots dated before `now` (one EXPIRE movement per lot). */
  async expire(m: EntityManager, clientId: string, now: Date): Promise<number> {
    await this.lockAccount(m, clientId);
    let total = 0;
    for (const lot of expiredLots(await this.repo.openLots(m, clientId), now.getTime())) {
      const id = await this.repo.insertMovement(m, {
        clientId,
        kind: 'EXPIRE',
        points: -lot.points,
        reason: 'Points expirés',
        saleId: null,
        expiresAt: null,
        idempotencyKey: `expire:${lot.lotId}`,
        createdBy: null,
        occurredAt: now,
      });
      if (id === null) continue;
      await this.repo.takeFromLot(m, lot.lotId, lot.points);
      await this.repo.addToBalance(m, clientId, -lot.points);
      total += lot.points;
    }
    return total;
  }

  /** Recomputes the tier from the 12-month spend; the change, if any. */
  async refreshTier(
    m: EntityManager,
    clientId: string,
    program: Pick<LoyaltyProgram, 'tiers'>,
    now: Date,
  ): Promise<TierChange | null> {
    const account = await this.lockAccount(m, clientId);
    const spend = await this.repo.spend12m(m, clientId, now);
    const tier = tierForSpend(spend, program.tiers);
    await this.repo.updateAccount(m, clientId, { spend12mCents: spend, tier, tierComputedAt: now });
    return tier === account.tier ? null : { clientId, before: account.tier, after: tier };
  }
}
