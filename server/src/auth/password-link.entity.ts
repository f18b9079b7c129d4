import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

export const PASSWORD_LINK_PURPOSES = ['RESET', 'INVITATION'] as const;
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

/** A single-use link to set a password (forgotten password, invitation). Only SHA-256 of the token is kept. */
@Entity({ name: 'password_link' })
export class PasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('uq_password_link_token_hash', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({
    type: 'enum',
    enum: PASSWORD_LINK_PURPOSES,
    enumName: 'password_link_purpose',
  })
  purpose: PasswordLinkPurpose;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when used, or when a later use of another link of the same user made it void. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
