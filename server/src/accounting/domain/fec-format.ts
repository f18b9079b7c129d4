/**
 * FEC lines (LPF art. A47 A-1): the 18 columns in order, tab-separated, comma decimals without thousands
 * separator, dates YYYYMMDD, one line per entry line. Pure: the export streams rows through `fecLine`.
 */
import { fecAmount } from './money.js';

export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

export const FEC_SEPARATOR = '\t';
export const FEC_EOL = '\r\n';

/** One validated entry line as the export reads it. Dates are YYYY-MM-DD. */
export interface FecRow {
  journalCode: string;
  journalLabel: string;
  entryNum: number;
  entryDate: string;
  accountNumber: string;
  accountLabel: string;
  auxNumber: string | null;
  auxLabel: string | null;
  pieceRef: string;
  pieceDate: string;
  label: string;
  debitCents: number;
  creditCents: number;
  validDate: string;
}

export function fecHeader(): string {
  return FEC_COLUMNS.join(FEC_SEPARATOR) + FEC_EOL;
}

export function fecLine(r: FecRow): string {
  return (
    [
      text(r.journalCode),
      text(r.journalLabel),
      String(r.entryNum),
      fecDate(r.entryDate),
      text(r.accountNumber),
      text(r.accountLabel),
      text(r.auxNumber ?? ''),
      text(r.auxLabel ?? ''),
      text(r.pieceRef),
      fecDate(r.pieceDate),
      text(r.label),
      fecAmount(r.debitCents),
      fecAmount(r.creditCents),
      '',
      '',
      fecDate(r.validDate),
      '',
      '',
    ].join(FEC_SEPARATOR) + FEC_EOL
  );
}

/** YYYY-MM-DD → YYYYMMDD. */
export function fecDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not a date: ${iso}`);
  return iso.replaceAll('-', '');
}

/** A field never holds the separator or a line break. */
function text(value: string): string {
  return value.replace(/[\t\r\n|]+/g, ' ').trim();
}

/** `<SIREN>FEC<YYYYMMDD>.txt`, the closing date of the exported period. */
export function fecFileName(siren: string, closingDate: string): string {
  return `${siren}FEC${fecDate(closingDate)}.txt`;
}

/** ISO-8859-15 (latin-9): latin-1 but for eight code points (€, Š, š, Ž, ž, Œ, œ, Ÿ); the rest becomes '?'. */
const LATIN9: ReadonlyMap<string, number> = new Map([
  ['€', 0xa4],
  ['Š', 0xa6],
  ['š', 0xa8],
  ['Ž', 0xb4],
  ['ž', 0xb8],
  ['Œ', 0xbc],
  ['œ', 0xbd],
  ['Ÿ', 0xbe],
]);
const LATIN1_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

export function encodeLatin9(value: string): Buffer {
  const bytes: number[] = [];
  for (const ch of value) {
    const mapped = LATIN9.get(ch);
    const code = ch.codePointAt(0) ?? 0x3f;
    if (mapped !== undefined) bytes.push(mapped);
    else if (code < 0x100 && !LATIN1_ONLY.has(code)) bytes.push(code);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}
