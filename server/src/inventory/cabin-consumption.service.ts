import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BookingCompletedEvent, BookingItemEntity } from '../booking/index.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import {
  TransactionalEvents,
  TransactionRunner,
  type UnitOfWork,
} from '../common/transaction/unit-of-work.js';
import type { ServiceConsumptionEntity } from './entities/service-consumption.entity.js';
import { InventoryRepository } from './inventory.repository.js';
import { StockLedger } from './stock-ledger.service.js';

/**
 * What services use in the cabin, and the CABIN_USE movements of completed bookings: written in the
 * transaction that completes the booking (an in-transaction handler of `booking.completed`), once per
 * booking item and product — a second completion finds the movement and writes nothing (and a unique
 * index backs that up).
 */
@Injectable()
export class CabinConsumptionService implements OnModuleInit {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly tx: TransactionRunner,
    private readonly ledger: StockLedger,
    private readonly events: TransactionalEvents,
  ) {}

  onModuleInit(): void {
    this.events.on(BookingCompletedEvent.eventName, (e, uow) =>
      this.bookingCompleted((e as BookingCompletedEvent).booking.bookingId, uow),
    );
  }

  forServices(serviceIds: string[]): Promise<ServiceConsumptionEntity[]> {
    return this.repo.consumptionOf(serviceIds);
  }

  async set(
    serviceId: string,
    lines: { productId: string; quantity: number }[],
  ): Promise<ServiceConsumptionEntity[]> {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.productId))
        throw new BadUserInputError('Ce produit apparaît deux fois.', `input.items.${i}.productId`);
      seen.add(l.productId);
    });
    await this.tx.run(async (uow) => {
      if (!(await this.repo.serviceExists(uow.manager, serviceId)))
        throw new NotFoundError('Prestation introuvable.');
      const products = await this.repo.productsByIds([...seen], uow.manager);
      lines.forEach((l, i) => {
        const p = products.find((x) => x.id === l.productId);
        if (p === undefined)
          throw new BadUserInputError('Produit introuvable.', `input.items.${i}.productId`);
        if (p.kind === 'RETAIL')
          throw new BadUserInputError(
            `« ${p.name} » est un produit de vente : marquez-le « cabine » ou « les deux » pour l’utiliser en cabine.`,
            `input.items.${i}.productId`,
          );
      });
      await this.repo.replaceConsumption(uow.manager, serviceId, lines);
    });
    return this.repo.consumptionOf([serviceId]);
  }

  private async bookingCompleted(bookingId: string, uow: UnitOfWork): Promise<void> {
    const items = await uow.manager.find(BookingItemEntity, {
      where: { bookingId },
      order: { position: 'ASC' },
    });
    const consumption = await this.repo.consumptionOf(
      [...new Set(items.map((i) => i.serviceId))],
      uow.manager,
    );
    for (const item of items) {
      for (const line of consumption.filter((c) => c.serviceId === item.serviceId)) {
        if (await this.repo.cabinUseExists(uow.manager, item.id, line.productId)) continue;
        await this.ledger.record(uow, {
          productId: line.productId,
          kind: 'CABIN_USE',
          quantity: -line.quantity,
          bookingItemId: item.id,
          reason: 'Prestation terminée',
        });
      }
    }
  }
}
