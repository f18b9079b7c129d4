/** RFC 4180 CSV for spreadsheets (semicolon-separated, as French Excel expects). Pure. */

export type CsvValue = string | number | null;

/** A cell: quoted when needed; a leading = + - @ is neutralised so a spreadsheet does not run it. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CsvValue[]): string {
  return cells.map(csvCell).join(';');
}

/** A whole file: UTF-8 BOM (Excel then reads accents right), CRLF line ends, a final line end. */
export function csvDocument(lines: CsvValue[][]): string {
  return `\uFEFF${lines.map(csvLine).join('\r\n')}\r\n`;
}

/** Cents as a French decimal a spreadsheet reads as a number: 1234567 → "12345,67". */
export function csvEuros(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}
