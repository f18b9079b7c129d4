import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job that must reach a Bull queue. Written in the same transaction as its cause, relayed by
 * OutboxRelay; `relayedAt` is set once the queue has it (the job id is derived from the row id, so a
 * row relayed twice after a crash is still one job).
 */
@Entity({ name: 'outbox' })
@Index('ix_outbox_pending', ['availableAt'], { where: 'relayed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Bull delay in milliseconds, applied when the job is added. */
  @Column({ type: 'integer', default: 0 })
  delayMs: number;

  /** Optional stable job id (e.g. `reminder:<bookingId>`); defaults to `outbox:<id>`. */
  @Column({ type: 'text', nullable: true })
  jobId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;
}
