import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export const PAYMENT_KINDS = ['DEPOSIT', 'BALANCE', 'SALE', 'GIFT_CARD_PURCHASE'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_METHODS = [
  'CARD_ONLINE',
  'CARD_TERMINAL',
  'PAYPAL',
  'CASH',
  'GIFT_CARD',
  'BANK_TRANSFER',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_PROVIDERS = ['STRIPE', 'SUMUP', 'PAYPAL', 'SIMULATED', 'MANUAL', 'GIFT_CARD'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];
export const PAYMENT_STATUSES = [
  'PENDING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * The ledger: every payment, whatever the method. `refunded_cents` only grows through refunds and
 * can never exceed the amount (checked by PostgreSQL, reserved with a conditional update).
 */
@Entity({ name: 'payment' })
@Check('ck_payment_amount', 'amount_cents > 0')
@Check('ck_payment_refunded', 'refunded_cents >= 0 AND refunded_cents <= amount_cents')
@Check('ck_payment_one_owner', 'booking_id IS NULL OR gift_card_order_id IS NULL')
@Check(
  'ck_payment_gift_card_order',
  "(kind = 'GIFT_CARD_PURCHASE' AND gift_card_order_id IS NOT NULL) OR gift_card_order_id IS NULL",
)
@Index('uq_payment_provider_reference', ['provider', 'providerReference'], {
  unique: true,
  where: 'provider_reference IS NOT NULL',
})
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PAYMENT_KINDS, enumName: 'payment_kind' })
  kind: PaymentKind;

  @Column({ type: 'enum', enum: PAYMENT_METHODS, enumName: 'payment_method' })
  method: PaymentMethod;

  @Column({ type: 'enum', enum: PAYMENT_PROVIDERS, enumName: 'payment_provider' })
  provider: PaymentProviderName;

  /** PaymentIntent id, SumUp client transaction id, PayPal order id… */
  @Column({ type: 'text', nullable: true })
  providerReference: string | null;

  /** Provider-side detail for the screen (e.g. a terminal's WAITING_FOR_PIN). */
  @Column({ type: 'text', nullable: true })
  providerStatus: string | null;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'integer', default: 0 })
  refundedCents: number;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @Column({ type: 'enum', enum: PAYMENT_STATUSES, enumName: 'payment_status' })
  status: PaymentStatus;

  /**
   * The booking paid for. A foreign key without an ORM relation (the target is named, not imported):
   * booking depends on payment, never the other way round.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('BookingEntity', { onDelete: 'RESTRICT' })
  bookingId: string | null;

  /**
   * The online gift-card order paid for (the other owner a payment may have: at most one of the two is
   * set). Named, not imported: the gift-card module depends on payment, never the other way round.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('GiftCardOrderEntity', { onDelete: 'RESTRICT' })
  giftCardOrderId: string | null;

  /** One key per intended payment: retries of the same request find the same row. */
  @Column({ type: 'text', unique: true })
  idempotencyKey: string;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  succeededAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'refund' })
@Check('ck_refund_amount', 'amount_cents > 0')
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  paymentId: string;

  @ManyToOne(() => PaymentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: PaymentEntity;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'enum', enum: REFUND_STATUSES, enumName: 'refund_status' })
  status: RefundStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  providerReference: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Provider events already applied: a redelivered event finds its row and changes nothing. */
@Entity({ name: 'provider_event' })
@Unique('uq_provider_event', ['provider', 'eventId'])
export class ProviderEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PAYMENT_PROVIDERS, enumName: 'payment_provider' })
  provider: PaymentProviderName;

  @Column({ type: 'text' })
  eventId: string;

  @Column({ type: 'text' })
  type: string;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}

/**
 * Payment provider settings (one row). Secrets are stored encrypted (AES-256-GCM under a key derived
 * from the server secret), are write-only through the API, and never logged.
 */
@Entity({ name: 'payment_settings' })
@Check('ck_payment_settings_single_row', 'id = 1')
export class PaymentSettingsEntity {
  @Column({ type: 'smallint', primary: true, default: 1 })
  id: number;

  @Column({ type: 'text', nullable: true })
  stripePublishableKey: string | null;

  @Column({ type: 'text', nullable: true })
  stripeSecretKeyEnc: string | null;

  @Column({ type: 'text', nullable: true })
  stripeWebhookSecretEnc: string | null;

  @Column({ type: 'text', nullable: true })
  sumupMerchantCode: string | null;

  @Column({ type: 'text', nullable: true })
  sumupApiKeyEnc: string | null;

  @Column({ type: 'text', nullable: true })
  paypalClientId: string | null;

  @Column({ type: 'text', nullable: true })
  paypalClientSecretEnc: string | null;

  @Column({ type: 'text', nullable: true })
  paypalWebhookId: string | null;

  /** Staff (not only admins) may refund. */
  @Column({ type: 'boolean', default: false })
  staffCanRefund: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
