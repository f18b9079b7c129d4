import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { GENESIS_HASH } from '../journal/canonical.js';
import { JournalKind } from '../journal/journal-kind.js';
import { JournalWriter } from '../journal/journal-writer.service.js';
import { JournalRepository } from '../journal/journal.repository.js';
import type {
  CashMovementRecordPayload,
  SessionClosedRecordPayload,
  SessionOpenedRecordPayload,
} from '../journal/records.js';
import type { CashMovementEntity, CashSessionEntity, TillEntity } from '../pos.entities.js';
import { countCash, expectedCash, type DenominationCount } from './denominations.js';
import { TillSignInService } from './till-sign-in.service.js';
import { TillRepository } from './till.repository.js';

/** Tills and their cash sessions: open with a counted float, move cash in/out, close with the cash counted. */
@Injectable()
export class CashSessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: TillRepository,
    private readonly journal: JournalRepository,
    private readonly writer: JournalWriter,
    private readonly signIns: TillSignInService,
  ) {}

  tills(includeInactive: boolean): Promise<TillEntity[]> {
    return this.repo.listTills(includeInactive);
  }

  createTill(name: string): Promise<TillEntity> {
    return this.tx.run((uow) => this.repo.createTill(uow.manager, name, GENESIS_HASH));
  }

  /**
   * The till's open session, its movements, and the cash the drawer should hold at `now` (float + cash
   * sales so far + cash in − cash out): what the closing count is compared with before it is confirmed.
   */
  async current(
    tillId: string,
    now: Date,
  ): Promise<{ session: CashSessionEntity; movements: CashMovementEntity[]; expectedCents: number } | null> {
    if ((await this.repo.findTill(tillId)) === null) throw new NotFoundError('Caisse introuvable.');
    const session = await this.repo.currentSession(tillId);
    if (session === null) return null;
    const movements = await this.repo.movements(session.id);
    const cashSales = await this.repo.cashSalesBetween(undefined, tillId, session.openedAt, now);
    const expectedCents = expectedCash({
      openingFloatCents: session.openingFloatCents,
      cashSalesCents: cashSales,
      movements,
    });
    return { session, movements, expectedCents };
  }

  movements(sessionId: string): Promise<CashMovementEntity[]> {
    return this.repo.movements(sessionId);
  }

  async open(input: {
    tillId: string;
    counts: DenominationCount[];
    by: string;
    /** The acting auth session: its first till-writing action signs it in (technical log). */
    sessionId?: string;
    now: Date;
  }): Promise<CashSessionEntity> {
    const counted = countCash(input.counts, 'counts');
    if ('problems' in counted) throw new BadUserInputError(counted.problems[0].message, counted.problems);
    await this.signIn(input);
    return this.tx.run(async ({ manager }) => {
      const till = await this.repo.findTill(input.tillId, manager);
      if (till === null) throw new NotFoundError('Caisse introuvable.');
      if (!till.active) throw new ConflictError(`La caisse « ${till.name} » est désactivée.`);
      await this.journal.lockHead(manager, input.tillId);
      if ((await this.repo.currentSession(input.tillId, manager)) !== null) {
        throw new ConflictError('Une session est déjà ouverte sur cette caisse.');
      }
      const session = await this.repo.saveSession(manager, {
        tillId: input.tillId,
        openedAt: input.now,
        openedBy: input.by,
        openingCounts: counted.map,
        openingFloatCents: counted.totalCents,
        closedAt: null,
      });
      const payload: SessionOpenedRecordPayload = {
        sessionId: session.id,
        openingFloatCents: counted.totalCents,
        counts: counted.map,
      };
      await this.writer.append(manager, {
        tillId: input.tillId,
        kind: JournalKind.SESSION_OPENED,
        payload: { ...payload },
        occurredAt: input.now,
        actorUserId: input.by,
      });
      return session;
    });
  }

  async recordMovement(input: {
    tillId: string;
    direction: 'IN' | 'OUT';
    amountCents: number;
    reason: string;
    by: string;
    /** The acting auth session: its first till-writing action signs it in (technical log). */
    sessionId?: string;
    now: Date;
  }): Promise<CashMovementEntity> {
    if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
      throw new BadUserInputError(
        'Le montant doit être un nombre entier de centimes positif.',
        'amountCents',
      );
    }
    if (input.reason.trim() === '') throw new BadUserInputError('Indiquez le motif du mouvement.', 'reason');
    await this.signIn(input);
    return this.tx.run(async ({ manager }) => {
      await this.journal.lockHead(manager, input.tillId);
      const session = await this.repo.lockOpenSession(manager, input.tillId);
      if (session === null)
        throw new ConflictError("La caisse n'est pas ouverte : ouvrez une session de caisse d'abord.");
      const payload: CashMovementRecordPayload = {
        sessionId: session.id,
        direction: input.direction,
        amountCents: input.amountCents,
        reason: input.reason,
      };
      const record = await this.writer.append(manager, {
        tillId: input.tillId,
        kind: JournalKind.CASH_MOVEMENT,
        payload: { ...payload },
        occurredAt: input.now,
        actorUserId: input.by,
      });
      return this.repo.saveMovement(manager, {
        sessionId: session.id,
        direction: input.direction,
        amountCents: input.amountCents,
        reason: input.reason,
        occurredAt: new Date(Math.floor(input.now.getTime() / 1000) * 1000),
        byUserId: input.by,
        journalId: record.id,
      });
    });
  }

  async close(input: {
    tillId: string;
    counts: DenominationCount[];
    by: string;
    /** The acting auth session: its first till-writing action signs it in (technical log). */
    sessionId?: string;
    now: Date;
  }): Promise<CashSessionEntity> {
    const counted = countCash(input.counts, 'counts');
    if ('problems' in counted) throw new BadUserInputError(counted.problems[0].message, counted.problems);
    await this.signIn(input);
    return this.tx.run(async ({ manager }) => {
      await this.journal.lockHead(manager, input.tillId);
      const session = await this.repo.lockOpenSession(manager, input.tillId);
      if (session === null) throw new ConflictError("La caisse n'a pas de session ouverte.");
      const movements = await this.repo.movements(session.id, manager);
      const cashSales = await this.repo.cashSalesBetween(manager, input.tillId, session.openedAt, input.now);
      const expected = expectedCash({
        openingFloatCents: session.openingFloatCents,
        cashSalesCents: cashSales,
        movements,
      });
      Object.assign(session, {
        closedAt: input.now,
        closedBy: input.by,
        closingCounts: counted.map,
        expectedCents: expected,
        countedCents: counted.totalCents,
        varianceCents: counted.totalCents - expected,
      });
      const saved = await this.repo.saveSession(manager, session);
      const payload: SessionClosedRecordPayload = {
        sessionId: session.id,
        expectedCents: expected,
        countedCents: counted.totalCents,
        varianceCents: counted.totalCents - expected,
        counts: counted.map,
      };
      await this.writer.append(manager, {
        tillId: input.tillId,
        kind: JournalKind.SESSION_CLOSED,
        payload: { ...payload },
        occurredAt: input.now,
        actorUserId: input.by,
      });
      return saved;
    });
  }

  private async signIn(input: { tillId: string; by: string; sessionId?: string; now: Date }): Promise<void> {
    if (input.sessionId === undefined) return;
    await this.signIns.ensure(input.tillId, { userId: input.by, sessionId: input.sessionId }, input.now);
  }
}
