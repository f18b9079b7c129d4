import { INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';
import type { GiftCardStatus } from '../gift-card.entities.js';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
export const formatEuros = (cents: number): string => euros.format(cents / 100);

export function formatParisDate(instant: number): string {
  const [y, m, d] = localDateOf(instant, INSTITUTE_TIME_ZONE).split('-');
  return `${d}/${m}/${y}`;
}

export interface CardState {
  status: GiftCardStatus;
  balanceCents: number;
  /** The instant it stops being usable. */
  expiresAt: number;
}

/**
 * Why a card cannot pay `amountCents` now (French, for staff), or null when it can. Pure: the same
 * answer explains a conditional update that touched no row.
 */
export function redemptionRefusal(
  card: CardState,
  amountCents: number,
  now: number,
): { field: 'code' | 'amountCents'; message: string } | null {
  if (card.status === 'PENDING_PAYMENT') {
    return { field: 'code', message: 'Cette carte cadeau n’est pas encore payée : elle ne peut pas servir.' };
  }
  if (card.status === 'CANCELLED') return { field: 'code', message: 'Cette carte cadeau a été annulée.' };
  // The last valid day is the day before the (midnight) expiry instant.
  const lastDay = formatParisDate(card.expiresAt - 1);
  if (card.status === 'EXPIRED' || card.expiresAt <= now) {
    return { field: 'code', message: `Cette carte cadeau a expiré (valable jusqu’au ${lastDay}).` };
  }
  if (card.status === 'USED' || card.balanceCents === 0) {
    return { field: 'code', message: 'Cette carte cadeau est entièrement utilisée (solde 0,00 €).' };
  }
  if (amountCents > card.balanceCents) {
    return {
      field: 'amountCents',
      message: `Le solde de la carte cadeau est de ${formatEuros(card.balanceCents)} : le montant ne peut pas le dépasser.`,
    };
  }
  return null;
}
