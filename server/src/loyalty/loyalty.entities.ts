import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PointsRounding, Reward, Tier, TierCode } from './domain/program.js';

export const MOVEMENT_KINDS = [
  'EARN',
  'REVERSE',
  'REDEEM',
  'EXPIRE',
  'ADJUST',
  'BIRTHDAY',
  'REFERRAL',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * Loyalty rows follow their client through a merge: the keys are checked at commit (deferred), after
 * the merge's in-transaction handler has moved them to the surviving record.
 */
const CLIENT_FK = { onDelete: 'NO ACTION', deferrable: 'INITIALLY DEFERRED' } as const;

/** The program's rules: one row (id 1), created with the defaults on first read. */
@Entity({ name: 'loyalty_program' })
@Check('ck_loyalty_program_single', 'id = 1')
export class LoyaltyProgramEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'integer', default: 1 })
  servicePointsPerEuro: number;

  @Column({ type: 'integer', default: 1 })
  productPointsPerEuro: number;

  @Column({ type: 'text', default: 'DOWN' })
  rounding: PointsRounding;

  @Column({ type: 'integer', default: 12 })
  expiryMonths: number;

  @Column({ type: 'integer', default: 50 })
  birthdayBonusPoints: number;

  @Column({ type: 'integer', default: 100 })
  referralBonusPoints: number;

  @Column({ type: 'jsonb' })
  tiers: Tier[];

  @Column({ type: 'jsonb' })
  rewards: Reward[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A client's loyalty account: the balance (always the sum of the client's movements, kept in the
 * transaction that writes each movement), the tier and the 12-month spend it was computed from, the
 * referral code and who referred the client.
 */
@Entity({ name: 'loyalty_account' })
@Index('uq_loyalty_account_referral_code', ['referralCode'], { unique: true })
export class LoyaltyAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('ClientEntity', CLIENT_FK)
  clientId: string;

  @Column({ type: 'integer', default: 0 })
  balance: number;

  @Column({ type: 'text', default: 'BRONZE' })
  tier: TierCode;

  @Column({ type: 'integer', default: 0 })
  spend12mCents: number;

  @Column({ type: 'timestamptz', nullable: true })
  tierComputedAt: Date | null;

  @Column({ type: 'text' })
  referralCode: string;

  /**
   * What the client's loyalty card (QR code) carries: 128 random bits in hex, drawn by the database
   * when the account is created, never derived from the client id; the till looks the client up by it.
   */
  @Index('uq_loyalty_account_card_token', { unique: true })
  // The migration's default is `replace((gen_random_uuid())::text, '-', '')`; TypeORM compares it
  // with its casts removed, as written here (the entities never create the table).
  @Column({ type: 'text', default: () => "replace((gen_random_uuid()), '-', '')" })
  cardToken: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('ClientEntity', CLIENT_FK)
  referredBy: string | null;

  /** When both parties got the referral bonus (once). */
  @Column({ type: 'timestamptz', nullable: true })
  referralRewardedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One movement of a client's points, never updated except `remaining` (what is left of a positive
 * lot, consumed oldest expiry first). `idempotency_key` makes a redelivered job one movement:
 * `earn:<saleId>`, `reverse:<creditNoteId>`, `redeem:<saleLineId>`, `referral:<clientId>:…`.
 */
@Entity({ name: 'loyalty_movement' })
@Index('ix_loyalty_movement_client', ['clientId', 'occurredAt'])
@Index('uq_loyalty_movement_key', ['idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
@Index('ix_loyalty_movement_open_lots', ['expiresAt'], { where: 'remaining > 0' })
@Check('ck_loyalty_movement_remaining', 'remaining >= 0 AND remaining <= greatest(points, 0)')
@Check('ck_loyalty_movement_points', 'points <> 0')
export class LoyaltyMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey('ClientEntity', CLIENT_FK)
  clientId: string;

  @Column({ type: 'text' })
  kind: MovementKind;

  /** Signed: positive adds points, negative takes them. */
  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'integer', default: 0 })
  remaining: number;

  @Column({ type: 'text' })
  reason: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('SaleEntity', { onDelete: 'RESTRICT' })
  saleId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}

/**
 * A reward staff put on an open ticket with the client's consent: what the LOYALTY_REWARD line names
 * (`referenceId`). Its points leave the account when the ticket completes (REDEEM, same transaction).
 */
@Entity({ name: 'loyalty_redemption' })
export class LoyaltyRedemptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  @ForeignKey('SaleEntity', { onDelete: 'CASCADE' })
  saleId: string;

  @Index()
  @Column({ type: 'uuid' })
  @ForeignKey('ClientEntity', CLIENT_FK)
  clientId: string;

  @Column({ type: 'text' })
  rewardCode: string;

  @Column({ type: 'jsonb' })
  reward: Reward;

  @Column({ type: 'timestamptz' })
  consentAt: Date;

  @Column({ type: 'uuid' })
  consentRecordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
