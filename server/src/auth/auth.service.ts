import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { TooManyRequestsError, UnauthenticatedError, formatDelayFr } from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.service.js';
import { AccessTokenService } from './access-token.service.js';
import { verifyPassword } from './password.js';
import {
  formatRefreshToken,
  hashRefreshSecret,
  newRefreshSecret,
  parseRefreshToken,
  secretMatches,
} from './refresh-token.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { summarizeUserAgent } from './domain/user-agent-summary.js';
import { SessionRepository } from './session.repository.js';
import { UserEntity } from './user.entity.js';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

const BAD_CREDENTIALS = 'E-mail ou mot de passe incorrect.';
const BAD_REFRESH = 'Votre session a expiré. Reconnectez-vous.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly limiter: RateLimiter,
    private readonly sessions: SessionRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async login(
    email: string,
    password: string,
    ip: string,
    userAgent: string | undefined,
  ): Promise<IssuedTokens> {
    const account = email.trim().toLowerCase();
    const perIp = await this.limiter.consume(`login:ip:${ip}`, 1, this.config.loginMaxPerIpPerMinute, 60);
    if (!perIp.allowed) {
      throw new TooManyRequestsError(
        perIp.retryAfterSeconds,
        `Trop de tentatives de connexion depuis votre adresse. Réessayez dans ${formatDelayFr(perIp.retryAfterSeconds)}.`,
      );
    }
    const failures = await this.limiter.peek(`login:fail:${account}`);
    if (failures.count >= this.config.loginMaxFailuresPerAccount) {
      throw new TooManyRequestsError(
        failures.retryAfterSeconds,
        `Trop de tentatives pour ce compte. Réessayez dans ${formatDelayFr(failures.retryAfterSeconds)}.`,
      );
    }
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: account });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!ok || user === null || !user.active) {
      await this.limiter.consume(
        `login:fail:${account}`,
        1,
        this.config.loginMaxFailuresPerAccount,
        this.config.loginLockoutMinutes * 60,
      );
      this.logger.warn({ event: 'login.failed', userId: user?.id, ip }, 'Login failed');
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    await this.limiter.reset(`login:fail:${account}`);
    return this.db.transaction(async (manager) => {
      const now = new Date();
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: now });
      const session = await this.sessions.create(
        manager,
        { userId: user.id, ip, userAgent: summarizeUserAgent(userAgent) },
        now,
      );
      this.logger.log({ event: 'login.succeeded', userId: user.id, sessionId: session.id, ip }, 'Login');
      // One login, one session, one family of refresh tokens: the family takes the session's id.
      return this.issue(manager, user, session.id);
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already rotated or revoked is a
   * reuse: the whole family (every token from the same login) is revoked.
   */
  async refresh(token: string): Promise<IssuedTokens> {
    const parsed = parseRefreshToken(token);
    if (parsed === null) throw new UnauthenticatedError(BAD_REFRESH);
    const outcome = await this.db.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (row === null || !secretMatches(parsed.secret, row.secretHash)) return { kind: 'invalid' as const };
      if (row.rotatedAt !== null || row.revokedAt !== null) {
        await this.sessions.revokeFamily(manager, row.familyId, 'reuse-detected', new Date());
        if (row.sessionId !== null) {
          await this.sessions.end(
            manager,
            { userId: row.userId, only: row.sessionId },
            'reuse-detected',
            new Date(),
          );
        }
        return { kind: 'reused' as const, row };
      }
      if (row.expiresAt.getTime() <= Date.now() || row.sessionId === null)
        return { kind: 'invalid' as const };
      if ((await this.sessions.findActive(manager, row.sessionId)) === null)
        return { kind: 'invalid' as const };
      const user = await manager.findOneBy(UserEntity, { id: row.userId });
      if (user === null || !user.active) return { kind: 'invalid' as const };
      await manager.update(RefreshTokenEntity, { id: row.id }, { rotatedAt: new Date() });
      await this.sessions.touch(manager, row.sessionId, new Date());
      return { kind: 'ok' as const, tokens: await this.issue(manager, user, row.sessionId) };
    });
    if (outcome.kind === 'reused') {
      this.logger.warn(
        { event: 'refresh.reuse', userId: outcome.row.userId, familyId: outcome.row.familyId },
        'Refresh token reuse detected: family revoked',
      );
    }
    if (outcome.kind !== 'ok') throw new UnauthenticatedError(BAD_REFRESH);
    return outcome.tokens;
  }

  /** Ends the session of the given refresh token (this device) and revokes its family. Idempotent. */
  async logout(token: string): Promise<void> {
    const parsed = parseRefreshToken(token);
    if (parsed === null) return;
    const row = await this.db.getRepository(RefreshTokenEntity).findOneBy({ id: parsed.id });
    if (row === null || !secretMatches(parsed.secret, row.secretHash)) return;
    await this.db.transaction(async (manager) => {
      const now = new Date();
      if (row.sessionId !== null) {
        await this.sessions.end(manager, { userId: row.userId, only: row.sessionId }, 'logout', now);
      }
      await this.sessions.revokeFamily(manager, row.familyId, 'logout', now);
    });
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  private async issue(manager: EntityManager, user: UserEntity, sessionId: string): Promise<IssuedTokens> {
    const secret = newRefreshSecret();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    const row = await manager.save(
      manager.create(RefreshTokenEntity, {
        userId: user.id,
        familyId: sessionId,
        sessionId,
        secretHash: hashRefreshSecret(secret),
        expiresAt: refreshTokenExpiresAt,
        rotatedAt: null,
        revokedAt: null,
        revokedReason: null,
      }),
    );
    const access = this.accessTokens.sign({ id: user.id, role: user.role, email: user.email, sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      accessTokenExpiresIn: this.config.accessTokenTtlSeconds,
      refreshToken: formatRefreshToken(row.id, secret),
      refreshTokenExpiresAt,
      user,
    };
  }
}
