/** Validation of "Carte (terminal)" in the collect dialog. Pure: messages are i18n keys. */
import { validateRecord, type FormErrors } from './payment-forms';

export interface TerminalForm {
  readerId: string;
  amount: string;
}

export interface ReaderChoice {
  id: string;
  status: 'ONLINE' | 'OFFLINE' | 'UNKNOWN';
  busy: boolean;
}

/**
 * The reader and the amount to send, or errors (i18n keys under `payments.validation`): a reader
 * must be chosen among those listed (an offline or busy one is left to the server, which says why);
 * the amount follows the same rules as cash (positive, two decimals, at most what is left to pay).
 */
export function validateTerminal(
  form: TerminalForm,
  remainingCents: number,
  readers: readonly ReaderChoice[],
):
  | { readerId: string; amountCents: number; errors: null }
  | { readerId: null; amountCents: null; errors: FormErrors<'reader' | 'amount'> } {
  const errors: FormErrors<'reader' | 'amount'> = {};
  if (form.readerId === '' || !readers.some((r) => r.id === form.readerId)) errors.reader = 'readerRequired';
  const amount = validateRecord({ amount: form.amount }, remainingCents);
  if (amount.errors) errors.amount = amount.errors.amount;
  if (Object.keys(errors).length > 0 || amount.amountCents === null)
    return { readerId: null, amountCents: null, errors };
  return { readerId: form.readerId, amountCents: amount.amountCents, errors: null };
}

/** The reader proposed at first: the only one, else the only one online and free, else none. */
export function defaultReaderId(readers: readonly ReaderChoice[]): string {
  if (readers.length === 1) return readers[0].id;
  const ready = readers.filter((r) => r.status === 'ONLINE' && !r.busy);
  return ready.length === 1 ? ready[0].id : '';
}
