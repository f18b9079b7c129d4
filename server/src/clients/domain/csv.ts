/** RFC 4180 CSV for spreadsheets (semicolon-separated, as French Excel expects). Pure. */

/** A cell: quoted when needed; a leading = + - @ is neutralised so a spreadsheet does not run it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(';');
}
