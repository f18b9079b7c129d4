import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/roles.js';
import { BadUserInputError, UnauthenticatedError } from '../common/errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { SessionRepository } from './session.repository.js';
import { UserEntity } from './user.entity.js';

/** A signed-in user changes their own password. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionRepository,
  ) {}

  /** Checks the current password, stores the new one and ends every other session of the user. */
  async changeMine(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const found = await this.db.getRepository(UserEntity).findOneBy({ id: user.id });
    if (found === null || !found.active) throw new UnauthenticatedError();
    if (!(await verifyPassword(found.passwordHash, currentPassword))) {
      throw new BadUserInputError('Le mot de passe actuel est incorrect.', 'input.currentPassword');
    }
    if (newPassword === currentPassword) {
      throw new BadUserInputError('Choisissez un mot de passe différent de l’actuel.', 'input.newPassword');
    }
    const hash = await hashPassword(newPassword);
    const ended = await this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash: hash });
      return this.sessions.end(
        manager,
        { userId: user.id, except: user.sessionId },
        'password-changed',
        new Date(),
      );
    });
    this.logger.log(
      { event: 'password.changed', userId: user.id, endedSessions: ended.length },
      'Password changed',
    );
  }
}
