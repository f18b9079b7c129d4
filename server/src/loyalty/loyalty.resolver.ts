import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/validation.js';
import { SaleType } from '../pos/index.js';
import {
  AdjustPointsInput,
  LoyaltyAccountType,
  LoyaltyProgramType,
  RecordReferralInput,
  RedeemRewardInput,
  ReferralCodeType,
  UpdateLoyaltyProgramInput,
} from './dto/loyalty.types.js';
import { LoyaltyAccountService, type AccountView } from './loyalty-account.service.js';
import { LoyaltyProgramService } from './loyalty-program.service.js';
import { LoyaltyRedeemService } from './loyalty-redeem.service.js';

function toAccountType(v: AccountView): LoyaltyAccountType {
  return {
    clientId: v.account.clientId,
    balance: v.account.balance,
    tier: v.account.tier,
    tierName: v.tierName,
    spend12mCents: v.account.spend12mCents,
    referralCode: v.account.referralCode,
    referredBy: v.account.referredBy,
    availableRewards: v.availableRewards,
    movements: v.movements.map((mv) => ({
      id: mv.id,
      kind: mv.kind,
      points: mv.points,
      reason: mv.reason,
      saleId: mv.saleId,
      expiresAt: mv.expiresAt,
      remaining: mv.remaining,
      occurredAt: mv.occurredAt,
    })),
  };
}

/** Loyalty: the program (read by the desk, changed by an ADMIN), accounts, rewards at the till, referral. */
@Resolver()
export class LoyaltyResolver {
  constructor(
    private readonly program: LoyaltyProgramService,
    private readonly accounts: LoyaltyAccountService,
    private readonly redemptions: LoyaltyRedeemService,
  ) {}

  @Roles('STAFF')
  @Query(() => LoyaltyProgramType)
  loyaltyProgram(): Promise<LoyaltyProgramType> {
    return this.program.get();
  }

  @Roles('ADMIN')
  @Mutation(() => LoyaltyProgramType)
  updateLoyaltyProgram(@Args('input') input: UpdateLoyaltyProgramInput): Promise<LoyaltyProgramType> {
    return this.program.update({
      ...input,
      rewards: input.rewards.map((r) => ({
        ...r,
        amountCents: r.amountCents ?? null,
        serviceId: r.serviceId ?? null,
      })),
    });
  }

  @Roles('STAFF')
  @Query(() => LoyaltyAccountType, { description: 'A client’s points, tier, rewards and movements.' })
  async loyaltyAccount(
    @Args('clientId', { type: () => ID }, ParseIdPipe) clientId: string,
  ): Promise<LoyaltyAccountType> {
    return toAccountType(await this.accounts.view(clientId));
  }

  @Roles('ADMIN')
  @Mutation(() => LoyaltyAccountType, { description: 'Adds or removes points by hand, with a reason.' })
  async adjustPoints(
    @Args('input') input: AdjustPointsInput,
    @CurrentUser() user: AuthUser,
  ): Promise<LoyaltyAccountType> {
    return toAccountType(await this.accounts.adjust(input, user.id, new Date()));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, { description: 'Puts a reward on an open ticket, with the client’s consent.' })
  redeemReward(@Args('input') input: RedeemRewardInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.redemptions.redeem(
      input,
      { userId: user.id, admin: user.role === 'ADMIN', sessionId: user.sessionId },
      new Date(),
    );
  }

  @Roles('STAFF')
  @Query(() => ReferralCodeType, { description: 'The client’s referral code and link (stable).' })
  referralCode(
    @Args('clientId', { type: () => ID }, ParseIdPipe) clientId: string,
  ): Promise<ReferralCodeType> {
    return this.accounts.referralCode(clientId);
  }

  @Roles('STAFF')
  @Mutation(() => LoyaltyAccountType, { description: 'Records who referred a new client.' })
  async recordReferral(@Args('input') input: RecordReferralInput): Promise<LoyaltyAccountType> {
    return toAccountType(await this.accounts.recordReferral(input));
  }
}
