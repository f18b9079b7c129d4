import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { GIFT_CARD_KINDS, VOUCHER_CATEGORIES, type GiftCardKindName } from './gift-card.entities.js';

export const GIFT_CARD_ORDER_METHODS = ['CARD_ONLINE', 'PAYPAL', 'BANK_TRANSFER'] as const;
export type GiftCardOrderMethod = (typeof GIFT_CARD_ORDER_METHODS)[number];
export const GIFT_CARD_ORDER_STATUSES = ['PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED'] as const;
export type GiftCardOrderStatus = (typeof GIFT_CARD_ORDER_STATUSES)[number];

/**
 * A gift card bought on the public site (or by staff for a phone order): what was chosen, who gets it
 * and when, how it is paid. The card itself is issued once the payment succeeds (`gift_card_id`, and
 * `gift_card.order_id` unique): never twice.
 */
@Entity({ name: 'gift_card_order' })
@Index('ix_gift_card_order_pending', ['status', 'expiresAt'])
@Check('ck_gift_card_order_amounts', 'price_cents > 0 AND face_value_cents >= price_cents')
@Check('ck_gift_card_order_service', "(kind = 'SERVICE') = (service_id IS NOT NULL)")
@Check('ck_gift_card_order_recipient', 'send_to_buyer OR recipient_email IS NOT NULL')
@Check('ck_gift_card_order_paid', "(status = 'PAID') = (gift_card_id IS NOT NULL)")
export class GiftCardOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What the buyer writes on the transfer (`CC-` and six readable symbols). */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'enum', enum: GIFT_CARD_KINDS, enumName: 'gift_card_kind' })
  kind: GiftCardKindName;

  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ type: 'text', nullable: true })
  serviceName: string | null;

  @Column({ type: 'integer' })
  faceValueCents: number;

  /** What the buyer pays. */
  @Column({ type: 'integer' })
  priceCents: number;

  /** The voucher category and VAT rate quoted at the order (the card keeps them). */
  @Column({ type: 'enum', enum: VOUCHER_CATEGORIES, enumName: 'voucher_category' })
  category: (typeof VOUCHER_CATEGORIES)[number];

  @Column({ type: 'integer' })
  vatRateBp: number;

  @Column({ type: 'text' })
  buyerName: string;

  @Column({ type: 'text' })
  buyerEmail: string;

  @Column({ type: 'text', nullable: true })
  buyerPhone: string | null;

  @Column({ type: 'text' })
  recipientName: string;

  /** Null when the card goes to the buyer ("send it to me"). */
  @Column({ type: 'text', nullable: true })
  recipientEmail: string | null;

  @Column({ type: 'boolean', default: false })
  sendToBuyer: boolean;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** The Paris calendar day to send the card on (09:00 Paris); null or not later than today: at once. */
  @Column({ type: 'date', nullable: true })
  deliverOn: string | null;

  @Column({ type: 'enum', enum: GIFT_CARD_ORDER_METHODS, enumName: 'gift_card_order_method' })
  method: GiftCardOrderMethod;

  @Column({ type: 'enum', enum: GIFT_CARD_ORDER_STATUSES, enumName: 'gift_card_order_status' })
  status: GiftCardOrderStatus;

  /** A pending order stops waiting for its payment then. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** The card issued for it (no foreign key: the card points back with its unique `order_id`). */
  @Column({ type: 'uuid', nullable: true })
  giftCardId: string | null;

  /** The buyer's click key (the form sends one per submission): the same key finds the same order. */
  @Column({ type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null;

  /** The signed-in user who placed it (a client, or staff taking a phone order). */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
