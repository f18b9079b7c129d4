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
import type { AccountRef, DepositTreatment, FecEncoding, JournalKey, JournalRef } from './domain/chart.js';

/** Accounting settings: one row (id = 1), created by the migration; only overrides of the defaults. */
@Entity({ name: 'accounting_settings' })
@Check('ck_accounting_settings_single_row', 'id = 1')
export class AccountingSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** Mapping key → account, only the keys the accountant changed (domain/chart.ts has the defaults). */
  @Column({ type: 'jsonb', default: {} })
  accounts: Record<string, AccountRef>;

  @Column({ type: 'jsonb', default: {} })
  journals: Partial<Record<JournalKey, JournalRef>>;

  @Column({ type: 'smallint', default: 1 })
  fiscalYearStartMonth: number;

  @Column({ type: 'text', default: 'UTF-8' })
  fecEncoding: FecEncoding;

  @Column({ type: 'text', default: 'ACOMPTE' })
  depositTreatment: DepositTreatment;

  @Column({ type: 'integer', default: 2000 })
  depositVatRateBp: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A journal entry. Draft until validated: validation gives `entryNum` (continuous per journal),
 * `validationSeq` (the FEC's order) and `validDate`; a trigger then refuses any UPDATE or DELETE.
 */
@Entity({ name: 'accounting_entry' })
@Index('uq_accounting_entry_source_key', ['sourceKey'], { unique: true })
@Index('uq_accounting_entry_num', ['journalCode', 'entryNum'], {
  unique: true,
  where: 'entry_num IS NOT NULL',
})
@Index('uq_accounting_entry_validation_seq', ['validationSeq'], {
  unique: true,
  where: 'validation_seq IS NOT NULL',
})
@Index('ix_accounting_entry_date', ['entryDate'])
@Check('ck_accounting_entry_validated', '(entry_num IS NULL) = (validated_at IS NULL)')
export class AccountingEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  journalCode: string;

  @Column({ type: 'text' })
  journalLabel: string;

  /** `EcritureDate`: the operation's calendar day (Europe/Paris). */
  @Column({ type: 'date' })
  entryDate: string;

  @Column({ type: 'text' })
  pieceRef: string;

  @Column({ type: 'date' })
  pieceDate: string;

  @Column({ type: 'text' })
  label: string;

  /** What the entry was made from (`pos-z:<closure record id>`…): one entry per fact, ever. */
  @Column({ type: 'text' })
  sourceKey: string;

  /** POS_Z, … */
  @Column({ type: 'text' })
  sourceKind: string;

  /** The source's own id (the closure record), to trace an entry back. */
  @Column({ type: 'text' })
  sourceId: string;

  @Column({ type: 'integer', nullable: true })
  entryNum: number | null;

  @Column({ type: 'bigint', nullable: true })
  validationSeq: string | null;

  @Column({ type: 'date', nullable: true })
  validDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  validatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One debit or credit line of an entry (integer cents, exactly one side non-zero). */
@Entity({ name: 'accounting_entry_line' })
@Index('uq_accounting_entry_line_position', ['entryId', 'position'], { unique: true })
@Index('ix_accounting_entry_line_account', ['accountNumber'])
@Check(
  'ck_accounting_entry_line_one_side',
  'debit_cents >= 0 AND credit_cents >= 0 AND ((debit_cents > 0) <> (credit_cents > 0))',
)
export class AccountingEntryLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => AccountingEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: AccountingEntryEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  accountNumber: string;

  @Column({ type: 'text' })
  accountLabel: string;

  /** Auxiliary account (B2B clients only). */
  @Column({ type: 'text', nullable: true })
  auxNumber: string | null;

  @Column({ type: 'text', nullable: true })
  auxLabel: string | null;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'integer', default: 0 })
  debitCents: number;

  @Column({ type: 'integer', default: 0 })
  creditCents: number;
}

/** A locked month (its first day): no entry dated inside it may be written any more. */
@Entity({ name: 'accounting_period_lock' })
@Check('ck_accounting_period_lock_first_day', 'extract(day FROM month) = 1')
export class AccountingPeriodLockEntity {
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'timestamptz' })
  lockedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  lockedBy: string | null;
}
