import { Injectable } from '@nestjs/common';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { writeXlsx, XLSX_MIME_TYPE } from '../common/xlsx/xlsx.js';
import { stockValueCents } from './domain/stock-ledger.js';
import {
  stockExportCsv,
  stockExportSheet,
  stockExportTotalCents,
  type StockExportLine,
} from './domain/stock-export.js';
import type { StockExportFormat } from './dto/stock-export.dto.js';
import type { ProductEntity } from './entities/product.entity.js';
import { InventoryRepository } from './inventory.repository.js';
import { StockMovementService } from './stock-movement.service.js';

export interface StockExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  lineCount: number;
  totalValueCents: number;
}

function lineOf(p: ProductEntity, quantity: number, averageCostCents: number): StockExportLine {
  return {
    name: p.name,
    brand: p.brand,
    category: p.category,
    barcode: p.barcode,
    supplier: p.supplier?.name ?? null,
    kind: p.kind,
    unit: p.unit,
    content: p.content,
    quantity,
    threshold: p.threshold,
    averageCostCents,
    valueCents: stockValueCents(quantity, averageCostCents),
  };
}

/** The inventory (now) or the valuation at a past instant, as a CSV or XLSX file. */
@Injectable()
export class StockExportService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly movements: StockMovementService,
  ) {}

  async export(format: StockExportFormat, at: Date | null, now = Date.now()): Promise<StockExportFile> {
    const lines = at === null ? await this.currentLines() : await this.linesAt(at);
    const day = localDateOf((at ?? new Date(now)).getTime(), INSTITUTE_TIME_ZONE);
    const base = `${at === null ? 'inventaire' : 'valorisation'}-stock-${day}`;
    const [y, m, d] = day.split('-');
    const content =
      format === 'XLSX'
        ? writeXlsx(stockExportSheet(`Stock au ${d}.${m}.${y}`, lines))
        : Buffer.from(stockExportCsv(lines), 'utf8');
    return {
      fileName: `${base}.${format.toLowerCase()}`,
      mimeType: format === 'XLSX' ? XLSX_MIME_TYPE : 'text/csv;charset=utf-8',
      contentBase64: content.toString('base64'),
      lineCount: lines.length,
      totalValueCents: stockExportTotalCents(lines),
    };
  }

  /** Active products, and inactive ones still holding stock, from their rows. */
  private async currentLines(): Promise<StockExportLine[]> {
    const products = await this.repo.allProducts();
    return products
      .filter((p) => p.active || p.quantity !== 0)
      .map((p) => lineOf(p, p.quantity, p.averageCostCents));
  }

  /** Every product with a movement by then, from the ledger (the valuation's figures). */
  private async linesAt(at: Date): Promise<StockExportLine[]> {
    const valuation = await this.movements.valuation(at);
    return valuation.lines.map((l) => lineOf(l.product, l.quantity, l.averageCostCents));
  }
}
