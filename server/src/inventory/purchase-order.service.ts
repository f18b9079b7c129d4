import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { PurchaseOrderSentEvent } from './events/stock.events.js';
import {
  PurchaseOrderEntity,
  PurchaseOrderLineEntity,
  type PurchaseOrderStatus,
} from './entities/purchase-order.entities.js';
import { InventoryRepository } from './inventory.repository.js';
import { PurchaseOrderRepository } from './purchase-order.repository.js';
import { StockLedger } from './stock-ledger.service.js';

export interface PurchaseOrderView {
  order: PurchaseOrderEntity;
  lines: PurchaseOrderLineEntity[];
}

/**
 * Purchase orders: draft → sent (e-mailed to the supplier; may be sent again) → partly or fully
 * received; a draft or sent order may be cancelled until something is received.
 */
@Injectable()
export class PurchaseOrderService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly ordersRepo: PurchaseOrderRepository,
    private readonly tx: TransactionRunner,
    private readonly ledger: StockLedger,
  ) {}

  async list(supplierId: string | null = null): Promise<PurchaseOrderView[]> {
    const orders = await this.ordersRepo.listPurchaseOrders(supplierId);
    return Promise.all(
      orders.map(async (order) => ({ order, lines: await this.ordersRepo.purchaseOrderLines(order.id) })),
    );
  }

  async get(id: string): Promise<PurchaseOrderView> {
    const order = await this.ordersRepo.purchaseOrder(id);
    if (order === null) throw new NotFoundError('Bon de commande introuvable.');
    return { order, lines: await this.ordersRepo.purchaseOrderLines(id) };
  }

  async create(input: {
    supplierId: string;
    notes?: string | null;
    lines: { productId: string; quantity: number; unitCostCents?: number | null }[];
  }): Promise<PurchaseOrderView> {
    const id = await this.tx.run(async (uow) => {
      const m = uow.manager;
      if ((await this.repo.supplierById(input.supplierId, m)) === null)
        throw new BadUserInputError('Fournisseur introuvable.', 'input.supplierId');
      const ids = input.lines.map((l) => l.productId);
      const products = await this.repo.productsByIds(ids, m);
      input.lines.forEach((l, i) => {
        if (ids.indexOf(l.productId) !== i)
          throw new BadUserInputError('Ce produit apparaît deux fois.', `input.lines.${i}.productId`);
        if (!products.some((p) => p.id === l.productId))
          throw new BadUserInputError('Produit introuvable.', `input.lines.${i}.productId`);
      });
      const order = await m.save(PurchaseOrderEntity, {
        reference: await this.ordersRepo.nextPurchaseOrderReference(m),
        supplierId: input.supplierId,
        status: 'DRAFT',
        notes: input.notes ?? null,
      });
      await m.insert(
        PurchaseOrderLineEntity,
        input.lines.map((l) => ({
          purchaseOrderId: order.id,
          productId: l.productId,
          quantityOrdered: l.quantity,
          unitCostCents: l.unitCostCents ?? products.find((p) => p.id === l.productId)!.costCents,
        })),
      );
      return order.id;
    });
    return this.get(id);
  }

  /** Marks a draft sent and, in the same transaction, plans the e-mail to the supplier. */
  async send(id: string, now = Date.now()): Promise<PurchaseOrderView> {
    await this.tx.run(async (uow) => {
      const order = await this.ordersRepo.purchaseOrder(id, uow.manager, true);
      if (order === null) throw new NotFoundError('Bon de commande introuvable.');
      if (order.status !== 'DRAFT' && order.status !== 'SENT')
        throw new ConflictError('Ce bon de commande a déjà été réceptionné ou annulé.');
      if (!order.supplier?.email)
        throw new ConflictError(`Le fournisseur « ${order.supplier?.name ?? ''} » n’a pas d’adresse e-mail.`);
      await uow.manager.update(PurchaseOrderEntity, { id }, { status: 'SENT', sentAt: new Date(now) });
      uow.emit(new PurchaseOrderSentEvent(id));
    });
    return this.get(id);
  }

  /** Cancels a draft or sent order: nothing of it is on order any more. Refused once anything arrived. */
  async cancel(id: string): Promise<PurchaseOrderView> {
    await this.tx.run(async (uow) => {
      const order = await this.ordersRepo.purchaseOrder(id, uow.manager, true);
      if (order === null) throw new NotFoundError('Bon de commande introuvable.');
      if (order.status === 'CANCELLED') throw new ConflictError('Ce bon de commande est déjà annulé.');
      if (order.status !== 'DRAFT' && order.status !== 'SENT')
        throw new ConflictError(
          'Une partie de ce bon de commande a déjà été réceptionnée : il ne peut plus être annulé.',
        );
      await uow.manager.update(PurchaseOrderEntity, { id }, { status: 'CANCELLED' });
    });
    return this.get(id);
  }

  /**
   * Records what arrived: one RECEIPT movement per line received (at the line's cost), in one
   * transaction with the order's new status. More than what is left to receive is refused.
   */
  async receive(
    id: string,
    lines: { productId: string; quantity: number; unitCostCents?: number | null }[],
    userId: string,
    now = Date.now(),
  ): Promise<PurchaseOrderView> {
    await this.tx.run(async (uow) => {
      const m = uow.manager;
      const order = await this.ordersRepo.purchaseOrder(id, m, true);
      if (order === null) throw new NotFoundError('Bon de commande introuvable.');
      if (order.status === 'RECEIVED' || order.status === 'CANCELLED')
        throw new ConflictError('Ce bon de commande est déjà entièrement réceptionné ou annulé.');
      const orderLines = await this.ordersRepo.purchaseOrderLines(id, m);
      for (const [i, l] of lines.entries()) {
        const line = orderLines.find((o) => o.productId === l.productId);
        if (line === undefined)
          throw new BadUserInputError(
            'Ce produit n’est pas sur le bon de commande.',
            `input.lines.${i}.productId`,
          );
        const left = line.quantityOrdered - line.quantityReceived;
        if (l.quantity > left)
          throw new BadUserInputError(
            `Il reste ${left} unité(s) à recevoir pour « ${line.product?.name ?? ''} ».`,
            `input.lines.${i}.quantity`,
          );
        await this.ledger.record(
          uow,
          {
            productId: l.productId,
            kind: 'RECEIPT',
            quantity: l.quantity,
            unitCostCents: l.unitCostCents ?? line.unitCostCents,
            purchaseOrderId: id,
            reason: `Réception ${order.reference}`,
            createdBy: userId,
          },
          now,
        );
        line.quantityReceived += l.quantity;
        await m.update(PurchaseOrderLineEntity, { id: line.id }, { quantityReceived: line.quantityReceived });
      }
      const complete = orderLines.every((o) => o.quantityReceived >= o.quantityOrdered);
      const status: PurchaseOrderStatus = complete ? 'RECEIVED' : 'PARTLY_RECEIVED';
      await m.update(PurchaseOrderEntity, { id }, { status });
    });
    return this.get(id);
  }
}
