import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { JournalKind } from '../journal/journal-kind.js';
import { JournalWriter } from '../journal/journal-writer.service.js';
import type { EventRecordPayload } from '../journal/records.js';
import { TillSignInRepository } from './till-sign-in.repository.js';

/** Who acts at a till: the user and the auth session (`AuthUser.sessionId`) the action comes from. */
export interface TillOperator {
  userId: string;
  sessionId: string;
}

/**
 * The technical log's sign-ins: the first till-writing action of an auth session on a till appends an
 * `EVENT` `TILL_SIGN_IN` (user, session) to that till's journal, once. Called by each writing use case
 * before its own transaction, in a short transaction of its own: it takes the till's head lock only when
 * the session has not signed in yet, so it never holds that lock across another lock order.
 */
@Injectable()
export class TillSignInService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: TillSignInRepository,
    private readonly writer: JournalWriter,
  ) {}

  async ensure(tillId: string, operator: TillOperator, now: Date): Promise<void> {
    if (await this.repo.signedIn(tillId, operator.sessionId)) return;
    await this.tx.run(async ({ manager }) => {
      // Concurrent first actions of one session queue at the head; the later ones find the record.
      if (!(await this.repo.lockHead(manager, tillId))) return; // unknown till: the action says so
      if (await this.repo.signedIn(tillId, operator.sessionId, manager)) return;
      const payload: EventRecordPayload = {
        event: 'TILL_SIGN_IN',
        userId: operator.userId,
        sessionId: operator.sessionId,
      };
      await this.writer.append(manager, {
        tillId,
        kind: JournalKind.EVENT,
        payload,
        occurredAt: now,
        actorUserId: operator.userId,
      });
    });
  }
}
