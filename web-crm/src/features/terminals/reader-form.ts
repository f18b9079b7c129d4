/** Validation of the terminals page's forms (pair, rename). Pure: messages are i18n keys. */

export const MAX_READER_NAME = 60;

export type ReaderFormErrors = Partial<Record<'code' | 'name', string>>;

/** "4a7x 9k2q" → "4A7X9K2Q": what the server expects (it normalizes the same way). */
export function normalizePairingCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** The reader's name, or an error key under `terminals.validation`. */
export function validateReaderName(
  name: string,
): { name: string; error: null } | { name: null; error: string } {
  const trimmed = name.trim();
  if (trimmed === '') return { name: null, error: 'nameRequired' };
  if (trimmed.length > MAX_READER_NAME) return { name: null, error: 'nameTooLong' };
  return { name: trimmed, error: null };
}

/** The pairing code (8 or 9 letters and digits, as the SumUp Solo shows it) and a name. */
export function validatePairing(form: {
  code: string;
  name: string;
}):
  | { pairingCode: string; name: string; errors: null }
  | { pairingCode: null; name: null; errors: ReaderFormErrors } {
  const errors: ReaderFormErrors = {};
  const code = normalizePairingCode(form.code);
  if (code === '') errors.code = 'codeRequired';
  else if (!/^[A-Z0-9]{8,9}$/.test(code)) errors.code = 'codeInvalid';
  const name = validateReaderName(form.name);
  if (name.error !== null) errors.name = name.error;
  if (errors.code !== undefined || name.name === null) return { pairingCode: null, name: null, errors };
  return { pairingCode: code, name: name.name, errors: null };
}
