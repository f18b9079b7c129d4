/** Euro amounts typed by people ("12,50", "12.5", "1 234,00 €") in CRM forms. Pure. */

/** Integer cents from a typed euro amount, or null when it is not a plain amount with at most 2 decimals. */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(',', '.');
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (match === null) return null;
  const euros = Number(match[1]);
  const decimals = (match[2] ?? '').padEnd(2, '0');
  return euros * 100 + Number(decimals);
}

/** "12,50" from 1250: what a form field shows (no currency sign, no grouping). */
export function eurosInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}
