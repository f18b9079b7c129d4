/**
 * The chart-of-accounts mapping and journal codes, with the defaults of ACCOUNTING.md (PCG as amended by
 * ANC 2022-06). Pure: the settings row stores only the accountant's overrides, merged here.
 */

export interface AccountRef {
  number: string;
  label: string;
}

/**
 * Mapping keys: `revenue.<line kind>`, `vat.<rate bp>`, `tender.<tender kind>`, `provider.<payment provider>`, and the single-purpose
 * keys below. A key absent from the map falls back to `revenue.OTHER`, `vat.OTHER`, `tender.OTHER` or `provider.OTHER`.
 */
export const DEFAULT_ACCOUNTS: Readonly<Record<string, AccountRef>> = {
  'revenue.SERVICE': { number: '706', label: 'Prestations de services' },
  'revenue.PRODUCT': { number: '707', label: 'Ventes de marchandises' },
  'revenue.FREE': { number: '706', label: 'Prestations de services' },
  // A loyalty reward is a discount on the ticket, booked net on the services it pays for.
  'revenue.LOYALTY_REWARD': { number: '706', label: 'Prestations de services' },
  'revenue.OTHER': { number: '708', label: 'Produits des activités annexes' },
  'vat.2000': { number: '445711', label: 'TVA collectée 20 %' },
  'vat.1000': { number: '445712', label: 'TVA collectée 10 %' },
  'vat.550': { number: '445713', label: 'TVA collectée 5,5 %' },
  'vat.210': { number: '445714', label: 'TVA collectée 2,1 %' },
  'vat.OTHER': { number: '44571', label: 'TVA collectée' },
  'tender.CASH': { number: '531', label: 'Caisse' },
  'tender.CARD_TERMINAL': { number: '5115', label: 'Cartes bancaires à encaisser' },
  'tender.CARD_SUMUP': { number: '5115', label: 'Cartes bancaires à encaisser' },
  'tender.CARD_OTHER': { number: '5115', label: 'Cartes bancaires à encaisser' },
  'tender.CHEQUE': { number: '5112', label: 'Chèques à encaisser' },
  'tender.TRANSFER': { number: '512', label: 'Banque' },
  'tender.DEPOSIT': { number: '4191', label: 'Clients - avances et acomptes reçus' },
  // Only what the cards' category could not explain (a ticket before categories were recorded).
  'tender.GIFT_CARD': { number: '41911', label: 'Bons multi-usages à utiliser' },
  'tender.OTHER': { number: '471', label: 'Compte d’attente' },
  deposits: { number: '4191', label: 'Clients - avances et acomptes reçus' },
  giftCardsMultiPurpose: { number: '41911', label: 'Bons multi-usages à utiliser' },
  giftCardsSinglePurpose: { number: '487', label: 'Produits constatés d’avance (bons)' },
  giftCardBreakage: { number: '7588', label: 'Produits divers - bons cadeaux non utilisés' },
  forfeits: { number: '7581', label: 'Dédits et pénalités perçus' },
  bank: { number: '512', label: 'Banque' },
  internalTransfers: { number: '580', label: 'Virements internes' },
  providerFees: { number: '6278', label: 'Frais sur services bancaires' },
  'provider.STRIPE': { number: '467STR', label: 'Stripe - compte de passage' },
  'provider.SUMUP': { number: '467SUM', label: 'SumUp - compte de passage' },
  'provider.PAYPAL': { number: '467PPL', label: 'PayPal - compte de passage' },
  // A deposit paid with a gift card whose category is not known (deposit-entry.ts books a known card on
  // 487 or 41911 by its category): the multi-purpose liability. A new provider only adds its key here.
  'provider.GIFT_CARD': { number: '41911', label: 'Bons multi-usages à utiliser' },
  // The demo checkout moves no money: its own clearing account keeps it apart (never paid out).
  'provider.SIMULATED': { number: '467SIM', label: 'Paiements simulés (démo) - compte de passage' },
  'provider.OTHER': { number: '471', label: 'Compte d’attente' },
};

/**
 * The account money received outside the till lands on: a provider's clearing account (467x) until its
 * payout; money recorded by staff (MANUAL) by its method — cash 531, a bank transfer straight on 512
 * (staff mark it received from the bank statement).
 */
export function moneyAccountKey(provider: string, method: string): string {
  if (provider !== 'MANUAL') return `provider.${provider}`;
  if (method === 'CASH') return 'tender.CASH';
  if (method === 'BANK_TRANSFER') return 'tender.TRANSFER';
  return 'tender.OTHER';
}

/** How an entry's label names the way the money came. */
export function moneyLabel(provider: string, method: string): string {
  const byProvider: Record<string, string> = {
    STRIPE: 'Stripe',
    PAYPAL: 'PayPal',
    SUMUP: 'SumUp',
    SIMULATED: 'paiement simulé',
    GIFT_CARD: 'carte cadeau',
  };
  if (provider !== 'MANUAL') return byProvider[provider] ?? provider;
  return method === 'CASH' ? 'espèces' : method === 'BANK_TRANSFER' ? 'virement' : 'autre';
}

export const JOURNAL_KEYS = ['sales', 'cash', 'bank', 'misc', 'opening'] as const;
export type JournalKey = (typeof JOURNAL_KEYS)[number];

export interface JournalRef {
  code: string;
  label: string;
}

export const DEFAULT_JOURNALS: Readonly<Record<JournalKey, JournalRef>> = {
  sales: { code: 'VE', label: 'Ventes' },
  cash: { code: 'CA', label: 'Caisse' },
  bank: { code: 'BQ', label: 'Banque' },
  misc: { code: 'OD', label: 'Opérations diverses' },
  opening: { code: 'AN', label: 'À nouveaux' },
};

export const FEC_ENCODINGS = ['UTF-8', 'ISO-8859-15'] as const;
export type FecEncoding = (typeof FEC_ENCODINGS)[number];

export const DEPOSIT_TREATMENTS = ['ACOMPTE', 'ARRHES'] as const;
export type DepositTreatment = (typeof DEPOSIT_TREATMENTS)[number];

/** The accounting settings as the domain reads them (defaults merged with the stored overrides). */
export interface AccountingSettings {
  accounts: Record<string, AccountRef>;
  journals: Record<JournalKey, JournalRef>;
  /** 1 = January. */
  fiscalYearStartMonth: number;
  fecEncoding: FecEncoding;
  /** ACOMPTE: VAT on receipt (CGV default); ARRHES: no VAT until the service. */
  depositTreatment: DepositTreatment;
  /** The rate of the VAT booked on an online deposit (services: 20 %). */
  depositVatRateBp: number;
}

export function mergeSettings(stored: {
  accounts: Record<string, AccountRef>;
  journals: Partial<Record<JournalKey, JournalRef>>;
  fiscalYearStartMonth: number;
  fecEncoding: FecEncoding;
  depositTreatment: DepositTreatment;
  depositVatRateBp: number;
}): AccountingSettings {
  return {
    accounts: { ...DEFAULT_ACCOUNTS, ...stored.accounts },
    journals: { ...DEFAULT_JOURNALS, ...stored.journals },
    fiscalYearStartMonth: stored.fiscalYearStartMonth,
    fecEncoding: stored.fecEncoding,
    depositTreatment: stored.depositTreatment,
    depositVatRateBp: stored.depositVatRateBp,
  };
}

/**
 * Mapping keys that stand for another key (so that the accountant's account for the target applies):
 * a gift card sold at the till is not revenue but the liability of its category (cases 9a, 9a') — the
 * multi-purpose card at rate 0 (outside VAT), the single-purpose one at its VAT rate.
 */
export const ACCOUNT_ALIASES: Readonly<Record<string, string>> = {
  'revenue.GIFT_CARD.0': 'giftCardsMultiPurpose',
  'revenue.GIFT_CARD': 'giftCardsSinglePurpose',
};

/**
 * The account of `key` (or of the key it stands for, `ACCOUNT_ALIASES`), or of its family's `OTHER`
 * fallback (`revenue.COURSE` → `revenue.OTHER`).
 */
export function accountFor(settings: Pick<AccountingSettings, 'accounts'>, key: string): AccountRef {
  const exact = settings.accounts[key] ?? aliased(settings, key);
  if (exact !== undefined) return exact;
  const family = key.split('.')[0];
  const fallback = settings.accounts[`${family}.OTHER`];
  if (fallback === undefined) throw new Error(`No account mapped for "${key}"`);
  return fallback;
}

/** Account numbers: a PCG class digit then 2 to 15 digits or capitals (467STR, 41911). */
export const ACCOUNT_NUMBER = /^[1-8][0-9A-Z]{2,15}$/;
/** Journal codes: 1 to 6 capitals or digits. */
export const JOURNAL_CODE = /^[A-Z0-9]{1,6}$/;

function aliased(settings: Pick<AccountingSettings, 'accounts'>, key: string): AccountRef | undefined {
  const target = ACCOUNT_ALIASES[key];
  return target === undefined ? undefined : settings.accounts[target];
}

/** The revenue account of a line kind at a rate: `revenue.<kind>.<rate bp>` when mapped, else `revenue.<kind>`. */
export function revenueAccount(
  settings: Pick<AccountingSettings, 'accounts'>,
  lineKind: string,
  rateBp: number,
): AccountRef {
  const rated = `revenue.${lineKind}.${rateBp}`;
  return settings.accounts[rated] !== undefined || ACCOUNT_ALIASES[rated] !== undefined
    ? accountFor(settings, rated)
    : accountFor(settings, `revenue.${lineKind}`);
}
