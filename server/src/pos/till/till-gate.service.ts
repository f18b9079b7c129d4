import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { ClosureService } from '../journal/closure.service.js';
import type { CashSessionEntity } from '../pos.entities.js';
import { TillRepository } from './till.repository.js';

/** The law's daily closure: a till whose cash session has been open longer than this refuses sales. */
export const MAX_SESSION_MS = 24 * 60 * 60 * 1000;

/**
 * What must hold before a till sells (called by the sale completion, in its transaction): the daily
 * closures missed on earlier days are made first, then the till must be active, have an open cash session,
 * and that session must not be older than 24 h.
 */
@Injectable()
export class TillGate {
  constructor(
    private readonly repo: TillRepository,
    private readonly closures: ClosureService,
  ) {}

  async assertCanSell(manager: EntityManager, tillId: string, now: Date): Promise<CashSessionEntity> {
    const till = await this.repo.findTill(tillId, manager);
    if (till === null) throw new NotFoundError('Caisse introuvable.');
    if (!till.active) throw new ConflictError(`La caisse « ${till.name} » est désactivée.`);
    await this.closures.closeMissedDaysBefore(manager, tillId, now);
    const session = await this.repo.currentSession(tillId, manager);
    if (session === null) {
      throw new ConflictError("La caisse n'est pas ouverte : ouvrez une session de caisse avant de vendre.");
    }
    if (now.getTime() - session.openedAt.getTime() > MAX_SESSION_MS) {
      throw new ConflictError('La caisse est ouverte depuis plus de 24 h : clôturez-la avant de vendre.');
    }
    return session;
  }
}
