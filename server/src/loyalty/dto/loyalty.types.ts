import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import {
  POINTS_ROUNDINGS,
  REWARD_KINDS,
  TIER_CODES,
  type PointsRounding,
  type RewardKind,
  type TierCode,
} from '../domain/program.js';
import { MOVEMENT_KINDS, type MovementKind } from '../loyalty.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TierCodeEnum = enumOf(TIER_CODES);
export const PointsRoundingEnum = enumOf(POINTS_ROUNDINGS);
export const RewardKindEnum = enumOf(REWARD_KINDS);
export const LoyaltyMovementKindEnum = enumOf(MOVEMENT_KINDS);
registerEnumType(TierCodeEnum, {
  name: 'LoyaltyTierCode',
  description: 'BRONZE, SILVER (Argent), GOLD (Or).',
});
registerEnumType(PointsRoundingEnum, {
  name: 'PointsRounding',
  description: 'DOWN (whole points only) or NEAREST (half a point and above counts).',
});
registerEnumType(RewardKindEnum, { name: 'LoyaltyRewardKind', description: 'AMOUNT_OFF or FREE_SERVICE.' });
registerEnumType(LoyaltyMovementKindEnum, { name: 'LoyaltyMovementKind' });

const ID_MESSAGE = { message: 'Identifiant invalide.' };
const MAX_CENTS = 10_000_000;

@ObjectType('LoyaltyTier')
export class LoyaltyTierType {
  @Field(() => TierCodeEnum) code: TierCode;
  @Field() name: string;
  @Field(() => Int, { description: '12-month spend (VAT included) from which the tier applies, in cents.' })
  minSpendCents: number;
  @Field(() => Int, { description: 'Benefit: basis points off services (1000 = 10 %).' })
  serviceDiscountBp: number;
}

@ObjectType('LoyaltyReward')
export class LoyaltyRewardType {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) points: number;
  @Field(() => RewardKindEnum) kind: RewardKind;
  @Field(() => Int, { nullable: true }) amountCents: number | null;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
}

@ObjectType('LoyaltyProgram')
export class LoyaltyProgramType {
  @Field() enabled: boolean;
  @Field(() => Int) servicePointsPerEuro: number;
  @Field(() => Int) productPointsPerEuro: number;
  @Field(() => PointsRoundingEnum) rounding: PointsRounding;
  @Field(() => Int, { description: 'Months after which a lot of points expires (rolling).' })
  expiryMonths: number;
  @Field(() => Int) birthdayBonusPoints: number;
  @Field(() => Int, { description: 'Given to both sides after the referred client’s first paid visit.' })
  referralBonusPoints: number;
  @Field(() => [LoyaltyTierType]) tiers: LoyaltyTierType[];
  @Field(() => [LoyaltyRewardType]) rewards: LoyaltyRewardType[];
}

@InputType()
export class LoyaltyTierInput {
  @Field(() => TierCodeEnum)
  @IsIn(TIER_CODES, { message: 'Palier inconnu (Bronze, Argent ou Or).' })
  code: TierCode;

  @Field()
  @IsString()
  @Length(1, 40, { message: 'Le nom du palier compte de 1 à 40 caractères.' })
  name: string;

  @Field(() => Int)
  @IsInt({ message: 'Le seuil doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le seuil ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le seuil ne peut pas dépasser 100 000 €.' })
  minSpendCents: number;

  @Field(() => Int)
  @IsInt({ message: 'L’avantage doit être un nombre entier de points de base (1000 = 10 %).' })
  @Min(0, { message: 'L’avantage ne peut pas être négatif.' })
  @Max(5000, { message: 'L’avantage ne peut pas dépasser 50 %.' })
  serviceDiscountBp: number;
}

@InputType()
export class LoyaltyRewardInput {
  @Field()
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, {
    message: 'Le code de la récompense compte de 2 à 20 majuscules, chiffres ou tirets.',
  })
  code: string;

  @Field()
  @IsString()
  @Length(1, 80, { message: 'Le nom de la récompense compte de 1 à 80 caractères.' })
  name: string;

  @Field(() => Int)
  @IsInt({ message: 'Le nombre de points doit être un nombre entier.' })
  @Min(1, { message: 'Une récompense coûte au moins 1 point.' })
  @Max(1_000_000, { message: 'Une récompense coûte au plus 1 000 000 de points.' })
  points: number;

  @Field(() => RewardKindEnum)
  @IsIn(REWARD_KINDS, { message: 'Type de récompense inconnu.' })
  kind: RewardKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le montant offert doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant offert doit être positif.' })
  @Max(100_000, { message: 'Le montant offert ne peut pas dépasser 1 000 €.' })
  amountCents?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  serviceId?: string | null;
}

@InputType()
export class UpdateLoyaltyProgramInput {
  @Field() @IsBoolean({ message: 'Indiquez si le programme est actif.' }) enabled: boolean;

  @Field(() => Int)
  @IsInt({ message: 'Les points par euro doivent être un nombre entier.' })
  @Min(0, { message: 'Les points par euro ne peuvent pas être négatifs.' })
  @Max(100, { message: 'Au plus 100 points par euro.' })
  servicePointsPerEuro: number;

  @Field(() => Int)
  @IsInt({ message: 'Les points par euro doivent être un nombre entier.' })
  @Min(0, { message: 'Les points par euro ne peuvent pas être négatifs.' })
  @Max(100, { message: 'Au plus 100 points par euro.' })
  productPointsPerEuro: number;

  @Field(() => PointsRoundingEnum)
  @IsIn(POINTS_ROUNDINGS, { message: 'Arrondi inconnu.' })
  rounding: PointsRounding;

  @Field(() => Int)
  @IsInt({ message: 'La durée de validité doit être un nombre entier de mois.' })
  @Min(1, { message: 'Les points restent valables au moins 1 mois.' })
  @Max(120, { message: 'Les points restent valables au plus 120 mois.' })
  expiryMonths: number;

  @Field(() => Int)
  @IsInt({ message: 'Le bonus d’anniversaire doit être un nombre entier de points.' })
  @Min(0, { message: 'Le bonus d’anniversaire ne peut pas être négatif.' })
  @Max(100_000, { message: 'Le bonus d’anniversaire ne peut pas dépasser 100 000 points.' })
  birthdayBonusPoints: number;

  @Field(() => Int)
  @IsInt({ message: 'Le bonus de parrainage doit être un nombre entier de points.' })
  @Min(0, { message: 'Le bonus de parrainage ne peut pas être négatif.' })
  @Max(100_000, { message: 'Le bonus de parrainage ne peut pas dépasser 100 000 points.' })
  referralBonusPoints: number;

  @Field(() => [LoyaltyTierInput])
  @IsArray()
  @ArrayMinSize(3, { message: 'Indiquez les trois paliers : Bronze, Argent et Or.' })
  @ArrayMaxSize(3, { message: 'Indiquez les trois paliers : Bronze, Argent et Or.' })
  @ValidateNested({ each: true })
  @Type(() => LoyaltyTierInput)
  tiers: LoyaltyTierInput[];

  @Field(() => [LoyaltyRewardInput])
  @IsArray()
  @ArrayMaxSize(30, { message: 'Au plus 30 récompenses.' })
  @ValidateNested({ each: true })
  @Type(() => LoyaltyRewardInput)
  rewards: LoyaltyRewardInput[];
}

@ObjectType('LoyaltyMovement')
export class LoyaltyMovementType {
  @Field(() => ID) id: string;
  @Field(() => LoyaltyMovementKindEnum) kind: MovementKind;
  @Field(() => Int, { description: 'Signed: positive adds points.' }) points: number;
  @Field() reason: string;
  @Field(() => ID, { nullable: true }) saleId: string | null;
  @Field(() => Date, { nullable: true, description: 'Positive lots: when what is left of them expires.' })
  expiresAt: Date | null;
  @Field(() => Int, { description: 'Positive lots: points not yet spent or expired.' }) remaining: number;
  @Field(() => Date) occurredAt: Date;
}

@ObjectType('LoyaltyAccount')
export class LoyaltyAccountType {
  @Field(() => ID) clientId: string;
  @Field(() => Int) balance: number;
  @Field(() => TierCodeEnum) tier: TierCode;
  @Field() tierName: string;
  @Field(() => Int) spend12mCents: number;
  @Field() referralCode: string;
  @Field(() => ID, { nullable: true }) referredBy: string | null;
  @Field(() => [LoyaltyRewardType], { description: 'Rewards the balance pays for now.' })
  availableRewards: LoyaltyRewardType[];
  @Field(() => [LoyaltyMovementType], { description: 'Latest movements first (at most 100).' })
  movements: LoyaltyMovementType[];
}

@ObjectType('ReferralCode')
export class ReferralCodeType {
  @Field() code: string;
  @Field({ description: 'Public link to share.' }) link: string;
}

@InputType()
export class AdjustPointsInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) clientId: string;

  @Field(() => Int, { description: 'Signed, not zero.' })
  @IsInt({ message: 'Le nombre de points doit être un nombre entier.' })
  @Min(-1_000_000, { message: 'Au plus 1 000 000 de points à la fois.' })
  @Max(1_000_000, { message: 'Au plus 1 000 000 de points à la fois.' })
  points: number;

  @Field()
  @IsString()
  @Length(3, 200, { message: 'Indiquez le motif de l’ajustement (3 à 200 caractères).' })
  reason: string;
}

@InputType()
export class RedeemRewardInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field()
  @IsString()
  @Length(1, 20, { message: 'Choisissez une récompense.' })
  rewardCode: string;

  @Field({ description: 'The client agreed to spend her points (must be true).' })
  @Equals(true, { message: 'La cliente doit accepter d’utiliser ses points.' })
  clientConsent: boolean;
}

@InputType()
export class RecordReferralInput {
  @Field(() => ID, { description: 'The new (referred) client.' }) @IsUUID('all', ID_MESSAGE) clientId: string;

  @Field({ description: 'The referrer’s code.' })
  @IsString()
  @Length(3, 30, { message: 'Code de parrainage invalide.' })
  code: string;
}
