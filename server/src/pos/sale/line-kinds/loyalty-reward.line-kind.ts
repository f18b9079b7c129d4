import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../common/errors.js';
import type { UnitOfWork } from '../../../common/transaction/unit-of-work.js';
import type { SaleLineEntity } from '../sale.entities.js';
import type { LineDraft, LineEffectContext, LineRequest, SaleLineKind } from './sale-line-kind.js';

/**
 * What the loyalty module answers for its reward lines. The point of sale defines the port and the
 * loyalty module binds it (a global provider), so that pos never imports loyalty.
 */
export interface LoyaltyRewardPort {
  /** The reward line for a redemption recorded on this (locked) ticket; refuses in French. */
  draftRewardLine(m: EntityManager, saleId: string, redemptionId: string): Promise<LineDraft>;
  /** Inside the completing transaction: the points leave the client's account (or the ticket fails). */
  onRewardSold(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void>;
  /** Inside the credit note's transaction: the points of a reward taken back return to the client. */
  onRewardCredited(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void>;
}

export const LOYALTY_REWARD_PORT = Symbol('LOYALTY_REWARD_PORT');

/**
 * A loyalty reward taken at the till: one unit taken off (quantity −1 at the amount off, or at the
 * price of a service offered), put there by `redeemReward` with the client's consent (`referenceId` = the redemption).
 */
@Injectable()
export class LoyaltyRewardLineKind implements SaleLineKind {
  readonly kind = 'LOYALTY_REWARD';
  readonly priceEditable = false;

  constructor(@Optional() @Inject(LOYALTY_REWARD_PORT) private readonly port?: LoyaltyRewardPort) {}

  draft(m: EntityManager, r: LineRequest): Promise<LineDraft> {
    if (this.port === undefined)
      throw new BadUserInputError('Le programme de fidélité n’est pas disponible.', 'input.kind');
    if (!r.referenceId || !r.saleId)
      throw new BadUserInputError(
        'Une récompense fidélité s’ajoute avec « Utiliser une récompense ».',
        'input.referenceId',
      );
    return this.port.draftRewardLine(m, r.saleId, r.referenceId);
  }

  async onSaleCompleted(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    await this.port?.onRewardSold(uow, line, ctx);
  }

  async onCredited(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    await this.port?.onRewardCredited(uow, line, ctx);
  }
}
