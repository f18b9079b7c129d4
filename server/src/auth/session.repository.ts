import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { UserSessionEntity } from './user-session.entity.js';
import { SessionEndings } from './session-endings.js';

/** How stale `last_seen_at` may get before a request refreshes it (keeps the per-request query a read). */
const LAST_SEEN_GRANULARITY_SECONDS = 300;

/** SQL for sessions: the only place that writes `user_session` and revokes by session. */
@Injectable()
export class SessionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly endings: SessionEndings,
  ) {}

  async create(
    manager: EntityManager,
    row: Pick<UserSessionEntity, 'userId' | 'userAgent' | 'ip'>,
    now: Date,
  ): Promise<UserSessionEntity> {
    return manager.save(
      manager.create(UserSessionEntity, {
        ...row,
        createdAt: now,
        lastSeenAt: now,
        endedAt: null,
        endedReason: null,
      }),
    );
  }

  /**
   * One statement per request: is the session open? It also moves `last_seen_at` when it is more
   * than a few minutes old (a write only then).
   */
  async touchIfActive(sessionId: string, now: Date): Promise<boolean> {
    const rows: { active: boolean }[] = await this.db.query(
      `WITH s AS (SELECT id, last_seen_at FROM user_session WHERE id = $1 AND ended_at IS NULL),
            touched AS (
              UPDATE user_session u SET last_seen_at = $2 FROM s
              WHERE u.id = s.id AND s.last_seen_at < $2::timestamptz - make_interval(secs => $3)
            )
       SELECT EXISTS (SELECT 1 FROM s) AS active`,
      [sessionId, now, LAST_SEEN_GRANULARITY_SECONDS],
    );
    return rows[0]?.active === true;
  }

  async findActive(manager: EntityManager, id: string): Promise<UserSessionEntity | null> {
    return manager
      .getRepository(UserSessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.ended_at IS NULL', { id })
      .getOne();
  }

  async touch(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.update(UserSessionEntity, { id }, { lastSeenAt: now });
  }

  async listActive(userId: string): Promise<UserSessionEntity[]> {
    return this.db
      .getRepository(UserSessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.ended_at IS NULL', { userId })
      .orderBy('s.last_seen_at', 'DESC')
      .addOrderBy('s.id')
      .getMany();
  }

  /**
   * Ends open sessions of a user (all, one, or all but one) and revokes their refresh tokens.
   * Returns the ids it ended.
   */
  async end(
    manager: EntityManager,
    where: { userId: string; only?: string; except?: string },
    reason: string,
    now: Date,
  ): Promise<string[]> {
    const qb = manager
      .createQueryBuilder()
      .update(UserSessionEntity)
      .set({ endedAt: now, endedReason: reason })
      .where('user_id = :userId AND ended_at IS NULL', { userId: where.userId });
    if (where.only !== undefined) qb.andWhere('id = :only', { only: where.only });
    if (where.except !== undefined) qb.andWhere('id <> :except', { except: where.except });
    const result = await qb.returning(['id']).execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    await this.endings.ended(manager, ids);
    // Tokens of the ended sessions, and (unless one session is named) tokens older than sessions.
    const tokens = manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: now, revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId: where.userId });
    if (where.only !== undefined && ids.length === 0) return ids;
    if (where.only !== undefined) tokens.andWhere('session_id IN (:...ids)', { ids });
    else if (ids.length > 0) tokens.andWhere('(session_id IN (:...ids) OR session_id IS NULL)', { ids });
    else tokens.andWhere('session_id IS NULL');
    await tokens.execute();
    return ids;
  }

  /** Revokes every refresh token still valid of one family (the tokens of one login, rotated). */
  async revokeFamily(manager: EntityManager, familyId: string, reason: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: now, revokedReason: reason })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
