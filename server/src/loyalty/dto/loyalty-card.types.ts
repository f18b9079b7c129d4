import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TierCodeEnum } from './loyalty.types.js';
import type { TierCode } from '../domain/program.js';

@ObjectType('PublicLoyaltyReward')
export class PublicLoyaltyRewardType {
  @Field() name: string;
  @Field(() => Int) points: number;
}

/** What the manage-booking page shows of the booking's client's loyalty card: nothing else. */
@ObjectType('PublicLoyaltyCard')
export class PublicLoyaltyCardType {
  @Field(() => Int) balance: number;
  @Field(() => TierCodeEnum) tier: TierCode;
  @Field() tierName: string;
  @Field(() => [PublicLoyaltyRewardType], { description: 'Rewards the balance pays for now.' })
  availableRewards: PublicLoyaltyRewardType[];
  @Field(() => PublicLoyaltyRewardType, {
    nullable: true,
    description: 'The cheapest reward still out of reach (null: every reward is affordable).',
  })
  nextReward: PublicLoyaltyRewardType | null;
  @Field({ description: 'What the card’s QR code carries (random; the till attaches the client by it).' })
  cardToken: string;
  @Field({ description: 'The card’s QR code as an SVG document.' })
  qrSvg: string;
}

@ObjectType('LoyaltyCardClient')
export class LoyaltyCardClientType {
  @Field(() => ID) clientId: string;
  @Field() firstName: string;
  @Field() lastName: string;
}
