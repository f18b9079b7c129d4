import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * One signed-in device: created at login, named in the access token (`sid`) and owning the refresh
 * tokens of that login. Ended (logout, "Déconnecter", password change, deactivation): every request
 * carrying its access token is refused and its refresh tokens are revoked.
 */
@Entity({ name: 'user_session' })
@Index('ix_user_session_user_active', ['userId'], { where: 'ended_at IS NULL' })
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** Last sign of life: login, token refresh, or a request (updated at most every few minutes). */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** "Chrome sur Android"-like summary of the User-Agent at login; never the raw header. */
  @Column({ type: 'text' })
  userAgent: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endedReason: string | null;
}
