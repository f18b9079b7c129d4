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
} from 'typeorm';
import { JOURNAL_KINDS, JournalKind } from './journal/journal-kind.js';

@Entity({ name: 'till' })
export class TillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The head of a till's journal chain: its last `seq` and `hash`, and the last calendar date (Europe/Paris)
 * a daily closure covers. Every append locks this row (`FOR UPDATE`): that is what serialises a till's
 * records and keeps its numbers gap-free.
 */
@Entity({ name: 'pos_chain_head' })
export class PosChainHeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  tillId: string;

  @ManyToOne(() => TillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'till_id' })
  till?: TillEntity;

  @Column({ type: 'integer', default: 0 })
  seq: number;

  @Column({ type: 'text' })
  hash: string;

  @Column({ type: 'date', nullable: true })
  closedThrough: string | null;
}

/**
 * One record of a till's inalterable journal. `canonical` is the exact text hashed; `payload` is the
 * same record's payload as jsonb for queries. Triggers refuse UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'pos_journal' })
@Index('uq_pos_journal_seq', ['tillId', 'seq'], { unique: true })
@Index('uq_pos_journal_number', ['tillId', 'kind', 'number'], { unique: true })
@Index('ix_pos_journal_occurred', ['tillId', 'kind', 'occurredAt'])
@Index('uq_pos_journal_closure_period', { synchronize: false })
@Index('uq_pos_journal_till_sign_in', { synchronize: false })
@Check('ck_pos_journal_kind', `kind IN (${JOURNAL_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_pos_journal_seq', 'seq >= 1 AND (number IS NULL OR number >= 1)')
// The jsonb payload (what queries and closures read) is the payload of the text hashed; even a superuser
// bypassing the triggers cannot make them differ without dropping this constraint (verification checks it).
@Check('ck_pos_journal_payload', `payload = ((canonical)::jsonb -> 'payload')`)
export class PosJournalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tillId: string;

  @ManyToOne(() => TillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'till_id' })
  till?: TillEntity;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  kind: JournalKind;

  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  canonical: string;

  @Column({ type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}

/** A cash session of a till: opened with a counted float, closed with the cash counted. */
@Entity({ name: 'cash_session' })
@Index('uq_cash_session_open', ['tillId'], { unique: true, where: 'closed_at IS NULL' })
@Check(
  'ck_cash_session_amounts',
  'opening_float_cents >= 0 AND (counted_cents IS NULL OR counted_cents >= 0)',
)
export class CashSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tillId: string;

  @ManyToOne(() => TillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'till_id' })
  till?: TillEntity;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  openedBy: string | null;

  /** Denomination in cents (as text) → count. */
  @Column({ type: 'jsonb' })
  openingCounts: Record<string, number>;

  @Column({ type: 'integer' })
  openingFloatCents: number;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'jsonb', nullable: true })
  closingCounts: Record<string, number> | null;

  @Column({ type: 'integer', nullable: true })
  expectedCents: number | null;

  @Column({ type: 'integer', nullable: true })
  countedCents: number | null;

  @Column({ type: 'integer', nullable: true })
  varianceCents: number | null;
}

/** Cash put in or taken out of the drawer during a session, with its reason. Journaled too. */
@Entity({ name: 'cash_movement' })
@Check('ck_cash_movement_amount', 'amount_cents > 0')
@Check('ck_cash_movement_direction', `direction IN ('IN', 'OUT')`)
export class CashMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_cash_movement_session_id')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CashSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: CashSessionEntity;

  @Column({ type: 'text' })
  direction: 'IN' | 'OUT';

  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @Column({ type: 'uuid' })
  journalId: string;
}

/** The institute's Ed25519 key signing journal archives (private key encrypted at rest). One row. */
@Entity({ name: 'pos_signing_key' })
@Check('ck_pos_signing_key_single', 'id = 1')
export class PosSigningKeyEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  /** SPKI DER, base64. */
  @Column({ type: 'text' })
  publicKey: string;

  /** PKCS#8 DER base64, encrypted with the server key (`common/secrets.ts`). */
  @Column({ type: 'text' })
  privateKeyEncrypted: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
