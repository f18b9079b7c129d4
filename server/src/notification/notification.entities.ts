import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BookingEntity } from '../booking/index.js';
import { ClientEntity } from '../clients/index.js';

export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * QUEUED → SENT (handed to the SMTP server or OVH) or FAILED; SKIPPED: not sent, with the reason;
 * CAPTURED: development, kept on this machine and never delivered (an SMS written to the server log
 * without OVH, an e-mail in the local mail catcher without SMTP_URL).
 */
export const NOTIFICATION_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'SKIPPED', 'CAPTURED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_TEMPLATES = [
  'BOOKING_CONFIRMED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_REMINDER',
  'DEPOSIT_RECEIPT',
  'DEPOSIT_REFUNDED',
  'INSTITUTE_NEW_BOOKING',
  'LOW_STOCK',
  'PURCHASE_ORDER',
  'SALE_RECEIPT',
  'GIFT_CARD',
  'GIFT_CARD_EXPIRY_REMINDER',
  'LOYALTY_REWARD_AVAILABLE',
  'LOYALTY_TIER_REACHED',
  'LOYALTY_REFERRAL_REWARD',
  'LOYALTY_REFERRAL_WELCOME',
  'LOYALTY_BIRTHDAY_BONUS',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** Messages to a client about her loyalty account (`subject_id` and `client_id`: the client). */
export const LOYALTY_TEMPLATES = [
  'LOYALTY_REWARD_AVAILABLE',
  'LOYALTY_TIER_REACHED',
  'LOYALTY_REFERRAL_REWARD',
  'LOYALTY_REFERRAL_WELCOME',
  'LOYALTY_BIRTHDAY_BONUS',
] as const;

/** Messages about a booking (the settings page's switches and previews are about these). */
export const BOOKING_TEMPLATES = NOTIFICATION_TEMPLATES.filter(
  (t): t is Exclude<NotificationTemplate, StockTemplate | LoyaltyTemplate> =>
    !isStockTemplate(t) && !isLoyaltyTemplate(t),
);
export type LoyaltyTemplate = (typeof LOYALTY_TEMPLATES)[number];
export function isLoyaltyTemplate(t: NotificationTemplate): t is LoyaltyTemplate {
  return (LOYALTY_TEMPLATES as readonly NotificationTemplate[]).includes(t);
}
/**
 * Messages with no booking (stock, till receipts, gift cards): `subject_id` names the product, the
 * purchase order, the sale or the gift card.
 */
export type StockTemplate =
  'LOW_STOCK' | 'PURCHASE_ORDER' | 'SALE_RECEIPT' | 'GIFT_CARD' | 'GIFT_CARD_EXPIRY_REMINDER';
export function isStockTemplate(t: NotificationTemplate): t is StockTemplate {
  return (
    t === 'LOW_STOCK' ||
    t === 'PURCHASE_ORDER' ||
    t === 'SALE_RECEIPT' ||
    t === 'GIFT_CARD' ||
    t === 'GIFT_CARD_EXPIRY_REMINDER'
  );
}
/** Messages sent to an address given with them (a receipt, a gift card), not to a client or supplier. */
export function isAddressedTemplate(t: NotificationTemplate): boolean {
  return t === 'SALE_RECEIPT' || t === 'GIFT_CARD' || t === 'GIFT_CARD_EXPIRY_REMINDER';
}

/**
 * One message to one recipient on one channel: written QUEUED (or SKIPPED with its reason) in the
 * transaction of its cause, then SENT or FAILED by the `notifications` queue. Its id makes the
 * e-mail's Message-ID, so a message sent again after a crash is recognisable as the same message.
 */
@Entity({ name: 'notification' })
@Index('ix_notification_created_at', ['createdAt'])
@Index('uq_notification_dedupe_key', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NOTIFICATION_CHANNELS, enumName: 'notification_channel' })
  channel: NotificationChannel;

  @Column({ type: 'enum', enum: NOTIFICATION_TEMPLATES, enumName: 'notification_template' })
  template: NotificationTemplate;

  /** E-mail address or E.164 number; empty when the client has none (then SKIPPED). */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'enum', enum: NOTIFICATION_STATUSES, enumName: 'notification_status' })
  status: NotificationStatus;

  /** Why a message was not sent (SKIPPED), in French for the CRM. */
  @Column({ type: 'text', nullable: true })
  skipReason: string | null;

  /** The e-mail's Message-ID header (stable per notification). */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  /** The provider's id for the message (SMTP queue id / OVH SMS job id). */
  @Column({ type: 'text', nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity | null;

  /** What a message with no booking is about: the product (LOW_STOCK), the purchase order (PURCHASE_ORDER), the sale (SALE_RECEIPT), the gift card (GIFT_CARD…) or the client (LOYALTY_…). */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The payment a receipt is about. */
  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;

  /** When the message may leave (SMS are held back to 08:00 at night). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  scheduledFor: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Makes a message planned twice (a reminder job run again) one row. */
  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  /** The notification this one sends again (a resend from the CRM). */
  @Column({ type: 'uuid', nullable: true })
  resendOfId: string | null;

  /** A test sent by an administrator to an address of their choice. */
  @Column({ type: 'boolean', default: false })
  isTest: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Per-template switches per channel; a template missing from the map is enabled. */
export type TemplateSwitches = Partial<Record<NotificationTemplate, { email?: boolean; sms?: boolean }>>;

/** The notification settings: one row (id = 1), created by the migration. */
@Entity({ name: 'notification_settings' })
@Check('ck_notification_settings_single_row', 'id = 1')
export class NotificationSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** OVH sender name (alphanumeric, 11 characters at most); null: the SMS account's default sender. */
  @Column({ type: 'text', nullable: true })
  smsSender: string | null;

  @Column({ type: 'jsonb', default: {} })
  templates: TemplateSwitches;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
