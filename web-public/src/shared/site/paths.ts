/** The public site's addresses, in French as the client reads them. */
export const BOOKING_PATH = '/reserver';
export const CONFIRMATION_PATH = '/reserver/confirmation';
export const MANAGE_PATH = '/rendez-vous/:token';
export const GIFT_CARD_BALANCE_PATH = '/cartes-cadeaux/solde';
export const GIFT_CARDS_PATH = '/cartes-cadeaux';
export const GIFT_CARD_ORDER_PATH = '/cartes-cadeaux/commande/:id';

/** Anchor of the "Nous trouver" section of the home page. */
export const FIND_US_ID = 'nous-trouver';

/** Query parameters of the booking flow (its whole state lives in the address). */
export const BOOKING_PARAMS = {
  step: 'etape',
  services: 'prestations',
  practitioner: 'praticien',
  month: 'mois',
  day: 'jour',
  start: 'heure',
  slotPractitioner: 'avec',
  category: 'categorie',
} as const;

/** The booking flow, optionally with services already chosen or a category opened. */
export function bookingPath(options: { serviceIds?: readonly string[]; categoryId?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.serviceIds && options.serviceIds.length > 0) {
    params.set(BOOKING_PARAMS.services, options.serviceIds.join(','));
  }
  if (options.categoryId) params.set(BOOKING_PARAMS.category, options.categoryId);
  const query = params.toString();
  return query === '' ? BOOKING_PATH : `${BOOKING_PATH}?${query}`;
}

/** The client's own page for a booking (the manage token is its only key). */
export function managePath(token: string): string {
  return `/rendez-vous/${encodeURIComponent(token)}`;
}
