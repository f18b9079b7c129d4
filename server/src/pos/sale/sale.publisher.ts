import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { SaleChangedEvent } from './events/sale.events.js';

export const saleTrigger = (id: string): string => `saleUpdated:${id}`;

/** What `saleUpdated(id)` carries on the pub/sub: the id; the subscription reads the ticket. */
export type SaleUpdatedMessage = {
  saleId: string;
};

/**
 * Committed ticket changes → `saleUpdated(id)` on the Redis pub/sub (every process's subscribers). Nothing
 * is read here: a ticket changes six times or more on its way to the journal, usually with nobody
 * subscribed; the subscription resolver reads the ticket for each subscriber that is.
 */
@Injectable()
export class SalePublisher {
  private readonly logger = new Logger(SalePublisher.name);

  constructor(private readonly pubsub: PubSubService) {}

  @OnEvent(SaleChangedEvent.eventName, { promisify: true })
  async onChanged(event: SaleChangedEvent): Promise<void> {
    try {
      const message: SaleUpdatedMessage = { saleId: event.saleId };
      await this.pubsub.publish(saleTrigger(event.saleId), message);
    } catch (error) {
      this.logger.warn(
        { saleId: event.saleId, err: (error as Error).message },
        'Could not publish a sale update',
      );
    }
  }
}
