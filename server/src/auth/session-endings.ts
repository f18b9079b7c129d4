import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { SessionCache } from './session-cache.js';

/**
 * Tells the session cache (`SessionCache`) of ended sessions once their ending is committed: a
 * TypeORM subscriber of every transaction's outcome. `SessionRepository.end` reports the sessions it
 * ended in a transaction (`ended`); they are forgotten when that transaction commits, and dropped if
 * it rolls back. Forgetting before the commit would let another process read the session as still
 * open and remember it again.
 */
@Injectable()
export class SessionEndings implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly cache: SessionCache,
  ) {
    db.subscribers.push(this);
  }

  /** Sessions `manager` has just ended: forgotten now, or when its transaction commits. */
  async ended(manager: EntityManager, sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const runner = manager.queryRunner;
    if (runner === undefined || !runner.isTransactionActive) {
      await this.cache.forget(sessionIds);
      return;
    }
    const ids = this.pending.get(runner) ?? new Set<string>();
    for (const id of sessionIds) ids.add(id);
    this.pending.set(runner, ids);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // A savepoint's release also "commits": wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    const ids = this.pending.get(event.queryRunner);
    if (ids === undefined) return;
    this.pending.delete(event.queryRunner);
    await this.cache.forget([...ids]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Rolled back to a savepoint: the outer transaction may still end sessions reported before it.
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
  }
}
