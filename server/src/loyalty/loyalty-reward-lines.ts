import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import type { LineDraft, LineEffectContext, LoyaltyRewardPort, SaleLineEntity } from '../pos/index.js';
import { rewardLineCents } from './domain/rewards.js';
import { LoyaltyRedemptionEntity } from './loyalty.entities.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

/** VAT rate of a reward line: the institute's services and products are at 20 % (ACCOUNTING.md §1). */
const REWARD_VAT_BP = 2000;

/**
 * The loyalty side of the till's LOYALTY_REWARD line (bound to pos's `LOYALTY_REWARD_PORT`). The line
 * is a discount on the ticket, booked net (ACCOUNTING.md §3): one unit taken off (quantity −1) at 20 %. Its points
 * leave the account in the completing transaction, refused if the balance no longer covers them.
 */
@Injectable()
export class LoyaltyRewardLines implements LoyaltyRewardPort {
  constructor(
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
  ) {}

  async draftRewardLine(m: EntityManager, saleId: string, redemptionId: string): Promise<LineDraft> {
    const redemption = await m.findOneBy(LoyaltyRedemptionEntity, { id: redemptionId });
    if (redemption === null || redemption.saleId !== saleId)
      throw new NotFoundError('Récompense introuvable pour ce ticket.');
    const onLine: unknown[] = await m.query(
      `SELECT 1 FROM sale_line WHERE kind = 'LOYALTY_REWARD' AND data->>'redemptionId' = $1`,
      [redemptionId],
    );
    if (onLine.length > 0) throw new ConflictError('Cette récompense est déjà sur le ticket.');
    const account = await this.ledger.lockAccount(m, redemption.clientId);
    const held = await this.repo.heldByOpenRewards(m, redemption.clientId, null);
    if (account.balance - held < redemption.reward.points) {
      throw new ConflictError(
        `Points insuffisants : ${account.balance - held} disponibles, ${redemption.reward.points} nécessaires.`,
      );
    }
    const positive: { total: number }[] = await m.query(
      `SELECT coalesce(sum(total_incl_cents), 0)::int AS total FROM sale_line WHERE sale_id = $1`,
      [saleId],
    );
    const reward = redemption.reward;
    let amount: number;
    let label: string;
    if (reward.kind === 'FREE_SERVICE') {
      const rows: { name: string; priceCents: number }[] = await m.query(
        'SELECT name, price_cents AS "priceCents" FROM service WHERE id = $1',
        [reward.serviceId],
      );
      if (rows.length === 0) throw new NotFoundError('La prestation offerte n’existe plus.');
      amount = rows[0].priceCents;
      label = `Fidélité : ${rows[0].name} offert(e)`;
    } else {
      amount = reward.amountCents ?? 0;
      label = `Fidélité : ${reward.name}`;
    }
    // Never below 0 €, never points spent for part of the reward: refused on a smaller ticket.
    const line = rewardLineCents(amount, positive[0].total);
    if (!line.ok) throw new BadUserInputError(line.message, 'input.rewardCode');
    // One unit taken off (quantity −1 at a positive price: the till's prices are never negative).
    return {
      label,
      quantity: -1,
      unitPriceCents: line.cents,
      vatRateBp: REWARD_VAT_BP,
      practitionerId: null,
      productId: null,
      bookingItemId: null,
      data: { redemptionId, rewardCode: reward.code, points: reward.points, clientId: redemption.clientId },
    };
  }

  async onRewardSold(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    const m = uow.manager;
    const data = line.data ?? {};
    const redemption = await m.findOneBy(LoyaltyRedemptionEntity, { id: String(data.redemptionId) });
    if (redemption === null) throw new ConflictError('Récompense fidélité introuvable : retirez la ligne.');
    if (line.quantity !== -1 || line.totalInclCents > 0)
      throw new ConflictError(
        'Une récompense fidélité compte pour une unité offerte : retirez la ligne et reprenez-la.',
      );
    const sale: { clientId: string | null; total: number }[] = await m.query(
      'SELECT client_id AS "clientId", total_incl_cents AS total FROM sale WHERE id = $1',
      [ctx.saleId],
    );
    if (sale[0]?.clientId !== redemption.clientId)
      throw new ConflictError('La récompense fidélité appartient à une autre cliente que celle du ticket.');
    if (sale[0].total < 0) throw new ConflictError('Une récompense ne peut pas rendre le ticket négatif.');
    const program = await this.repo.program(m);
    await this.ledger.record(
      m,
      {
        clientId: redemption.clientId,
        kind: 'REDEEM',
        points: -redemption.reward.points,
        reason: `Récompense : ${redemption.reward.name}`,
        saleId: ctx.saleId,
        idempotencyKey: `redeem:${line.id}`,
        createdBy: ctx.userId,
        mustCover: true,
      },
      program,
      new Date(ctx.now),
    );
  }

  async onRewardCredited(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    // A reward line taken back by a credit note gives its points back, once.
    const m = uow.manager;
    if (line.originalLineId === null) return;
    const rows: { clientId: string; points: number }[] = await m.query(
      `SELECT client_id AS "clientId", -points AS points FROM loyalty_movement WHERE idempotency_key = $1`,
      [`redeem:${line.originalLineId}`],
    );
    if (rows.length === 0) return;
    const program = await this.repo.program(m);
    await this.ledger.record(
      m,
      {
        clientId: rows[0].clientId,
        kind: 'ADJUST',
        points: rows[0].points,
        reason: 'Récompense reprise par un avoir : points rendus',
        saleId: ctx.saleId,
        idempotencyKey: `redeem-back:${line.originalLineId}`,
        createdBy: ctx.userId,
      },
      program,
      new Date(ctx.now),
    );
  }
}
