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
  /** How many of `events` the in-transaction handlers have seen. */
  private handled = 0;

  constructor(readonly manager: EntityManager) {}

  /** Emits the event on the in-process event bus after commit. */
  emit(event: DomainEvent): void {
    this.events.push(event);
  }

  onCommit(action: () => unknown): void {
    this.afterCommit.push(action);
  }

  /** @internal The events emitted since the last call (for the in-transaction handlers). */
  takeUnhandled(): DomainEvent[] {
    const fresh = this.events.slice(this.handled);
    this.handled = this.events.length;
    return fresh;
  }

  /** @internal */
  drain(): { events: DomainEvent[]; actions: (() => unknown)[] } {
    return { events: this.events.splice(0), actions: this.afterCommit.splice(0) };
  }
}

/** A handler that runs inside the transaction that emitted the event, before its commit. */
export type TransactionalHandler = (event: DomainEvent, uow: UnitOfWork) => Promise<void>;

/**
 * In-transaction event handlers: what must happen atomically with an event's cause (typically an
 * outbox row: a message that must be sent if and only if the booking was really made) without the
 * emitting module knowing who listens. A handler writes with `uow.manager`; if it throws, the whole
 * transaction rolls back. It may emit further events, which are handled in the same pass. Regular
 * `@OnEvent` listeners still run after the commit.
 */
@Injectable()
export class TransactionalEvents {
  private readonly handlers = new Map<string, TransactionalHandler[]>();

  on(eventName: string, handler: TransactionalHandler): void {
    const list = this.handlers.get(eventName) ?? [];
    list.push(handler);
    this.handlers.set(eventName, list);
  }

  /** @internal Runs the handlers of every event emitted so far, including those their handlers emit. */
  async dispatch(uow: UnitOfWork): Promise<void> {
    for (let events = uow.takeUnhandled(); events.length > 0; events = uow.takeUnhandled()) {
      for (const event of events) {
        for (const handler of this.handlers.get(event.eventName) ?? []) await handler(event, uow);
      }
    }
  }
}

@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly emitter: EventEmitter2,
    private readonly transactional: TransactionalEvents,
  ) {}

  /** Without an isolation level, PostgreSQL's default (READ COMMITTED) applies and no SET is sent. */
  async run<T>(work: (uow: UnitOfWork) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    let uow: UnitOfWork | undefined;
    const body = async (manager: EntityManager) => {
      uow = new UnitOfWork(manager);
      const result = await work(uow);
      await this.transactional.dispatch(uow);
      return result;
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
