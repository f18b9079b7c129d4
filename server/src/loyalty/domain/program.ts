/**
 * The loyalty program's rules as the domain functions read them (the `loyalty_program` row, id 1).
 * Points are whole numbers; money is integer cents.
 */
export const TIER_CODES = ['BRONZE', 'SILVER', 'GOLD'] as const;
export type TierCode = (typeof TIER_CODES)[number];

export const POINTS_ROUNDINGS = ['DOWN', 'NEAREST'] as const;
export type PointsRounding = (typeof POINTS_ROUNDINGS)[number];

export const REWARD_KINDS = ['AMOUNT_OFF', 'FREE_SERVICE'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

export interface Tier {
  code: TierCode;
  name: string;
  /** Spend over the last 12 months (VAT included, credit notes deducted) from which the tier applies. */
  minSpendCents: number;
  /** The tier's benefit: basis points off services (1000 = 10 %). */
  serviceDiscountBp: number;
}

export interface Reward {
  /** Stable code chosen by the institute (`BON-10`), what a redemption names. */
  code: string;
  name: string;
  points: number;
  kind: RewardKind;
  /** AMOUNT_OFF: the amount taken off the ticket (VAT included). */
  amountCents: number | null;
  /** FREE_SERVICE: the catalogue service offered. */
  serviceId: string | null;
}

export interface LoyaltyProgram {
  enabled: boolean;
  /** Points earned per euro spent on services / on products (gift-card lines earn none). */
  servicePointsPerEuro: number;
  productPointsPerEuro: number;
  rounding: PointsRounding;
  /** Each lot of points expires this many months after it was earned (rolling). */
  expiryMonths: number;
  birthdayBonusPoints: number;
  /** Given to both the referrer and the referred client after the referred client's first paid visit. */
  referralBonusPoints: number;
  tiers: Tier[];
  rewards: Reward[];
}

export const DEFAULT_PROGRAM: LoyaltyProgram = {
  enabled: true,
  servicePointsPerEuro: 1,
  productPointsPerEuro: 1,
  rounding: 'DOWN',
  expiryMonths: 12,
  birthdayBonusPoints: 50,
  referralBonusPoints: 100,
  tiers: [
    { code: 'BRONZE', name: 'Bronze', minSpendCents: 0, serviceDiscountBp: 0 },
    { code: 'SILVER', name: 'Argent', minSpendCents: 50_000, serviceDiscountBp: 500 },
    { code: 'GOLD', name: 'Or', minSpendCents: 100_000, serviceDiscountBp: 1000 },
  ],
  rewards: [
    {
      code: 'BON-10',
      name: '10 € offerts',
      points: 500,
      kind: 'AMOUNT_OFF',
      amountCents: 1000,
      serviceId: null,
    },
  ],
};
