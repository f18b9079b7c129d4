import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { PaymentEntity } from '../payment.entities.js';
import { TERMINAL_CHECKOUT_STATUSES, type TerminalCheckoutStatus } from './domain/terminal-status.js';

export const TERMINAL_PROVIDERS = ['SUMUP', 'SIMULATED'] as const;
export type TerminalProvider = (typeof TERMINAL_PROVIDERS)[number];

/** A card terminal paired with the institute (SumUp Solo), or the demo's virtual one. */
@Entity({ name: 'terminal_reader' })
@Unique('uq_terminal_reader_provider_reader_id', ['provider', 'providerReaderId'])
export class TerminalReaderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: TERMINAL_PROVIDERS, enumName: 'terminal_provider' })
  provider: TerminalProvider;

  /** SumUp's reader id (`rdr_…`); `virtual` for the simulated one. */
  @Column({ type: 'text' })
  providerReaderId: string;

  @Column({ type: 'text' })
  name: string;

  /** Device serial number, when the provider gives it. */
  @Column({ type: 'text', nullable: true })
  serial: string | null;

  @Column({ type: 'timestamptz' })
  pairedAt: Date;

  /** Unpaired readers stay for the history of their checkouts. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}

/**
 * One payment asked of a terminal: which reader, the ledger `payment` row it settles, the provider's
 * ids, and where it stands. At most one checkout per reader is unfinished (`final_at IS NULL`), which
 * PostgreSQL enforces.
 */
@Entity({ name: 'terminal_checkout' })
@Check('ck_terminal_checkout_amount', 'amount_cents > 0')
@Index('uq_terminal_checkout_active_reader', ['readerId'], { unique: true, where: 'final_at IS NULL' })
@Index('uq_terminal_checkout_client_transaction', ['provider', 'clientTransactionId'], {
  unique: true,
  where: 'client_transaction_id IS NOT NULL',
})
export class TerminalCheckoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  readerId: string;

  @ManyToOne(() => TerminalReaderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reader_id' })
  reader?: TerminalReaderEntity;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  paymentId: string;

  @ManyToOne(() => PaymentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: PaymentEntity;

  @Column({ type: 'enum', enum: TERMINAL_PROVIDERS, enumName: 'terminal_provider' })
  provider: TerminalProvider;

  /** SumUp's checkout id (what GET …/checkout/{id} takes). */
  @Column({ type: 'text', nullable: true })
  providerCheckoutId: string | null;

  /** SumUp's client transaction id (what its callback names; the ledger's provider reference). */
  @Column({ type: 'text', nullable: true })
  clientTransactionId: string | null;

  @Column({ type: 'enum', enum: TERMINAL_CHECKOUT_STATUSES, enumName: 'terminal_checkout_status' })
  status: TerminalCheckoutStatus;

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  /** Shown on the terminal and in the ledger (e.g. the ticket number). */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  startedBy: string | null;

  /** Someone asked to stop it: a cancellation the provider reports is then CANCELLED, not TIMED_OUT. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelRequestedAt: Date | null;

  /** Past this instant the poller stops the reader and marks the checkout TIMED_OUT. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finalAt: Date | null;
}
