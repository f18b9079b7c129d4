import { BadUserInputError } from '../../../common/errors.js';

/** VAT rates a line may carry in metropolitan France (basis points). */
export const FRENCH_VAT_RATES_BP = [0, 210, 550, 1000, 2000] as const;

export function requireId(value: string | null | undefined, field: string, what: string): string {
  if (!value) throw new BadUserInputError(`Indiquez ${what}.`, `input.${field}`);
  return value;
}

export function checkedVatRate(rate: number | null | undefined): number {
  if (rate === null || rate === undefined || !(FRENCH_VAT_RATES_BP as readonly number[]).includes(rate)) {
    throw new BadUserInputError(
      'Taux de TVA invalide : choisissez 0 %, 2,1 %, 5,5 %, 10 % ou 20 %.',
      'input.vatRateBp',
    );
  }
  return rate;
}

export function checkedPrice(price: number | null | undefined): number {
  if (price === null || price === undefined || !Number.isInteger(price) || price < 0) {
    throw new BadUserInputError(
      'Le prix doit être un montant positif ou nul, en centimes.',
      'input.unitPriceCents',
    );
  }
  return price;
}
