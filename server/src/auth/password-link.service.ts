import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, TooManyRequestsError, formatDelayFr } from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.service.js';
import { TransactionRunner, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import {
  PASSWORD_LINK_TTL_MINUTES,
  newPasswordLinkToken,
  passwordLinkTokenHash,
} from './domain/password-link-token.js';
import { PasswordLinkIssuedEvent } from './events/password-link-issued.event.js';
import { hashPassword } from './password.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import { SessionRepository } from './session.repository.js';
import { UserEntity } from './user.entity.js';

const RESET_MAX_PER_IP_PER_HOUR = 20;
const RESET_MAX_PER_ACCOUNT_PER_HOUR = 3;
const LINK_INVALID = 'Ce lien n’est plus valide : demandez-en un nouveau.';

/** Links to set a password: forgotten password (public), invitation (issued by staff management). */
@Injectable()
export class PasswordLinkService {
  private readonly logger = new Logger(PasswordLinkService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly limiter: RateLimiter,
    private readonly links: PasswordLinkRepository,
    private readonly sessions: SessionRepository,
  ) {}

  /**
   * Makes a link in the caller's transaction; its e-mail leaves after the commit (listener in
   * notification/). The token is returned to no one.
   */
  async issue(
    uow: UnitOfWork,
    user: Pick<UserEntity, 'id' | 'email' | 'firstName'>,
    purpose: PasswordLinkPurpose,
    invitedBy: string | null = null,
  ): Promise<void> {
    const now = new Date();
    const token = newPasswordLinkToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_MINUTES[purpose] * 60_000);
    const tokenHash = passwordLinkTokenHash(token) as Buffer;
    await this.links.create(uow.manager, { userId: user.id, tokenHash, purpose, expiresAt }, now);
    uow.emit(
      new PasswordLinkIssuedEvent({
        userId: user.id,
        email: user.email,
        firstName: user.firstName,
        purpose,
        token,
        expiresAt,
        invitedBy,
      }),
    );
  }

  /**
   * A new link in the caller's transaction, the user's open links made void first: only the newest
   * link works (an invitation sent again).
   */
  async reissue(
    uow: UnitOfWork,
    user: Pick<UserEntity, 'id' | 'email' | 'firstName'>,
    purpose: PasswordLinkPurpose,
    invitedBy: string | null = null,
  ): Promise<void> {
    await this.links.useAll(uow.manager, user.id, new Date());
    await this.issue(uow, user, purpose, invitedBy);
  }

  /**
   * Forgotten password. Answers the same whether the address is known or not (no enumeration): an
   * unknown, inactive or client address, or one over its hourly quota, simply gets no e-mail.
   */
  async requestReset(email: string, ip: string): Promise<void> {
    const perIp = await this.limiter.consume(`pwreset:ip:${ip}`, 1, RESET_MAX_PER_IP_PER_HOUR, 3600);
    if (!perIp.allowed) {
      throw new TooManyRequestsError(
        perIp.retryAfterSeconds,
        `Trop de demandes depuis votre adresse. Réessayez dans ${formatDelayFr(perIp.retryAfterSeconds)}.`,
      );
    }
    const account = email.trim().toLowerCase();
    const perAccount = await this.limiter.consume(
      `pwreset:account:${account}`,
      1,
      RESET_MAX_PER_ACCOUNT_PER_HOUR,
      3600,
    );
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: account });
    if (user === null || !user.active || user.role === 'CLIENT' || !perAccount.allowed) {
      this.logger.log(
        { event: 'password.reset-not-sent', userId: user?.id, quota: perAccount.allowed, ip },
        'Password reset asked: no e-mail',
      );
      return;
    }
    await this.tx.run((uow) => this.issue(uow, user, 'RESET'));
    this.logger.log({ event: 'password.reset-requested', userId: user.id, ip }, 'Password reset link issued');
  }

  /** Sets the password of the link's user, uses up their links and ends all their sessions. */
  async setWithLink(token: string, newPassword: string): Promise<void> {
    const tokenHash = passwordLinkTokenHash(token);
    if (tokenHash === null) throw new BadUserInputError(LINK_INVALID, 'input.token');
    const passwordHash = await hashPassword(newPassword);
    const outcome = await this.db.transaction(async (manager) => {
      const now = new Date();
      const link = await this.links.lockByHash(manager, tokenHash);
      if (link === null || link.usedAt !== null || link.expiresAt.getTime() <= now.getTime()) return null;
      const user = await manager.findOneBy(UserEntity, { id: link.userId });
      if (user === null || !user.active) return null;
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.links.useAll(manager, user.id, now);
      await this.sessions.end(manager, { userId: user.id }, 'password-set-with-link', now);
      return { user, purpose: link.purpose };
    });
    if (outcome === null) throw new BadUserInputError(LINK_INVALID, 'input.token');
    // A locked-out account may sign in at once with its new password.
    await this.limiter.reset(`login:fail:${outcome.user.email.toLowerCase()}`);
    this.logger.log(
      { event: 'password.set-with-link', userId: outcome.user.id, purpose: outcome.purpose },
      'Password set with a link',
    );
  }
}
