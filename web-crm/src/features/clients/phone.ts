/** "+33612345678" → "06 12 34 56 78"; other numbers as stored (E.164). Pure. */
export function displayPhone(e164: string | null | undefined): string | null {
  if (!e164) return null;
  const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return french ? `0${french.slice(1).join(' ')}` : e164;
}
