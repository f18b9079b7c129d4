import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { SaleChangedEvent } from './events/sale.events.js';
import { SaleQueryService } from './sale-query.service.js';

export const saleTrigger = (id: string): string => `saleUpdated:${id}`;

/** Committed ticket changes → `saleUpdated(id)` on the Redis pub/sub (every process's subscribers). */
@Injectable()
export class SalePublisher {
  private readonly logger = new Logger(SalePublisher.name);

  constructor(
    private readonly queries: SaleQueryService,
    private readonly pubsub: PubSubService,
  ) {}

  @OnEvent(SaleChangedEvent.eventName, { promisify: true })
  async onChanged(event: SaleChangedEvent): Promise<void> {
    try {
      await this.pubsub.publish(saleTrigger(event.saleId), {
        saleUpdated: await this.queries.view(event.saleId),
      });
    } catch (error) {
      this.logger.warn(
        { saleId: event.saleId, err: (error as Error).message },
        'Could not publish a sale update',
      );
    }
  }
}
