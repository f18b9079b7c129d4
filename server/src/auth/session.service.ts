import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SessionChecker } from '../common/auth/session-checker.js';
import type { AuthUser } from '../common/auth/roles.js';
import { NotFoundError } from '../common/errors.js';
import { SessionCache } from './session-cache.js';
import { SessionRepository } from './session.repository.js';
import type { UserSessionEntity } from './user-session.entity.js';

export interface SessionView {
  session: UserSessionEntity;
  current: boolean;
}

/** A signed-in user's own sessions, and the per-request check that a session is still open. */
@Injectable()
export class SessionService implements SessionChecker {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionRepository,
    private readonly cache: SessionCache,
  ) {}

  /**
   * Whether the session is open: from the cache when this process saw it open in the last few
   * seconds (`SessionCache`), else one statement, which also moves its `last_seen_at` now and then.
   */
  async isActive(sessionId: string): Promise<boolean> {
    if (this.cache.isKnownOpen(sessionId)) return true;
    const generation = this.cache.generation();
    const open = await this.sessions.touchIfActive(sessionId, new Date());
    if (open) this.cache.remember(sessionId, generation);
    return open;
  }

  async listMine(user: AuthUser): Promise<SessionView[]> {
    const rows = await this.sessions.listActive(user.id);
    return rows.map((session) => ({ session, current: session.id === user.sessionId }));
  }

  /** Ends one of the caller's own open sessions; someone else's is "not found", like an unknown id. */
  async endMine(user: AuthUser, sessionId: string): Promise<void> {
    const ended = await this.db.transaction((manager) =>
      this.sessions.end(manager, { userId: user.id, only: sessionId }, 'ended-by-user', new Date()),
    );
    if (ended.length === 0) throw new NotFoundError('Cette session est introuvable ou déjà terminée.');
    this.logger.log({ event: 'session.ended', userId: user.id, sessionId }, 'Session ended by its user');
  }
}
