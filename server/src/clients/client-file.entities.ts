import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ClientEntity } from './client.entity.js';

/** A dated note on a client's file, with its author; pinned notes come first. */
@Entity({ name: 'client_note' })
@Index('ix_client_note_client', ['clientId', 'createdAt'])
export class ClientNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The beauty file: skin type, allergies and contra-indications, products used. Health data: only
 * staff read it, and every read is logged in `client_health_access`.
 */
@Entity({ name: 'client_beauty_file' })
export class ClientBeautyFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'text', nullable: true })
  skinType: string | null;

  @Column({ type: 'text', nullable: true })
  allergies: string | null;

  @Column({ type: 'text', nullable: true })
  contraindications: string | null;

  @Column({ type: 'text', nullable: true })
  productsUsed: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const HEALTH_ACCESS_ACTIONS = ['READ', 'WRITE'] as const;
export type HealthAccessAction = (typeof HEALTH_ACCESS_ACTIONS)[number];

/** Who read or wrote a client's beauty file, and when. */
@Entity({ name: 'client_health_access' })
@Index('ix_client_health_access_client', ['clientId', 'at'])
export class ClientHealthAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  userId: string;

  @Column({ type: 'enum', enum: HEALTH_ACCESS_ACTIONS, enumName: 'client_health_access_action' })
  action: HealthAccessAction;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

/** A user's saved search and filters on the client list. */
@Entity({ name: 'client_saved_filter' })
@Unique('uq_client_saved_filter_name', ['userId', 'name'])
export class ClientSavedFilterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'text' })
  name: string;

  /** The ClientsFilter as sent by the CRM (paging left out). */
  @Column({ type: 'jsonb' })
  filter: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A merge: the record that disappeared (as it was), into which record, by whom, what moved. */
@Entity({ name: 'client_merge' })
@Index('ix_client_merge_survivor', ['survivorId'])
export class ClientMergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey('ClientEntity', { onDelete: 'CASCADE' })
  survivorId: string;

  /** The merged record's id (deleted, so no foreign key). */
  @Column({ type: 'uuid' })
  mergedId: string;

  /** The merged record's values before the merge. */
  @Column({ type: 'jsonb' })
  mergedSnapshot: Record<string, unknown>;

  /** Fields whose value was taken from the merged record. */
  @Column({ type: 'text', array: true })
  keptFromMerged: string[];

  /** Rows moved per kind (bookings, notes, notifications…). */
  @Column({ type: 'jsonb' })
  moved: Record<string, number>;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  mergedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  mergedAt: Date;
}

/** A possible duplicate staff looked at and left as it is ("pair:<a>:<b>" or "booking:<id>"). */
@Entity({ name: 'client_duplicate_dismissal' })
export class ClientDuplicateDismissalEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  dismissedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  dismissedAt: Date;
}
