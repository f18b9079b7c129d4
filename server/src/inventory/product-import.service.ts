import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { parseProductCsv, type CsvProblem } from './domain/product-csv.js';
import type { ProductEntity } from './entities/product.entity.js';
import { InventoryRepository } from './inventory.repository.js';

export interface ImportReport {
  dryRun: boolean;
  /** Lines that are (or would be) created / updated. */
  created: number;
  updated: number;
  problems: CsvProblem[];
  /** True when something was written. */
  applied: boolean;
}

/**
 * Product CSV import. A product whose barcode (or, without one, whose name) exists is updated, else
 * created; suppliers are matched by name and created when new. Nothing is written on a dry run, nor
 * when a line has a problem unless `importValidLines` is set; the written lines commit together.
 * Stock is not imported: it moves through deliveries and counts.
 */
@Injectable()
export class ProductImportService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async import(csv: string, dryRun: boolean, importValidLines: boolean): Promise<ImportReport> {
    const { rows, problems } = parseProductCsv(csv);
    const products = await this.repo.allProducts();
    const byBarcode = new Map(products.filter((p) => p.barcode !== null).map((p) => [p.barcode!, p]));
    const byName = new Map(products.map((p) => [p.name.toLowerCase(), p]));
    const matches = rows.map(({ product }): ProductEntity | null =>
      product.barcode !== null
        ? (byBarcode.get(product.barcode) ?? null)
        : (byName.get(product.name.toLowerCase()) ?? null),
    );
    const created = matches.filter((m) => m === null).length;
    const write = !dryRun && rows.length > 0 && (problems.length === 0 || importValidLines);
    if (write) {
      await this.tx.run(async (uow) => {
        const m = uow.manager;
        for (const [i, { product }] of rows.entries()) {
          const existing = matches[i];
          let supplierId = existing?.supplierId ?? null;
          if (product.supplierName !== null) {
            const supplier =
              (await this.repo.supplierByName(product.supplierName, m)) ??
              (await this.repo.saveSupplier(m, { name: product.supplierName }));
            supplierId = supplier.id;
          }
          await this.repo.saveProduct(m, {
            ...(existing === null ? {} : { id: existing.id }),
            name: product.name,
            brand: product.brand,
            category: product.category,
            barcode: product.barcode,
            priceCents: product.priceCents,
            vatRateBp: product.vatRateBp,
            costCents: product.costCents,
            kind: product.kind,
            unit: product.unit,
            threshold: product.threshold,
            supplierId,
          });
        }
      });
    }
    return { dryRun, created, updated: rows.length - created, problems, applied: write };
  }
}
