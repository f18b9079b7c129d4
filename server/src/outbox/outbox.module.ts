import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxService } from './outbox.service.js';

/** The outbox, for every module that must not lose a job: `OutboxService.enqueue` and its relay. */
@Global()
@Module({
  providers: [OutboxService, OutboxRelay],
  exports: [OutboxService, OutboxRelay],
})
export class OutboxModule {}
