/** Parsing what staff type in the stock forms. Pure. */

/** "12", "-3" → integer; null otherwise. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/** "12,50", "12.5", "12" → cents; "" → null (not given); undefined when it is not an amount. */
export function parseEurosInput(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s*€$/, '');
  if (trimmed === '') return null;
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** A USB scanner types 13 digits then Enter: such a search is a barcode. */
export function looksLikeBarcode(text: string): boolean {
  return /^\d{8,14}$/.test(text.trim());
}
