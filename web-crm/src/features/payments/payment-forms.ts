/** Validation of the desk's payment forms (record, refund). Pure: messages are i18n keys. */
import { parseEuros } from './money';

/** Above this the server refuses a manual payment (100 000 €). */
export const MAX_MANUAL_CENTS = 10_000_000;
export const MAX_REASON_LENGTH = 300;

export type FormErrors<K extends string> = Partial<Record<K, string>>;

export interface RecordForm {
  amount: string;
}

/**
 * The amount to record, or errors (i18n keys under `payments.validation`): a positive euro amount
 * with at most two decimals, not above what is left to pay.
 */
export function validateRecord(
  form: RecordForm,
  remainingCents: number,
): { amountCents: number; errors: null } | { amountCents: null; errors: FormErrors<'amount'> } {
  if (form.amount.trim() === '') return { amountCents: null, errors: { amount: 'amountRequired' } };
  const cents = parseEuros(form.amount);
  if (cents === null) return { amountCents: null, errors: { amount: 'amountInvalid' } };
  if (cents <= 0) return { amountCents: null, errors: { amount: 'amountPositive' } };
  if (cents > MAX_MANUAL_CENTS) return { amountCents: null, errors: { amount: 'amountTooHigh' } };
  if (cents > remainingCents) return { amountCents: null, errors: { amount: 'amountAboveRemaining' } };
  return { amountCents: cents, errors: null };
}

export interface RefundForm {
  mode: 'full' | 'partial';
  amount: string;
  reason: string;
}

/**
 * What to send to `refundPayment`: `amountCents` null refunds everything left. The reason is
 * required; a partial amount must be positive and at most what is left.
 */
export function validateRefund(
  form: RefundForm,
  leftCents: number,
):
  | { amountCents: number | null; reason: string; errors: null }
  | { amountCents: null; reason: null; errors: FormErrors<'amount' | 'reason'> } {
  const errors: FormErrors<'amount' | 'reason'> = {};
  const reason = form.reason.trim();
  if (reason === '') errors.reason = 'reasonRequired';
  else if (reason.length > MAX_REASON_LENGTH) errors.reason = 'reasonTooLong';
  let amountCents: number | null = null;
  if (form.mode === 'partial') {
    const cents = form.amount.trim() === '' ? null : parseEuros(form.amount);
    if (form.amount.trim() === '') errors.amount = 'amountRequired';
    else if (cents === null) errors.amount = 'amountInvalid';
    else if (cents <= 0) errors.amount = 'amountPositive';
    else if (cents > leftCents) errors.amount = 'amountAboveRefundable';
    else amountCents = cents;
  }
  if (Object.keys(errors).length > 0) return { amountCents: null, reason: null, errors };
  return { amountCents, reason, errors: null };
}
