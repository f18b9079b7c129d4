/** Receipt wording shared by the detail and the print view. Pure. */

const TENDER_LABELS: Record<string, string> = {
  CASH: 'Espèces',
  CARD_TERMINAL: 'Carte bancaire (TPE)',
  CARD_OTHER: 'Carte bancaire',
  CHEQUE: 'Chèque',
  TRANSFER: 'Virement',
  DEPOSIT: 'Acompte versé',
};

export function tenderLabel(kind: string): string {
  return TENDER_LABELS[kind] ?? kind;
}

/** « 20 % », « 5,5 % » (basis points). */
export function formatRate(rateBp: number): string {
  return `${(rateBp / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })}\u00a0%`;
}
