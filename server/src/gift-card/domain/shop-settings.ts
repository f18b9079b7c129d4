/** The gift-card shop's settings as an admin saves them (pure): each refusal names its field, in French. */
import type { FieldProblem } from '../../common/field-problem.js';
import { bicRefusal, formatIban, ibanRefusal } from './iban.js';
import type { VoucherCategory } from './voucher-category.js';

export const MAX_PRESETS = 8;
/** A card's value stays between 1 € and 1,000 € (the database's bounds on free amounts). */
export const MIN_CARD_CENTS = 100;
export const MAX_CARD_CENTS = 100_000;
/** A transfer order waits at most 30 days. */
export const MAX_TRANSFER_ORDER_HOURS = 720;

export interface ShopSettingsInput {
  onlineSaleEnabled: boolean;
  presetAmountsCents: number[];
  minFreeAmountCents: number;
  maxFreeAmountCents: number;
  validityMonths: number;
  transferOrderHours: number;
  forcedCategory: VoucherCategory | null;
  transferIban: string | null;
  transferBic: string | null;
  transferHolder: string | null;
}

export type ShopSettingsCheck =
  { ok: true; settings: ShopSettingsInput } | { ok: false; problems: [FieldProblem, ...FieldProblem[]] };

const euros = (cents: number) => `${cents / 100} €`;
const blankToNull = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());

/**
 * Checks the settings and gives them back tidied: presets sorted without repeats, the IBAN printed in
 * groups of four, the BIC in capitals. No IBAN means no transfers: the BIC and holder are dropped.
 */
export function checkShopSettings(input: ShopSettingsInput, prefix = 'input'): ShopSettingsCheck {
  const problems: FieldProblem[] = [];
  const refuse = (field: string, message: string) => problems.push({ field: `${prefix}.${field}`, message });
  const presets = [...new Set(input.presetAmountsCents)].sort((a, b) => a - b);
  if (presets.length === 0 && input.onlineSaleEnabled) {
    refuse('presetAmountsCents', 'Proposez au moins un montant pour la vente en ligne.');
  } else if (presets.length > MAX_PRESETS) {
    refuse('presetAmountsCents', `Pas plus de ${MAX_PRESETS} montants proposés.`);
  } else if (presets.some((c) => !Number.isInteger(c) || c < MIN_CARD_CENTS || c > MAX_CARD_CENTS)) {
    refuse(
      'presetAmountsCents',
      `Chaque montant proposé est un nombre d’euros entre ${euros(MIN_CARD_CENTS)} et ${euros(MAX_CARD_CENTS)}.`,
    );
  }
  const { minFreeAmountCents: min, maxFreeAmountCents: max } = input;
  if (!Number.isInteger(min) || min < MIN_CARD_CENTS || min > MAX_CARD_CENTS) {
    refuse(
      'minFreeAmountCents',
      `Le montant libre minimum est entre ${euros(MIN_CARD_CENTS)} et ${euros(MAX_CARD_CENTS)}.`,
    );
  }
  if (!Number.isInteger(max) || max < MIN_CARD_CENTS || max > MAX_CARD_CENTS) {
    refuse(
      'maxFreeAmountCents',
      `Le montant libre maximum est entre ${euros(MIN_CARD_CENTS)} et ${euros(MAX_CARD_CENTS)}.`,
    );
  } else if (Number.isInteger(min) && min > max) {
    refuse('maxFreeAmountCents', 'Le montant libre maximum doit être au moins égal au minimum.');
  }
  if (!Number.isInteger(input.validityMonths) || input.validityMonths < 1 || input.validityMonths > 60) {
    refuse('validityMonths', 'La validité d’une carte est de 1 à 60 mois.');
  }
  const hours = input.transferOrderHours;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_TRANSFER_ORDER_HOURS) {
    refuse('transferOrderHours', 'Une commande par virement attend de 1 heure à 30 jours.');
  }
  const iban = blankToNull(input.transferIban);
  const bic = blankToNull(input.transferBic);
  const holder = blankToNull(input.transferHolder);
  if (iban !== null) {
    const refusal = ibanRefusal(iban);
    if (refusal !== null) refuse('transferIban', refusal);
    if (bic !== null) {
      const bicProblem = bicRefusal(bic);
      if (bicProblem !== null) refuse('transferBic', bicProblem);
    }
    if (holder === null || holder.length < 2 || holder.length > 70) {
      refuse(
        'transferHolder',
        'Indiquez le titulaire du compte (2 à 70 caractères), tel qu’il figure sur le RIB.',
      );
    }
  } else if (bic !== null || holder !== null) {
    refuse(
      'transferIban',
      'Indiquez l’IBAN du compte, ou videz le BIC et le titulaire pour ne pas proposer le virement.',
    );
  }
  if (problems.length > 0) return { ok: false, problems: problems as [FieldProblem, ...FieldProblem[]] };
  return {
    ok: true,
    settings: {
      ...input,
      presetAmountsCents: presets,
      transferIban: iban === null ? null : formatIban(iban),
      transferBic: iban === null || bic === null ? null : bic.replace(/\s/g, '').toUpperCase(),
      transferHolder: iban === null ? null : holder,
    },
  };
}
