import { Global, Module } from '@nestjs/common';
import { PubSubService } from '../graphql/pubsub.service.js';
import { OutboxRelay } from '../outbox/outbox.relay.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { RateLimiter } from './rate-limit/rate-limiter.service.js';
import { TransactionalEvents, TransactionRunner } from './transaction/unit-of-work.js';

/** Cross-cutting services every domain module may inject. */
@Global()
@Module({
  providers: [TransactionRunner, TransactionalEvents, RateLimiter, OutboxService, OutboxRelay, PubSubService],
  exports: [TransactionRunner, TransactionalEvents, RateLimiter, OutboxService, OutboxRelay, PubSubService],
})
export class CoreModule {}
