import type { SaleRecordPayload } from '../../src/pos/index.js';

/** A ticket payload as the sales part writes it: 2 lines at 20 % and 5.5 %, paid cash + card. */
export function ticketPayload(cents = 3000): SaleRecordPayload {
  return {
    lines: [
      {
        label: 'Soin visage',
        quantity: 1,
        unitPriceCents: cents,
        totalExclCents: cents - 500,
        vatRateBp: 2000,
        totalInclCents: cents,
      },
      {
        label: 'Livre',
        quantity: 1,
        unitPriceCents: 1055,
        totalExclCents: 1000,
        vatRateBp: 550,
        totalInclCents: 1055,
      },
    ],
    vatTotals: [
      { rateBp: 550, baseCents: 1000, vatCents: 55 },
      { rateBp: 2000, baseCents: cents - 500, vatCents: 500 },
    ],
    totalInclCents: cents + 1055,
    tenders: [
      { kind: 'CASH', amountCents: 1055 },
      { kind: 'CARD_SUMUP', amountCents: cents },
    ],
  };
}
