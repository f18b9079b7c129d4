import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../../common/errors.js';
import type { UnitOfWork } from '../../../common/transaction/unit-of-work.js';
import { StockLedger } from '../../../inventory/index.js';
import type { SaleLineEntity } from '../sale.entities.js';
import { SaleRepository } from '../sale.repository.js';
import { requireId } from './line-input.js';
import type { LineDraft, LineEffectContext, LineRequest, SaleLineKind } from './sale-line-kind.js';

/**
 * A product from the stock. Completing the ticket writes its `SALE` movement through the stock
 * ledger in the same transaction (keyed by the line, so never twice); a credit note writes `SALE_RETURN`.
 */
@Injectable()
export class ProductLineKind implements SaleLineKind {
  readonly kind = 'PRODUCT';
  readonly priceEditable = false;

  constructor(
    private readonly repo: SaleRepository,
    private readonly stock: StockLedger,
  ) {}

  async draft(m: EntityManager, r: LineRequest): Promise<LineDraft> {
    const product = await this.repo.product(m, requireId(r.productId, 'productId', 'le produit'));
    if (product === null || !product.active) throw new NotFoundError('Produit introuvable.');
    if (product.kind === 'PROFESSIONAL') {
      throw new ConflictError(`« ${product.name} » est un produit cabine : il ne se vend pas.`);
    }
    return {
      label: product.brand ? `${product.name} (${product.brand})` : product.name,
      quantity: r.quantity,
      unitPriceCents: product.priceCents,
      vatRateBp: product.vatRateBp,
      practitionerId: r.practitionerId ?? null,
      productId: product.id,
      bookingItemId: null,
      data: null,
    };
  }

  async onSaleCompleted(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    await this.stock.recordSale(
      uow,
      {
        productId: line.productId as string,
        quantity: line.quantity,
        saleLineId: line.id,
        soldBy: ctx.userId,
      },
      ctx.now,
    );
  }

  async onCredited(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    await this.stock.recordSaleReturn(
      uow,
      {
        productId: line.productId as string,
        quantity: -line.quantity,
        returnLineId: line.id,
        by: ctx.userId,
      },
      ctx.now,
    );
  }
}
