import { Global, Module } from '@nestjs/common';
import { PubSubService } from './pubsub.service.js';

/** GraphQL subscription events through Redis, for every module that publishes or subscribes. */
@Global()
@Module({
  providers: [PubSubService],
  exports: [PubSubService],
})
export class PubSubModule {}
