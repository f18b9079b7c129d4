import type { CheckoutSale, CheckoutState } from './useCheckoutSale';

/** A ticket as the server answers it, for component tests. */
export function saleOf(over: Partial<CheckoutSale> = {}): CheckoutSale {
  return {
    id: 's1',
    tillId: 't1',
    status: 'OPEN',
    number: null,
    bookingId: null,
    clientId: null,
    totalInclCents: 4550,
    discountCents: 0,
    paidCents: 0,
    pendingCents: 0,
    leftToPayCents: 4550,
    changeCents: 0,
    depositAvailableCents: 0,
    ticketDiscount: null,
    lines: [
      {
        id: 'l1',
        kind: 'PRODUCT',
        label: 'Crème de jour',
        quantity: 1,
        unitPriceCents: 4550,
        vatRateBp: 2000,
        discountCents: 0,
        totalInclCents: 4550,
        practitionerId: null,
        productId: 'p1',
        bookingItemId: null,
        discount: null,
      },
    ],
    tenders: [],
    ...over,
  };
}

/** The checkout state a panel is given, with its changes recorded in `calls`. */
export function checkoutOf(sale: CheckoutSale | null, over: Partial<CheckoutState> = {}) {
  const calls: { action: string; input: unknown }[] = [];
  const record =
    (action: string) =>
    (input?: unknown): Promise<CheckoutSale | null> => {
      calls.push({ action, input });
      return Promise.resolve(sale);
    };
  const state: CheckoutState = {
    sale,
    loading: false,
    loadError: undefined,
    error: null,
    dismissError: () => undefined,
    busy: false,
    openFromBooking: record('openFromBooking'),
    addLine: record('addLine'),
    updateLine: record('updateLine'),
    removeLine: record('removeLine'),
    redeemReward: record('redeemReward'),
    discount: record('discount'),
    setClient: record('setClient'),
    pay: record('pay'),
    cancelTender: record('cancelTender'),
    park: record('park'),
    resume: (id: string) => void record('resume')(id),
    clear: () => void record('clear')(),
    ...over,
  };
  return { state, calls };
}
