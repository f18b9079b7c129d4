/** What an account or journal of the mapping is used for, in French, from its settings key. Pure. */

const JOURNALS: Record<string, string> = {
  sales: 'Journal des ventes',
  cash: 'Journal de caisse',
  bank: 'Journal de banque',
  misc: 'Opérations diverses',
  opening: 'À nouveaux (ouverture)',
};

const ACCOUNTS: Record<string, string> = {
  bank: 'Banque',
  deposits: 'Acomptes reçus',
  forfeits: 'Dédits et acomptes conservés',
  giftCardsMultiPurpose: 'Bons multi-usages',
  giftCardsSinglePurpose: 'Bons à usage unique',
  internalTransfers: 'Virements internes',
  providerFees: 'Frais des prestataires de paiement',
};

const REVENUE: Record<string, string> = {
  SERVICE: 'prestations',
  PRODUCT: 'produits',
  FREE: 'lignes libres',
  OTHER: 'autres',
};

const TENDERS: Record<string, string> = {
  CASH: 'espèces',
  CARD_OTHER: 'carte (autre TPE)',
  CARD_SUMUP: 'carte (SumUp)',
  CARD_TERMINAL: 'carte (terminal)',
  CHEQUE: 'chèque',
  DEPOSIT: 'acompte en ligne',
  TRANSFER: 'virement',
  OTHER: 'autre moyen',
};

/** "Ventes : prestations", "Encaissement : espèces", "TVA 20 %", "Passage Stripe"… or the key itself. */
export function accountUsage(key: string): string {
  const [kind, detail = ''] = key.split('.');
  if (kind === 'revenue') return `Ventes : ${REVENUE[detail] ?? detail}`;
  if (kind === 'tender') return `Encaissement : ${TENDERS[detail] ?? detail}`;
  if (kind === 'provider' && detail === 'GIFT_CARD') return 'Acomptes payés par carte cadeau';
  if (kind === 'provider') return `Passage ${detail.charAt(0)}${detail.slice(1).toLowerCase()}`;
  if (kind === 'vat') {
    const bp = Number(detail);
    return Number.isInteger(bp) && detail !== ''
      ? `TVA ${(bp / 100).toLocaleString('fr-FR')} %`
      : 'TVA (autre taux)';
  }
  return ACCOUNTS[key] ?? key;
}

export function journalUsage(key: string): string {
  return JOURNALS[key] ?? key;
}
