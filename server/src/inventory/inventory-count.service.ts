import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { violatedConstraint } from '../common/db-errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { InventoryCountEntity, InventoryCountLineEntity } from './entities/inventory-count.entities.js';
import type { ProductEntity } from './entities/product.entity.js';
import { InventoryCountRepository } from './inventory-count.repository.js';
import { InventoryRepository } from './inventory.repository.js';
import { StockLedger } from './stock-ledger.service.js';

export interface CountLineView {
  product: ProductEntity;
  countedQuantity: number | null;
  expectedQuantity: number | null;
  difference: number | null;
  differenceValueCents: number | null;
  countedAt: Date | null;
}

export interface CountView {
  count: InventoryCountEntity;
  lines: CountLineView[];
  countedLines: number;
  totalLines: number;
  differenceValueCents: number;
}

/**
 * Inventory counts. Selling goes on while counting: each counted line keeps the quantity the system
 * had at that moment (read under the product row's lock), and closing writes `counted − that
 * quantity` as a COUNT movement. A sale after the line was counted is already in the stock and is
 * not counted twice; a sale before it is on neither side. Lines nobody counted change nothing.
 * Several people may count at once (one row per product; the last entry wins).
 */
@Injectable()
export class InventoryCountService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly countsRepo: InventoryCountRepository,
    private readonly tx: TransactionRunner,
    private readonly ledger: StockLedger,
  ) {}

  async current(): Promise<CountView | null> {
    const open = await this.countsRepo.openCount();
    return open === null ? null : this.view(open.id);
  }

  async view(id: string): Promise<CountView> {
    const count = await this.countsRepo.countById(id);
    if (count === null) throw new NotFoundError('Inventaire introuvable.');
    const counted = await this.countsRepo.countLines(id);
    const scope =
      count.status === 'OPEN'
        ? await this.countsRepo.countScope(count.category)
        : counted.map((l) => l.product!);
    const lines = scope.map((product): CountLineView => {
      const line = counted.find((c) => c.productId === product.id);
      if (line === undefined)
        return {
          product,
          countedQuantity: null,
          expectedQuantity: null,
          difference: null,
          differenceValueCents: null,
          countedAt: null,
        };
      const difference = line.countedQuantity - line.expectedQuantity;
      return {
        product,
        countedQuantity: line.countedQuantity,
        expectedQuantity: line.expectedQuantity,
        difference,
        differenceValueCents: difference * product.averageCostCents,
        countedAt: line.countedAt,
      };
    });
    return {
      count,
      lines,
      countedLines: lines.filter((l) => l.countedQuantity !== null).length,
      totalLines: lines.length,
      differenceValueCents: lines.reduce((s, l) => s + (l.differenceValueCents ?? 0), 0),
    };
  }

  async start(category: string | null, userId: string, now = Date.now()): Promise<CountView> {
    const id = await this.tx
      .run(async (uow) => {
        const count = await uow.manager.save(InventoryCountEntity, {
          status: 'OPEN',
          category,
          startedBy: userId,
          startedAt: new Date(now),
        });
        return count.id;
      })
      .catch((error: unknown) => {
        if (violatedConstraint(error, 'unique') !== undefined)
          throw new ConflictError('Un inventaire est déjà en cours : terminez-le d’abord.');
        throw error;
      });
    return this.view(id);
  }

  async recordCounted(
    input: { countId: string; productId?: string | null; barcode?: string | null; countedQuantity: number },
    userId: string,
    now = Date.now(),
  ): Promise<CountLineView> {
    const countId = input.countId;
    const productId = await this.tx.run(async (uow) => {
      const m = uow.manager;
      const count = await this.countsRepo.countById(countId, m);
      if (count === null) throw new NotFoundError('Inventaire introuvable.');
      if (count.status !== 'OPEN') throw new ConflictError('Cet inventaire est clôturé.');
      let productId = input.productId ?? null;
      if (productId === null && input.barcode) {
        const byCode = await this.repo.productByBarcode(input.barcode, m);
        if (byCode === null)
          throw new BadUserInputError(
            `Aucun produit ne porte le code-barres ${input.barcode}.`,
            'input.barcode',
          );
        productId = byCode.id;
      }
      if (productId === null)
        throw new BadUserInputError('Indiquez le produit ou son code-barres.', 'input.productId');
      // The lock orders this reading with the product's movements: the quantity is the one at this moment.
      const product = await this.repo.lockProduct(m, productId);
      if (product === null) throw new BadUserInputError('Produit introuvable.', 'input.productId');
      if (count.category !== null && product.category !== count.category)
        throw new BadUserInputError(
          `« ${product.name} » n’est pas dans la catégorie comptée.`,
          'input.productId',
        );
      const line: InventoryCountLineEntity = Object.assign(new InventoryCountLineEntity(), {
        countId,
        productId,
        countedQuantity: input.countedQuantity,
        expectedQuantity: product.quantity,
        countedBy: userId,
        countedAt: new Date(now),
      });
      await this.countsRepo.upsertCountLine(m, line);
      return productId;
    });
    const view = await this.view(countId);
    return view.lines.find((l) => l.product.id === productId)!;
  }

  /** Writes every difference as a COUNT movement and closes the count, in one transaction. */
  async close(countId: string, userId: string, now = Date.now()): Promise<CountView> {
    await this.tx.run(async (uow) => {
      const m = uow.manager;
      const count = await this.countsRepo.countById(countId, m, true);
      if (count === null) throw new NotFoundError('Inventaire introuvable.');
      if (count.status !== 'OPEN') throw new ConflictError('Cet inventaire est déjà clôturé.');
      for (const line of await this.countsRepo.countLines(countId, m)) {
        const difference = line.countedQuantity - line.expectedQuantity;
        if (difference === 0) continue;
        await this.ledger.record(
          uow,
          {
            productId: line.productId,
            kind: 'COUNT',
            quantity: difference,
            inventoryCountId: countId,
            reason: 'Écart d’inventaire',
            createdBy: userId,
          },
          now,
        );
      }
      await m.update(InventoryCountEntity, { id: countId }, { status: 'CLOSED', closedAt: new Date(now) });
    });
    return this.view(countId);
  }
}
