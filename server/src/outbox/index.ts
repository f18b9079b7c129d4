export { OutboxModule } from './outbox.module.js';
export { OutboxService, type OutboxJob } from './outbox.service.js';
export { OutboxRelay } from './outbox.relay.js';
export { OutboxEntity } from './outbox.entity.js';
export { describeError, nextRetryDelayMs, outboxJobId } from './domain/retry.js';
