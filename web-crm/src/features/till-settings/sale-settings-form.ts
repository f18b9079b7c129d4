/**
 * The till's sale rules as an owner types them: the largest discount in percent ("20", "12,5"), the
 * largest credit note in euros ("50", "49,90"); validated with the server's bounds and French messages.
 * Pure.
 */
import { eurosInput, parseEuros } from '../../shared/money';

export interface SaleRulesForm {
  discountPercent: string;
  creditNoteEuros: string;
}
export type SaleRulesField = keyof SaleRulesForm;
export type SaleRulesErrors = Partial<Record<SaleRulesField, string>>;
export interface SaleRules {
  staffMaxDiscountBp: number;
  staffMaxCreditNoteCents: number;
}

/** The server's largest credit-note limit (100 000 €). */
const MAX_CREDIT_NOTE_CENTS = 10_000_000;

export function saleRulesForm(rules: SaleRules): SaleRulesForm {
  return {
    discountPercent: String(rules.staffMaxDiscountBp / 100).replace('.', ','),
    creditNoteEuros: eurosInput(rules.staffMaxCreditNoteCents),
  };
}

/** Basis points from "12,5" (at most two decimals), or an error. */
function parsePercent(text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (/^-\d/.test(trimmed)) return { error: 'La remise maximale ne peut pas être négative.' };
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (match === null) return { error: 'Saisissez un pourcentage (par exemple 20 ou 12,5).' };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > 10000) return { error: 'La remise maximale ne peut pas dépasser 100 %.' };
  return { value: bp };
}

function parseLimit(text: string): { value: number } | { error: string } {
  if (/^\s*-/.test(text)) return { error: 'Le plafond des avoirs ne peut pas être négatif.' };
  const cents = parseEuros(text);
  if (cents === null) return { error: 'Saisissez un montant en euros (par exemple 50 ou 49,90).' };
  if (cents > MAX_CREDIT_NOTE_CENTS)
    return { error: 'Le plafond des avoirs ne peut pas dépasser 100 000 €.' };
  return { value: cents };
}

export function validateSaleRules(form: SaleRulesForm): SaleRulesErrors {
  const errors: SaleRulesErrors = {};
  const discount = parsePercent(form.discountPercent);
  if ('error' in discount) errors.discountPercent = discount.error;
  const limit = parseLimit(form.creditNoteEuros);
  if ('error' in limit) errors.creditNoteEuros = limit.error;
  return errors;
}

/** The mutation's input; null while the form has errors. */
export function saleRulesInput(form: SaleRulesForm): SaleRules | null {
  const discount = parsePercent(form.discountPercent);
  const limit = parseLimit(form.creditNoteEuros);
  if ('error' in discount || 'error' in limit) return null;
  return { staffMaxDiscountBp: discount.value, staffMaxCreditNoteCents: limit.value };
}

/** Server field (input.staffMaxDiscountBp) → form field. */
export const FORM_FIELD_OF: Record<string, SaleRulesField> = {
  staffMaxDiscountBp: 'discountPercent',
  staffMaxCreditNoteCents: 'creditNoteEuros',
};
