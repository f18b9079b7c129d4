/**
 * What a tender may be, against what is left to pay. A ticket's amounts are positive; a credit
 * note's are negative (money goes back to the client), and so are its refund tenders.
 */

export interface TenderAttempt {
  /** Ticket (or credit note) total, including VAT. */
  totalCents: number;
  /** What the tenders already counted (confirmed or pending) cover, change excluded. */
  coveredCents: number;
  /** As typed: for cash, the amount handed over. */
  amountCents: number;
  /** Cash: the excess over what is left becomes change. */
  givesChange: boolean;
}

export type TenderDecision =
  { ok: true; appliedCents: number; changeCents: number } | { ok: false; message: string };

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
export const formatCents = (cents: number): string => euros.format(cents / 100);

export function leftToPay(totalCents: number, coveredCents: number): number {
  return totalCents - coveredCents;
}

/**
 * Sale: the amount is positive; it may exceed what is left only when the tender gives change (cash),
 * and the excess is the change. Credit note: the amount is negative, never beyond what is left to
 * refund, and nothing is "given back" on a refund.
 */
export function decideTender(a: TenderAttempt): TenderDecision {
  const left = leftToPay(a.totalCents, a.coveredCents);
  if (!Number.isInteger(a.amountCents))
    return { ok: false, message: 'Le montant doit être en centimes entiers.' };
  if (a.totalCents === 0 && a.coveredCents === 0 && a.amountCents === 0) {
    // A ticket brought to 0 € (a loyalty reward, a full discount) completes with a tender of 0 € in cash.
    if (!a.givesChange) return { ok: false, message: 'Un ticket à 0 € se valide en espèces, montant 0 €.' };
    return { ok: true, appliedCents: 0, changeCents: 0 };
  }
  if (a.totalCents >= 0) {
    if (a.amountCents <= 0) return { ok: false, message: 'Le montant doit être supérieur à zéro.' };
    if (left <= 0) return { ok: false, message: 'Ce ticket est déjà entièrement réglé.' };
    if (a.amountCents <= left) return { ok: true, appliedCents: a.amountCents, changeCents: 0 };
    if (!a.givesChange) {
      return {
        ok: false,
        message: `Le montant dépasse le reste à payer (${formatCents(left)}) : seules les espèces permettent de rendre la monnaie.`,
      };
    }
    return { ok: true, appliedCents: left, changeCents: a.amountCents - left };
  }
  if (a.amountCents >= 0) return { ok: false, message: 'Un remboursement d’avoir est un montant négatif.' };
  if (left >= 0) return { ok: false, message: 'Cet avoir est déjà entièrement remboursé.' };
  if (a.amountCents < left) {
    return {
      ok: false,
      message: `Le remboursement dépasse ce qu’il reste à rembourser (${formatCents(-left)}).`,
    };
  }
  return { ok: true, appliedCents: a.amountCents, changeCents: 0 };
}

/** A ticket completes when confirmed tenders equal its total (and there is at least one tender). */
export function isCovered(totalCents: number, confirmedCents: number, confirmedCount: number): boolean {
  return confirmedCount > 0 && confirmedCents === totalCents;
}
