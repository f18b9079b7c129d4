/**
 * The inventory / valuation export as a table, pure: the same columns for the spreadsheet (XLSX) and
 * the CSV. Quantities of different units (pieces, ml, g) are never added up: the footer totals the
 * value only.
 */
import { csvDocument, csvEuros, type CsvValue } from '../../common/csv.js';
import type { XlsxColumn, XlsxSheet } from '../../common/xlsx/xlsx.js';
import type { ProductKind, StockUnit } from './product-csv.js';

export interface StockExportLine {
  name: string;
  brand: string | null;
  category: string | null;
  barcode: string | null;
  supplier: string | null;
  kind: ProductKind;
  unit: StockUnit;
  content: string | null;
  quantity: number;
  threshold: number | null;
  averageCostCents: number;
  valueCents: number;
}

const KIND_LABEL: Record<ProductKind, string> = {
  RETAIL: 'Vente',
  PROFESSIONAL: 'Cabine',
  BOTH: 'Vente et cabine',
};
const UNIT_LABEL: Record<StockUnit, string> = { PIECE: 'pièce', ML: 'ml', G: 'g' };

export const STOCK_EXPORT_COLUMNS: readonly XlsxColumn[] = [
  { header: 'Produit', kind: 'text', width: 34 },
  { header: 'Marque', kind: 'text', width: 18 },
  { header: 'Catégorie', kind: 'text', width: 16 },
  { header: 'Code-barres', kind: 'text', width: 16 },
  { header: 'Fournisseur', kind: 'text', width: 22 },
  { header: 'Type', kind: 'text', width: 15 },
  { header: 'Contenance', kind: 'text', width: 12 },
  { header: 'Quantité', kind: 'integer', width: 10 },
  { header: 'Unité', kind: 'text', width: 8 },
  { header: 'Seuil d’alerte', kind: 'integer', width: 13 },
  { header: 'Coût moyen HT (CUMP)', kind: 'money', width: 20 },
  { header: 'Valeur HT', kind: 'money', width: 16 },
];

/** One row per line, in the order given; money in cents (the writer turns it into euros). */
function rowOf(l: StockExportLine): (string | number | null)[] {
  return [
    l.name,
    l.brand,
    l.category,
    l.barcode,
    l.supplier,
    KIND_LABEL[l.kind],
    l.content,
    l.quantity,
    UNIT_LABEL[l.unit],
    l.threshold,
    l.averageCostCents,
    l.valueCents,
  ];
}

export function stockExportTotalCents(lines: readonly StockExportLine[]): number {
  return lines.reduce((sum, l) => sum + l.valueCents, 0);
}

/** The sheet; `title` names it (e.g. "Stock au 06.12.2026"). */
export function stockExportSheet(title: string, lines: readonly StockExportLine[]): XlsxSheet {
  const footer: (string | number | null)[] = STOCK_EXPORT_COLUMNS.map(() => null);
  footer[0] = 'Total';
  footer[footer.length - 1] = stockExportTotalCents(lines);
  return { name: title, columns: STOCK_EXPORT_COLUMNS, rows: lines.map(rowOf), footer };
}

/** The CSV: same columns, euros as French decimals ("1234,56"), the total on a last line. */
export function stockExportCsv(lines: readonly StockExportLine[]): string {
  const money = new Set(STOCK_EXPORT_COLUMNS.flatMap((c, i) => (c.kind === 'money' ? [i] : [])));
  const asCsv = (row: (string | number | null)[]): CsvValue[] =>
    row.map((v, i) => (money.has(i) && typeof v === 'number' ? csvEuros(v) : v));
  const sheet = stockExportSheet('Stock', lines);
  return csvDocument([
    STOCK_EXPORT_COLUMNS.map((c) => c.header),
    ...sheet.rows.map((r) => asCsv([...r])),
    asCsv([...(sheet.footer ?? [])]),
  ]);
}
