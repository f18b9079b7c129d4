import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { SaleCartService, type SaleActor, type SaleType } from '../pos/index.js';
import { rewardRefusal, type RewardRefusal } from './domain/rewards.js';
import { LoyaltyRedemptionEntity } from './loyalty.entities.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

const REFUSALS: Record<RewardRefusal, [string, string]> = {
  PROGRAM_OFF: ['Le programme de fidélité est désactivé.', 'input.rewardCode'],
  NO_CLIENT: ['Associez d’abord la cliente au ticket.', 'input.saleId'],
  UNKNOWN_REWARD: ['Récompense inconnue.', 'input.rewardCode'],
  NO_CONSENT: ['La cliente doit accepter d’utiliser ses points.', 'input.clientConsent'],
  NOT_ENOUGH_POINTS: ['La cliente n’a pas assez de points pour cette récompense.', 'input.rewardCode'],
};

/**
 * `redeemReward`: records the client's consent to spend points on a reward (a redemption row), then
 * puts the LOYALTY_REWARD line on the open ticket through the till's own cart. The points leave the
 * account only when the ticket completes.
 */
@Injectable()
export class LoyaltyRedeemService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
    private readonly cart: SaleCartService,
  ) {}

  async redeem(
    input: { saleId: string; rewardCode: string; clientConsent: boolean },
    by: SaleActor,
    now: Date,
  ): Promise<SaleType> {
    const redemptionId = await this.tx.run(async ({ manager: m }) => {
      const sale = await this.repo.sale(m, input.saleId);
      if (sale === null) throw new NotFoundError('Ticket introuvable.');
      if (sale.status === 'COMPLETED' || sale.kind !== 'SALE')
        throw new ConflictError('Une récompense s’utilise sur un ticket en cours.');
      const program = await this.repo.program(m);
      const reward = program.rewards.find((r) => r.code === input.rewardCode);
      let available = 0;
      if (sale.clientId !== null) {
        const account = await this.ledger.lockAccount(m, sale.clientId);
        available = account.balance - (await this.repo.heldByOpenRewards(m, sale.clientId, null));
      }
      const refusal = rewardRefusal({
        programEnabled: program.enabled,
        reward,
        hasClient: sale.clientId !== null,
        consent: input.clientConsent,
        availablePoints: available,
      });
      if (refusal !== null) throw new BadUserInputError(...REFUSALS[refusal]);
      const row = await m.save(
        m.create(LoyaltyRedemptionEntity, {
          saleId: sale.id,
          clientId: sale.clientId!,
          rewardCode: reward!.code,
          reward: reward!,
          consentAt: now,
          consentRecordedBy: by.userId,
        }),
      );
      return row.id;
    });
    try {
      return await this.cart.addLine(
        { saleId: input.saleId, kind: 'LOYALTY_REWARD', quantity: 1, referenceId: redemptionId },
        by,
      );
    } catch (error) {
      await this.tx.run(({ manager }) => manager.delete(LoyaltyRedemptionEntity, { id: redemptionId }));
      throw error;
    }
  }
}
