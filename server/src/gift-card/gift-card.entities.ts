import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const GIFT_CARD_KINDS = ['AMOUNT', 'SERVICE'] as const;
export type GiftCardKindName = (typeof GIFT_CARD_KINDS)[number];
/**
 * PENDING_PAYMENT: ordered, not paid (online flavour, next slice); ACTIVE: usable; USED: balance 0;
 * EXPIRED: past its date, the remainder written off; CANCELLED: taken back before any use.
 */
export const GIFT_CARD_STATUSES = ['PENDING_PAYMENT', 'ACTIVE', 'USED', 'EXPIRED', 'CANCELLED'] as const;
export type GiftCardStatus = (typeof GIFT_CARD_STATUSES)[number];
export const VOUCHER_CATEGORIES = ['SINGLE_PURPOSE', 'MULTI_PURPOSE'] as const;
export const GIFT_CARD_MOVEMENT_KINDS = ['ISSUE', 'REDEEM', 'REFUND', 'EXPIRE', 'EXTEND', 'CANCEL'] as const;
export type GiftCardMovementKind = (typeof GIFT_CARD_MOVEMENT_KINDS)[number];

/**
 * A gift card. The code itself is never stored: `code_hash` is HMAC-SHA-256 of the normalised code
 * under a key derived from the server secret, `code_last4` what staff may see. The balance only moves
 * with a `gift_card_movement` row in the same transaction (the ledger sums to it).
 */
@Entity({ name: 'gift_card' })
@Index('ix_gift_card_status_expires', ['status', 'expiresAt'])
@Index('uq_gift_card_sale_line', ['saleLineId', 'saleLineUnit'], {
  unique: true,
  where: 'sale_line_id IS NOT NULL',
})
@Index('uq_gift_card_order', ['orderId'], { unique: true, where: 'order_id IS NOT NULL' })
@Check('ck_gift_card_balance', 'balance_cents >= 0 AND balance_cents <= face_value_cents')
@Check('ck_gift_card_price', 'price_paid_cents >= 0 AND face_value_cents > 0')
@Check('ck_gift_card_service', "(kind = 'SERVICE') = (service_id IS NOT NULL)")
export class GiftCardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  codeHash: string;

  @Column({ type: 'text' })
  codeLast4: string;

  @Column({ type: 'enum', enum: GIFT_CARD_KINDS, enumName: 'gift_card_kind' })
  kind: GiftCardKindName;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('ServiceEntity', { onDelete: 'RESTRICT' })
  serviceId: string | null;

  /** The service's name when the card was sold (the catalogue may rename it later). */
  @Column({ type: 'text', nullable: true })
  serviceName: string | null;

  @Column({ type: 'integer' })
  faceValueCents: number;

  /** What the buyer paid (below the face value in a promotion). */
  @Column({ type: 'integer' })
  pricePaidCents: number;

  @Column({ type: 'integer' })
  balanceCents: number;

  @Column({ type: 'enum', enum: GIFT_CARD_STATUSES, enumName: 'gift_card_status' })
  status: GiftCardStatus;

  @Column({ type: 'enum', enum: VOUCHER_CATEGORIES, enumName: 'voucher_category' })
  category: (typeof VOUCHER_CATEGORIES)[number];

  /** The VAT rate of the sale (single-purpose), 0 for a multi-purpose card. */
  @Column({ type: 'integer' })
  vatRateBp: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  buyerName: string | null;

  @Column({ type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** Where the card is e-mailed (null: printed at the till, handed over by hand). */
  @Column({ type: 'text', nullable: true })
  recipientEmail: string | null;

  /** The buyer's address: a copy of the card ("send to me"), the receipt of an online order. */
  @Column({ type: 'text', nullable: true })
  buyerEmail: string | null;

  /** When to e-mail the card (scheduled gift); null: as soon as it is issued. */
  @Column({ type: 'timestamptz', nullable: true })
  deliverAt: Date | null;

  /** When the card's e-mail was last handed to the notification outbox. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /**
   * The code sealed with AES-256-GCM under its own server-derived key (like the ticket's copy), so the
   * card can be re-sent and its PDF regenerated; a copy of the database alone cannot open it.
   */
  @Column({ type: 'text', nullable: true })
  codeSealed: string | null;

  /** The expiry the 30-day reminder was planned for (an extended card gets a reminder again). */
  @Column({ type: 'timestamptz', nullable: true })
  expiryRemindedFor: Date | null;

  /** The online order that paid for it (gift-card purchase on the public site or by staff): one card per order. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('GiftCardOrderEntity', { onDelete: 'RESTRICT' })
  orderId: string | null;

  /** The ticket that sold it at the till (no foreign key: the POS depends on this module). */
  @Column({ type: 'uuid', nullable: true })
  saleId: string | null;

  @Column({ type: 'uuid', nullable: true })
  saleLineId: string | null;

  /** Which card of its line (1…quantity). */
  @Column({ type: 'smallint', nullable: true })
  saleLineUnit: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One movement of a card's balance (signed: ISSUE +, REDEEM −, REFUND +, EXPIRE/CANCEL − the rest,
 * EXTEND with the new date and what it gives back). One ISSUE and one CANCEL per card at most.
 */
@Entity({ name: 'gift_card_movement' })
@Index('ix_gift_card_movement_card', ['giftCardId', 'occurredAt'])
@Index('ix_gift_card_movement_sale', ['saleId'], { where: 'sale_id IS NOT NULL' })
@Index('uq_gift_card_movement_once', ['giftCardId', 'kind'], {
  unique: true,
  where: "kind IN ('ISSUE', 'CANCEL')",
})
@Index('uq_gift_card_movement_tender', ['tenderKey'], { unique: true, where: 'tender_key IS NOT NULL' })
export class GiftCardMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  giftCardId: string;

  @ManyToOne(() => GiftCardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gift_card_id' })
  giftCard?: GiftCardEntity;

  @Column({ type: 'enum', enum: GIFT_CARD_MOVEMENT_KINDS, enumName: 'gift_card_movement_kind' })
  kind: GiftCardMovementKind;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'integer' })
  balanceAfterCents: number;

  @Column({ type: 'uuid', nullable: true })
  saleId: string | null;

  /** The till's key of the tender that redeemed (`<sale id>:<click key>`), unique: never twice. */
  @Column({ type: 'text', nullable: true })
  tenderKey: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** EXTEND: the new expiry. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}

/**
 * One row: how long cards last and the accountant's forced category, if any; what the public shop
 * offers (preset amounts, the free amount's bounds), how long an order waits for its payment, and the
 * account a bank transfer goes to.
 */
@Entity({ name: 'gift_card_settings' })
@Check('ck_gift_card_settings_single', 'id = 1')
@Check('ck_gift_card_settings_validity', 'validity_months BETWEEN 1 AND 60')
@Check(
  'ck_gift_card_settings_free_amount',
  'min_free_amount_cents >= 100 AND max_free_amount_cents <= 100000 AND min_free_amount_cents <= max_free_amount_cents',
)
@Check('ck_gift_card_settings_order_waits', 'transfer_order_hours > 0 AND online_order_minutes > 0')
export class GiftCardSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'integer', default: 12 })
  validityMonths: number;

  @Column({ type: 'enum', enum: VOUCHER_CATEGORIES, enumName: 'voucher_category', nullable: true })
  forcedCategory: (typeof VOUCHER_CATEGORIES)[number] | null;

  /** The public site sells cards (off: the shop says it is closed and refuses orders). */
  @Column({ type: 'boolean', default: true })
  onlineSaleEnabled: boolean;

  /** The amounts the public shop proposes, in cents. */
  @Column({ type: 'integer', array: true, default: () => "'{3000,5000,8000,10000}'" })
  presetAmountsCents: number[];

  @Column({ type: 'integer', default: 2000 })
  minFreeAmountCents: number;

  @Column({ type: 'integer', default: 50000 })
  maxFreeAmountCents: number;

  /** How long an order paid by bank transfer waits (7 days by default). */
  @Column({ type: 'integer', default: 168 })
  transferOrderHours: number;

  /** How long an order paid online waits for its payment (1 hour by default). */
  @Column({ type: 'integer', default: 60 })
  onlineOrderMinutes: number;

  /** The institute's account for transfers; no IBAN: the shop does not offer transfers. */
  @Column({ type: 'text', nullable: true })
  transferIban: string | null;

  @Column({ type: 'text', nullable: true })
  transferBic: string | null;

  @Column({ type: 'text', nullable: true })
  transferHolder: string | null;
}
