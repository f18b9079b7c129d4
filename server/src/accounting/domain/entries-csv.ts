/**
 * The CSV export of journal entries for French accounting tools (docs/accounting-csv.md): `;` separator,
 * comma decimals, dates DD/MM/YYYY, UTF-8 with a BOM (Excel and most import wizards read it right), CRLF.
 * Pure: the service streams the rows through `csvLine`.
 */
import { fecAmount } from './money.js';
import { frenchDate } from './z-entry.js';

export interface CsvRow {
  entryDate: string;
  journalCode: string;
  accountNumber: string;
  label: string;
  pieceRef: string;
  debitCents: number;
  creditCents: number;
  /** Lettering code (none yet in Sérénaia). */
  letter: string | null;
  /** `EcritureNum`, null for a draft. */
  entryNum: number | null;
}

export const CSV_COLUMNS = [
  'Date',
  'Journal',
  'Compte',
  'Libellé',
  'Pièce',
  'Débit',
  'Crédit',
  'Lettrage',
  'ÉcritureNum',
] as const;

export const CSV_BOM = '\uFEFF';

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(';')}\r\n`;
}

export function csvLine(r: CsvRow): string {
  return `${[
    frenchDate(r.entryDate),
    r.journalCode,
    r.accountNumber,
    r.label,
    r.pieceRef,
    r.debitCents === 0 ? '' : fecAmount(r.debitCents),
    r.creditCents === 0 ? '' : fecAmount(r.creditCents),
    r.letter ?? '',
    r.entryNum === null ? '' : String(r.entryNum),
  ]
    .map(csvField)
    .join(';')}\r\n`;
}

/** A field quoted when it holds the separator, a quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvFileName(from: string, to: string): string {
  return `ecritures-${from}-${to}.csv`;
}
