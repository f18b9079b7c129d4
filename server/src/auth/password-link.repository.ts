import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordLinkEntity, type PasswordLinkPurpose } from './password-link.entity.js';

/** SQL for password links. */
@Injectable()
export class PasswordLinkRepository {
  async create(
    manager: EntityManager,
    row: { userId: string; tokenHash: Buffer; purpose: PasswordLinkPurpose; expiresAt: Date },
    now: Date,
  ): Promise<PasswordLinkEntity> {
    return manager.save(manager.create(PasswordLinkEntity, { ...row, createdAt: now, usedAt: null }));
  }

  async lockByHash(manager: EntityManager, tokenHash: Buffer): Promise<PasswordLinkEntity | null> {
    return manager.findOne(PasswordLinkEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** Uses up every open link of the user (the one just used, and older ones). */
  async useAll(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(PasswordLinkEntity)
      .set({ usedAt: now })
      .where('user_id = :userId AND used_at IS NULL', { userId })
      .execute();
  }
}
