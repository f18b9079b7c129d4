import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { reorderSuggestions, type ReorderSuggestion } from './domain/reorder.js';
import { stockValueCents } from './domain/stock-ledger.js';
import type { ProductEntity } from './entities/product.entity.js';
import type { StockMovementEntity } from './entities/stock-movement.entity.js';
import { InventoryRepository, type MovementFilter } from './inventory.repository.js';
import { PurchaseOrderRepository } from './purchase-order.repository.js';
import { StockLedger } from './stock-ledger.service.js';

export type ManualMovementKind = 'RECEIPT' | 'ADJUSTMENT' | 'LOSS';

export interface ValuationLineView {
  product: ProductEntity;
  quantity: number;
  averageCostCents: number;
  valueCents: number;
}

/** Movements typed in the CRM (delivery, adjustment, loss), the history, valuation and reorder suggestions. */
@Injectable()
export class StockMovementService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly ordersRepo: PurchaseOrderRepository,
    private readonly tx: TransactionRunner,
    private readonly ledger: StockLedger,
  ) {}

  /** `quantity` is a number of units: received or lost (> 0), or the signed correction of an adjustment. */
  record(
    input: {
      productId: string;
      kind: ManualMovementKind;
      quantity: number;
      unitCostCents?: number | null;
      reason?: string | null;
    },
    userId: string,
  ): Promise<StockMovementEntity> {
    if (input.kind !== 'ADJUSTMENT' && input.quantity <= 0)
      throw new BadUserInputError(
        'La quantité doit être un nombre entier supérieur à zéro.',
        'input.quantity',
      );
    return this.tx.run((uow) =>
      this.ledger.record(uow, {
        productId: input.productId,
        kind: input.kind,
        quantity: input.kind === 'LOSS' ? -input.quantity : input.quantity,
        unitCostCents: input.unitCostCents,
        reason: input.reason,
        createdBy: userId,
      }),
    );
  }

  history(filter: MovementFilter, offset: number, limit: number) {
    return this.repo.movements(filter, offset, limit);
  }

  /**
   * Quantity and value (CUMP) of every product at instant `at`, from the ledger: each product's last
   * movement up to then carries its quantity and average cost right after it.
   */
  async valuation(at: Date): Promise<{ at: Date; lines: ValuationLineView[]; totalValueCents: number }> {
    const [last, products] = await Promise.all([this.repo.lastMovementsAt(at), this.repo.allProducts()]);
    const byId = new Map(products.map((p) => [p.id, p]));
    const lines: ValuationLineView[] = [];
    for (const row of last) {
      const product = byId.get(row.productId);
      if (product === undefined) continue;
      lines.push({
        product,
        quantity: row.quantityAfter,
        averageCostCents: row.averageCostAfterCents,
        valueCents: stockValueCents(row.quantityAfter, row.averageCostAfterCents),
      });
    }
    lines.sort((a, b) => a.product.name.localeCompare(b.product.name, 'fr'));
    return { at, lines, totalValueCents: lines.reduce((sum, l) => sum + l.valueCents, 0) };
  }

  async reorderSuggestions(): Promise<(ReorderSuggestion & { product: ProductEntity; onOrder: number })[]> {
    const [products, onOrder] = await Promise.all([this.repo.allProducts(), this.ordersRepo.onOrder()]);
    const byId = new Map(products.map((p) => [p.id, p]));
    return reorderSuggestions(
      products.map((p) => ({
        productId: p.id,
        quantity: p.quantity,
        threshold: p.threshold,
        reorderTarget: p.reorderTarget,
        onOrder: onOrder.get(p.id) ?? 0,
        active: p.active,
      })),
    ).map((s) => ({ ...s, product: byId.get(s.productId)!, onOrder: onOrder.get(s.productId) ?? 0 }));
  }
}
