import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A domain event: a class with a static `eventName` such as `booking.confirmed`. */
export interface DomainEvent {
  readonly eventName: string;
}

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * What a use case holds while its transaction is open: the EntityManager to write with, and a list
 * of things to do only once the transaction has committed (domain events, pub/sub, waking the
 * outbox relay). If the transaction rolls back, none of them happen.
 */
export class UnitOfWork {
  private readonly afterCommit: (() => unknown)[] = [];
  private readonly events: DomainEvent[] = [];

  constructor(readonly manager: EntityManager) {}

  /** Emits the event on the in-process event bus after commit. */
  emit(event: DomainEvent): void {
    this.events.push(event);
  }

  onCommit(action: () => unknown): void {
    this.afterCommit.push(action);
  }

  /** @internal */
  drain(): { events: DomainEvent[]; actions: (() => unknown)[] } {
    return { events: this.events.splice(0), actions: this.afterCommit.splice(0) };
  }
}

@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly emitter: EventEmitter2,
  ) {}

  /** Without an isolation level, PostgreSQL's default (READ COMMITTED) applies and no SET is sent. */
  async run<T>(work: (uow: UnitOfWork) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    let uow: UnitOfWork | undefined;
    const body = async (manager: EntityManager) => {
      uow = new UnitOfWork(manager);
      return work(uow);
    };
    const result = isolation ? await this.db.transaction(isolation, body) : await this.db.transaction(body);
    if (uow !== undefined) await this.afterCommit(uow);
    return result;
  }

  private async afterCommit(uow: UnitOfWork): Promise<void> {
    const { events, actions } = uow.drain();
    for (const event of events) {
      try {
        // Listeners run after the response is decided: a failing listener never undoes the commit.
        await this.emitter.emitAsync(event.eventName, event);
      } catch (error) {
        this.logger.error({ err: error, event: event.eventName }, 'Event listener failed');
      }
    }
    for (const action of actions) {
      try {
        await action();
      } catch (error) {
        this.logger.error({ err: error }, 'After-commit action failed');
      }
    }
  }
}
