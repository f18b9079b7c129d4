import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PAYOUT_PROVIDERS = ['STRIPE', 'PAYPAL', 'SUMUP'] as const;
export type PayoutProvider = (typeof PAYOUT_PROVIDERS)[number];

/**
 * A payment provider's payout to the bank, as its statement shows it (ACCOUNTING.md cases 8 and 8b):
 * the gross leaves the provider's account, the fees go to 6278, the net reaches 512.
 */
@Entity({ name: 'accounting_payout' })
@Index('uq_accounting_payout_provider_id', ['provider', 'providerPayoutId'], {
  unique: true,
  where: 'provider_payout_id IS NOT NULL',
})
@Check(
  'ck_accounting_payout_amounts',
  'gross_cents > 0 AND fee_cents >= 0 AND net_cents = gross_cents - fee_cents',
)
@Check('ck_accounting_payout_provider', `provider IN ('STRIPE', 'PAYPAL', 'SUMUP')`)
export class AccountingPayoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provider: PayoutProvider;

  /** The provider's own id of the payout (po_…), when known: one payout per id. */
  @Column({ type: 'text', nullable: true })
  providerPayoutId: string | null;

  /** The day the bank received it (Europe/Paris). */
  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'integer' })
  grossCents: number;

  @Column({ type: 'integer' })
  feeCents: number;

  @Column({ type: 'integer' })
  netCents: number;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Cash taken from a till to the bank (remise d'espèces, ACCOUNTING.md case 2): 580/531 on the day it is
 * deposited, then 512/580 on the day the bank credits it (null until then).
 */
@Entity({ name: 'accounting_cash_banking' })
@Index('ix_accounting_cash_banking_till', ['tillId', 'createdAt'])
@Check('ck_accounting_cash_banking_amount', 'amount_cents > 0')
@Check('ck_accounting_cash_banking_dates', 'credited_on IS NULL OR credited_on >= deposited_on')
export class AccountingCashBankingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tillId: string;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'date' })
  depositedOn: string;

  @Column({ type: 'date', nullable: true })
  creditedOn: string | null;

  /** The deposit slip's number, if any. */
  @Column({ type: 'text', nullable: true })
  slipRef: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
