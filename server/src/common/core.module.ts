import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limit/rate-limiter.service.js';
import { TransactionalEvents, TransactionRunner } from './transaction/unit-of-work.js';

/**
 * Cross-cutting services every domain module may inject. The outbox (`outbox/OutboxModule`) and the
 * GraphQL pub/sub (`graphql/PubSubModule`) are global modules of their own: `common/` imports no feature.
 */
@Global()
@Module({
  providers: [TransactionRunner, TransactionalEvents, RateLimiter],
  exports: [TransactionRunner, TransactionalEvents, RateLimiter],
})
export class CoreModule {}
