/** The gift-card list's filter chips and search box, and what they ask the server. Pure. */
import { parseCode } from '@serenaia/shared/gift-card-code';
import type { GiftCardCountsQuery, GiftCardsFilterInput } from '../../gql/graphql';

/** The chips, in the order the page shows them (`ALL` first; `TRANSFERS` lists orders, not cards). */
export const GIFT_CARD_VIEWS = [
  'ALL',
  'ACTIVE',
  'PARTLY_USED',
  'USED',
  'EXPIRED',
  'CANCELLED',
  'PENDING',
  'TRANSFERS',
] as const;
export type GiftCardView = (typeof GIFT_CARD_VIEWS)[number];

export function viewFromParam(param: string | null): GiftCardView {
  return GIFT_CARD_VIEWS.find((v) => v === param) ?? 'ALL';
}

/** The server's filter for a chip. */
export function viewFilter(view: GiftCardView): GiftCardsFilterInput {
  switch (view) {
    case 'ALL':
      return {};
    case 'ACTIVE':
      return { statuses: ['ACTIVE'] };
    case 'PARTLY_USED':
      return { partlyUsed: true };
    case 'USED':
      return { statuses: ['USED'] };
    case 'EXPIRED':
      return { statuses: ['EXPIRED'] };
    case 'CANCELLED':
      return { statuses: ['CANCELLED'] };
    case 'PENDING':
      return { statuses: ['PENDING_PAYMENT'] };
    case 'TRANSFERS':
      return {};
  }
}

type Counts = GiftCardCountsQuery['giftCardCounts'];

/** The number beside a chip (the transfers' chip counts the orders its own list loads: null here). */
export function viewCount(view: GiftCardView, counts: Counts): number | null {
  switch (view) {
    case 'ALL':
      return counts.total;
    case 'ACTIVE':
      return counts.active;
    case 'PARTLY_USED':
      return counts.partlyUsed;
    case 'USED':
      return counts.used;
    case 'EXPIRED':
      return counts.expired;
    case 'CANCELLED':
      return counts.cancelled;
    case 'PENDING':
      return counts.pendingPayment;
    case 'TRANSFERS':
      return null;
  }
}

/**
 * What the search box holds: nothing, the last four symbols of a code (a list filter), a whole code
 * typed or scanned (opens the card), or something else with the reason in French.
 */
export type GiftCardSearch =
  | { kind: 'NONE' }
  | { kind: 'LAST4'; last4: string }
  | { kind: 'CODE'; code: string }
  | { kind: 'INVALID'; message: string };

const LAST4_HINT = 'Saisissez les 4 derniers caractères du code ou le code complet (16 caractères).';

export function parseSearch(text: string): GiftCardSearch {
  const compact = text.toUpperCase().replace(/[\s\-–.]/g, '');
  if (compact === '') return { kind: 'NONE' };
  if (compact.length === 4) {
    return /^[0-9A-Z]{4}$/.test(compact)
      ? { kind: 'LAST4', last4: compact }
      : { kind: 'INVALID', message: LAST4_HINT };
  }
  if (compact.length < 16) return { kind: 'INVALID', message: LAST4_HINT };
  const parsed = parseCode(compact);
  return parsed.ok ? { kind: 'CODE', code: parsed.code } : { kind: 'INVALID', message: parsed.message };
}
