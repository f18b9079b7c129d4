import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PubSubService } from '../graphql/pubsub.service.js';
import { OutboxRelay } from '../outbox/outbox.relay.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { AccessGuard } from './auth/access.guard.js';
import { RateLimiter } from './rate-limit/rate-limiter.service.js';
import { TransactionRunner } from './transaction/unit-of-work.js';

/** Cross-cutting services every domain module may inject. */
@Global()
@Module({
  providers: [
    TransactionRunner,
    RateLimiter,
    OutboxService,
    OutboxRelay,
    PubSubService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TransactionRunner, RateLimiter, OutboxService, OutboxRelay, PubSubService],
})
export class CoreModule {}
