import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PubSubService } from '../graphql/pubsub.service.js';
import { toProductType } from './dto/inventory.mappers.js';
import { StockChangedEvent } from './events/stock.events.js';
import { InventoryRepository } from './inventory.repository.js';

export const STOCK_CHANGED = 'stockChanged';

/** Committed stock movements → `stockChanged` on the Redis pub/sub (every server process's subscribers). */
@Injectable()
export class StockPublisher {
  private readonly logger = new Logger(StockPublisher.name);

  constructor(
    private readonly repo: InventoryRepository,
    private readonly pubsub: PubSubService,
  ) {}

  @OnEvent(StockChangedEvent.eventName, { promisify: true })
  async onChanged(event: StockChangedEvent): Promise<void> {
    try {
      const ids = [...new Set(event.productIds)];
      const products = await Promise.all(ids.map((id) => this.repo.productById(id)));
      await this.pubsub.publish(STOCK_CHANGED, {
        stockChanged: { products: products.filter((p) => p !== null).map(toProductType) },
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not publish a stock change');
    }
  }
}
