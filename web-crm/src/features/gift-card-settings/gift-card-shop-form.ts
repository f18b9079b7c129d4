/**
 * The gift-card shop's settings as an admin types them (euros "50" or "12,50", presets "30, 50, 80",
 * days for a transfer's wait) and back to the GraphQL input. Errors are keyed by the server's input
 * paths (`input.transferIban`), so the server's refusals land on the same fields. Pure.
 */
import { eurosInput, parseEuros } from '../../shared/money';
import type {
  GiftCardShopSettingsFieldsFragment,
  UpdateGiftCardShopInput,
  VoucherCategory,
} from '../../gql/graphql';

export interface ShopForm {
  onlineSaleEnabled: boolean;
  presets: string;
  minFree: string;
  maxFree: string;
  validityMonths: string;
  transferDays: string;
  forcedCategory: VoucherCategory | 'RULE';
  iban: string;
  bic: string;
  holder: string;
}
export type ShopErrors = Record<string, string>;

const shortEuros = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : eurosInput(cents));

export function shopForm(s: GiftCardShopSettingsFieldsFragment): ShopForm {
  return {
    onlineSaleEnabled: s.onlineSaleEnabled,
    presets: s.presetAmountsCents.map(shortEuros).join(' ; '),
    minFree: shortEuros(s.minFreeAmountCents),
    maxFree: shortEuros(s.maxFreeAmountCents),
    validityMonths: String(s.validityMonths),
    // Hours that are not whole days show with a decimal: saving keeps them (×24, rounded).
    transferDays: String(Math.round((s.transferOrderHours / 24) * 100) / 100).replace('.', ','),
    forcedCategory: s.forcedCategory ?? 'RULE',
    iban: s.transferIban ?? '',
    bic: s.transferBic ?? '',
    holder: s.transferHolder ?? '',
  };
}

const whole = (text: string): number | null => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null);

/** The input to send, or the French reasons keyed by input path. */
export function shopInput(
  f: ShopForm,
): { ok: true; input: UpdateGiftCardShopInput } | { ok: false; errors: ShopErrors } {
  const errors: ShopErrors = {};
  const parts = f.presets
    .split(/[;\n]|,(?=\s)|\s{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const presets = parts.map(parseEuros);
  if (presets.some((c) => c === null)) {
    errors['input.presetAmountsCents'] =
      'Montants en euros séparés par des points-virgules (ex. 30 ; 50 ; 80).';
  }
  const minFree = parseEuros(f.minFree);
  if (minFree === null) errors['input.minFreeAmountCents'] = 'Montant en euros (ex. 20).';
  const maxFree = parseEuros(f.maxFree);
  if (maxFree === null) errors['input.maxFreeAmountCents'] = 'Montant en euros (ex. 500).';
  const validity = whole(f.validityMonths);
  if (validity === null) errors['input.validityMonths'] = 'Un nombre entier de mois (ex. 12).';
  const days = Number(f.transferDays.trim().replace(',', '.'));
  if (f.transferDays.trim() === '' || !Number.isFinite(days) || days <= 0) {
    errors['input.transferOrderHours'] = 'Un nombre de jours (ex. 7).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      onlineSaleEnabled: f.onlineSaleEnabled,
      presetAmountsCents: presets as number[],
      minFreeAmountCents: minFree as number,
      maxFreeAmountCents: maxFree as number,
      validityMonths: validity as number,
      transferOrderHours: Math.round(days * 24),
      forcedCategory: f.forcedCategory === 'RULE' ? null : f.forcedCategory,
      transferIban: f.iban.trim() || null,
      transferBic: f.bic.trim() || null,
      transferHolder: f.holder.trim() || null,
    },
  };
}
