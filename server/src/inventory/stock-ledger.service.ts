import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { applyMovement, expectedSign, thresholdCrossing, type MovementKind } from './domain/stock-ledger.js';
import { StockChangedEvent, StockLowEvent } from './events/stock.events.js';
import type { StockMovementEntity } from './entities/stock-movement.entity.js';
import { InventoryRepository } from './inventory.repository.js';

export interface MovementInput {
  productId: string;
  kind: MovementKind;
  /** Signed change of the quantity (a sale of 2 is -2). */
  quantity: number;
  /** Purchase cost of one unit: receipts (defaults to the product's usual cost). */
  unitCostCents?: number | null;
  reason?: string | null;
  createdBy?: string | null;
  bookingItemId?: string | null;
  purchaseOrderId?: string | null;
  inventoryCountId?: string | null;
  /** The same key twice records one movement (the second call returns the first). */
  idempotencyKey?: string | null;
}

/**
 * The only writer of stock. `record` runs inside the caller's transaction (the POS's sale, a
 * delivery, a count's close, a completed booking): it locks the product row, applies the pure ledger
 * arithmetic, updates the row's totals and inserts the movement, so the quantity on the row always
 * equals the sum of its movements. Concurrent sales of one product queue on the row lock: 20 tills
 * selling the last 10 units give 10 sales and 10 refusals, never -10. Other modules import it from
 * `inventory/index.ts`.
 */
@Injectable()
export class StockLedger {
  constructor(private readonly repo: InventoryRepository) {}

  async record(uow: UnitOfWork, input: MovementInput, now = Date.now()): Promise<StockMovementEntity> {
    const m = uow.manager;
    const sign = expectedSign(input.kind);
    if (
      !Number.isInteger(input.quantity) ||
      input.quantity === 0 ||
      (sign !== null && Math.sign(input.quantity) !== sign)
    ) {
      throw new BadUserInputError(quantityMessage(input.kind), 'input.quantity');
    }
    if (input.idempotencyKey) {
      const existing = await this.repo.movementByKey(m, input.idempotencyKey);
      if (existing !== null) return existing;
    }
    const product = await this.repo.lockProduct(m, input.productId);
    if (product === null) throw new NotFoundError('Produit introuvable.');
    if (input.kind === 'SALE' && product.kind === 'PROFESSIONAL')
      throw new ConflictError(`« ${product.name} » est un produit cabine : il ne se vend pas.`);
    const { allowNegativeStock } = await this.repo.settings(m);
    const outcome = applyMovement(
      {
        quantity: product.quantity,
        averageCostCents: product.averageCostCents,
        lastMovementAt: product.lastMovementAt?.getTime() ?? null,
      },
      {
        kind: input.kind,
        delta: input.quantity,
        unitCostCents: input.kind === 'RECEIPT' ? (input.unitCostCents ?? product.costCents) : null,
      },
      { allowNegative: allowNegativeStock, now },
    );
    if (!outcome.ok) {
      throw new ConflictError(
        `Stock insuffisant pour « ${product.name} » : ${outcome.available} en stock, ${-input.quantity} demandé(s).`,
        { available: outcome.available, productId: product.id },
      );
    }
    const crossing = thresholdCrossing(outcome.after.quantity, product.threshold, product.lowStockAlerted);
    const occurredAt = new Date(outcome.occurredAt);
    await this.repo.writeStock(m, product.id, {
      quantity: outcome.after.quantity,
      averageCostCents: outcome.after.averageCostCents,
      lastMovementAt: occurredAt,
      lowStockAlerted: crossing === 'ALERT' ? true : crossing === 'RESET' ? false : product.lowStockAlerted,
    });
    const movement = await this.repo.insertMovement(m, {
      productId: product.id,
      kind: input.kind,
      quantity: input.quantity,
      quantityAfter: outcome.after.quantity,
      unitCostCents: outcome.unitCostCents,
      averageCostAfterCents: outcome.after.averageCostCents,
      reason: input.reason ?? null,
      occurredAt,
      createdBy: input.createdBy ?? null,
      bookingItemId: input.bookingItemId ?? null,
      purchaseOrderId: input.purchaseOrderId ?? null,
      inventoryCountId: input.inventoryCountId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    if (crossing === 'ALERT' && product.threshold !== null) {
      uow.emit(
        new StockLowEvent({
          productId: product.id,
          name: product.name,
          quantity: outcome.after.quantity,
          threshold: product.threshold,
        }),
      );
    }
    uow.emit(new StockChangedEvent([product.id]));
    return movement;
  }

  /** A POS sale line: `quantity` units leave the shelf (positive number). */
  recordSale(
    uow: UnitOfWork,
    sale: { productId: string; quantity: number; saleLineId: string; soldBy?: string | null },
    now = Date.now(),
  ): Promise<StockMovementEntity> {
    return this.record(
      uow,
      {
        productId: sale.productId,
        kind: 'SALE',
        quantity: -sale.quantity,
        createdBy: sale.soldBy ?? null,
        idempotencyKey: `sale:${sale.saleLineId}`,
      },
      now,
    );
  }

  /** A POS return: `quantity` units come back to the shelf (positive number). */
  recordSaleReturn(
    uow: UnitOfWork,
    ret: { productId: string; quantity: number; returnLineId: string; by?: string | null },
    now = Date.now(),
  ): Promise<StockMovementEntity> {
    return this.record(
      uow,
      {
        productId: ret.productId,
        kind: 'SALE_RETURN',
        quantity: ret.quantity,
        createdBy: ret.by ?? null,
        idempotencyKey: `sale-return:${ret.returnLineId}`,
      },
      now,
    );
  }
}

function quantityMessage(kind: MovementKind): string {
  switch (expectedSign(kind)) {
    case 1:
      return 'La quantité doit être un nombre entier supérieur à zéro.';
    case -1:
      return 'La quantité doit être un nombre entier négatif (une sortie de stock).';
    case null:
      return 'La quantité doit être un nombre entier différent de zéro.';
  }
}
