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

export const SALE_KINDS = ['SALE', 'CREDIT_NOTE'] as const;
export type SaleKind = (typeof SALE_KINDS)[number];
/** OPEN: being rung up (or paid); PARKED: put aside, resumable; COMPLETED: in the journal, frozen. */
export const SALE_STATUSES = ['OPEN', 'PARKED', 'COMPLETED'] as const;
export type SaleStatus = (typeof SALE_STATUSES)[number];
export const DISCOUNT_KINDS = ['PERCENT', 'AMOUNT'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];
/** PENDING: a card on the reader; CONFIRMED: counted; DECLINED: refused or abandoned, counts for nothing. */
export const TENDER_STATUSES = ['PENDING', 'CONFIRMED', 'DECLINED'] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

/**
 * A ticket (or a credit note) at a till. While OPEN or PARKED its lines and tenders change; once
 * COMPLETED it is written to the till's journal (`journal_*` columns keep the record's number and hash)
 * and never changes again. Totals are cached here, recomputed by the pure `saleTotals` on every change.
 */
@Entity({ name: 'sale' })
@Index('ix_sale_till_status', ['tillId', 'status'])
@Index('uq_sale_journal_record', ['journalRecordId'], {
  unique: true,
  where: 'journal_record_id IS NOT NULL',
})
@Index('uq_sale_credit_key', ['idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
@Check('ck_sale_discount', 'ticket_discount_value IS NULL OR ticket_discount_value > 0')
@Check('ck_sale_credit_note', "(kind = 'CREDIT_NOTE') = (original_sale_id IS NOT NULL)")
export class SaleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey('TillEntity', { onDelete: 'RESTRICT' })
  tillId: string;

  @Column({ type: 'enum', enum: SALE_KINDS, enumName: 'sale_kind', default: 'SALE' })
  kind: SaleKind;

  @Column({ type: 'enum', enum: SALE_STATUSES, enumName: 'sale_status', default: 'OPEN' })
  status: SaleStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('BookingEntity', { onDelete: 'RESTRICT' })
  bookingId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('ClientEntity', { onDelete: 'RESTRICT' })
  clientId: string | null;

  /** A credit note's ticket. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  originalSaleId: string | null;

  @ManyToOne(() => SaleEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'original_sale_id' })
  originalSale?: SaleEntity | null;

  @Column({ type: 'enum', enum: DISCOUNT_KINDS, enumName: 'sale_discount_kind', nullable: true })
  ticketDiscountKind: DiscountKind | null;

  /** Basis points for a percentage, cents for an amount. */
  @Column({ type: 'integer', nullable: true })
  ticketDiscountValue: number | null;

  @Column({ type: 'text', nullable: true })
  ticketDiscountReason: string | null;

  @Column({ type: 'integer', default: 0 })
  totalInclCents: number;

  /** Credit notes: the client's key, so that a retried request issues one credit note. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('PosJournalEntity', { onDelete: 'RESTRICT' })
  journalRecordId: string | null;

  /** Gap-free per till and kind (ticket n° / avoir n°). */
  @Column({ type: 'integer', nullable: true })
  journalNumber: number | null;

  @Column({ type: 'text', nullable: true })
  journalShortHash: string | null;

  @Column({ type: 'uuid', nullable: true })
  openedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A line of a ticket. `kind` names the `SaleLineKind` that built it (SERVICE, PRODUCT, FREE, and those
 * later issues add): a text column, not an enum, so that a new kind needs no migration; what a kind
 * needs beyond the common columns goes in `data`.
 */
@Entity({ name: 'sale_line' })
@Check('ck_sale_line_price', 'unit_price_cents >= 0')
@Check('ck_sale_line_vat', 'vat_rate_bp >= 0 AND vat_rate_bp <= 10000')
@Check('ck_sale_line_quantity', 'quantity <> 0')
@Check('ck_sale_line_discount', 'discount_value IS NULL OR discount_value > 0')
export class SaleLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  saleId: string;

  @ManyToOne(() => SaleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sale_id' })
  sale?: SaleEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  label: string;

  /** Negative on a credit note. */
  @Column({ type: 'integer' })
  quantity: number;

  /** Including VAT. */
  @Column({ type: 'integer' })
  unitPriceCents: number;

  @Column({ type: 'integer' })
  vatRateBp: number;

  @Column({ type: 'enum', enum: DISCOUNT_KINDS, enumName: 'sale_discount_kind', nullable: true })
  discountKind: DiscountKind | null;

  @Column({ type: 'integer', nullable: true })
  discountValue: number | null;

  @Column({ type: 'text', nullable: true })
  discountReason: string | null;

  /** Cached from `saleTotals` (credit notes: from `creditLine`). */
  @Column({ type: 'integer', default: 0 })
  totalInclCents: number;

  @Column({ type: 'integer', default: 0 })
  totalExclCents: number;

  @Column({ type: 'integer', default: 0 })
  discountCents: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('PractitionerEntity', { onDelete: 'RESTRICT' })
  practitionerId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('ProductEntity', { onDelete: 'RESTRICT' })
  productId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('BookingItemEntity', { onDelete: 'RESTRICT' })
  bookingItemId: string | null;

  /** A credit note line's line on the original ticket. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  originalLineId: string | null;

  @ManyToOne(() => SaleLineEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'original_line_id' })
  originalLine?: SaleLineEntity | null;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;
}

/**
 * A tender: how part of a ticket was paid (negative on a credit note: a refund). `kind` names its
 * `TenderKind` class (text, for the same reason as a line's kind). One client key per sale: a double
 * click on "Encaisser" finds the first tender instead of adding a second.
 */
@Entity({ name: 'sale_tender' })
@Index('uq_sale_tender_key', ['saleId', 'idempotencyKey'], { unique: true })
@Index('uq_sale_tender_payment', ['paymentId'], {
  unique: true,
  where: 'payment_id IS NOT NULL AND amount_cents > 0',
})
@Check('ck_sale_tender_change', 'change_cents >= 0')
// 0 € only in cash: how a ticket brought to 0 € (a loyalty reward) is validated.
@Check('ck_sale_tender_amount', "amount_cents <> 0 OR kind = 'CASH'")
export class SaleTenderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  saleId: string;

  @ManyToOne(() => SaleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sale_id' })
  sale?: SaleEntity;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'enum', enum: TENDER_STATUSES, enumName: 'sale_tender_status' })
  status: TenderStatus;

  /** What the tender pays of the ticket (change excluded). */
  @Column({ type: 'integer' })
  amountCents: number;

  /** Cash handed over beyond what was left: given back. */
  @Column({ type: 'integer', default: 0 })
  changeCents: number;

  /** The payment ledger row: the card payment taken (one tender each), or the one a refund went back to. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('PaymentEntity', { onDelete: 'RESTRICT' })
  paymentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  terminalCheckoutId: string | null;

  /** Cheque number, transfer reference, other terminal's receipt number… */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The till's sale rules (one row): what staff may do alone, beyond which an admin must. */
@Entity({ name: 'sale_settings' })
@Check('ck_sale_settings_single', 'id = 1')
export class SaleSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** A discount above this percentage of what it applies to needs an admin (basis points). */
  @Column({ type: 'integer', default: 2000 })
  staffMaxDiscountBp: number;

  /** A credit note above this amount (TTC) needs an admin. */
  @Column({ type: 'integer', default: 5000 })
  staffMaxCreditNoteCents: number;
}
