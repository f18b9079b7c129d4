/**
 * How the books read a till tender (ACCOUNTING.md cases 1–5b): the account its money leaves from and, when
 * its VAT was declared before the ticket (a deposit as an acompte, a single-purpose card at its sale), the
 * rate of that prepaid VAT. A tender kind that needs more than `tender.<kind>` plugs a `TenderBook` into
 * `TENDER_BOOKS`; the Z's entry never names a kind.
 */
import type { AccountingSettings } from './chart.js';

/** What paid part of a tender, when the module behind it knows (signed): a voucher's category and rate. */
export interface TenderSource {
  tenderKind: string;
  voucherCategory: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  amountCents: number;
}

/**
 * A tender as the books see it. `prepaidVatRateBp`: its VAT was declared before, so only its base leaves
 * the account and the day's VAT at that rate is reduced by what was already declared (cases 3b and 5b).
 */
export interface TenderPart {
  accountKey: string;
  amountCents: number;
  prepaidVatRateBp: number | null;
}

export interface TenderBook {
  /** The part a known source paid (`source`), or what no source explains (`null`). */
  part(source: TenderSource | null, amountCents: number, settings: AccountingSettings): TenderPart;
}

/** Money at the till: its own account (`tender.CASH` → 531, …), no VAT declared before. */
function plainTender(kind: string): TenderBook {
  return {
    part: (_s, amountCents) => ({ accountKey: `tender.${kind}`, amountCents, prepaidVatRateBp: null }),
  };
}

/**
 * Gift cards: a multi-purpose card's liability (4191x) pays and VAT is due now (case 3); a single-purpose
 * card's 487 pays the base, its VAT declared at the sale (case 3b). What the cards' categories do not
 * explain is booked on `tender.GIFT_CARD`.
 */
const voucherTender: TenderBook = {
  part: (source, amountCents) => {
    if (source === null) return { accountKey: 'tender.GIFT_CARD', amountCents, prepaidVatRateBp: null };
    return source.voucherCategory === 'SINGLE_PURPOSE'
      ? { accountKey: 'giftCardsSinglePurpose', amountCents, prepaidVatRateBp: source.vatRateBp }
      : { accountKey: 'giftCardsMultiPurpose', amountCents, prepaidVatRateBp: null };
  },
};

/**
 * Deposits (4191): as an acompte its VAT was declared on receipt at the deposit rate (case 5b); as arrhes
 * none was — except the part a single-purpose card paid, whose VAT was declared at the card's sale and
 * stays (4191 holds only its base, see deposit-entry.ts).
 */
const depositTender: TenderBook = {
  part: (source, amountCents, settings) => {
    const prepaid =
      settings.depositTreatment === 'ACOMPTE'
        ? settings.depositVatRateBp
        : source?.voucherCategory === 'SINGLE_PURPOSE'
          ? source.vatRateBp
          : null;
    return { accountKey: 'tender.DEPOSIT', amountCents, prepaidVatRateBp: prepaid };
  },
};

/** The tender kinds whose books differ from plain money. */
const TENDER_BOOKS: Readonly<Record<string, TenderBook>> = {
  GIFT_CARD: voucherTender,
  DEPOSIT: depositTender,
};

/**
 * The parts of one tender total: each known source of that kind (in order), then what they leave
 * unexplained (if anything).
 */
export function tenderParts(
  tender: { kind: string; amountCents: number },
  sources: readonly TenderSource[],
  settings: AccountingSettings,
): TenderPart[] {
  const book = TENDER_BOOKS[tender.kind] ?? plainTender(tender.kind);
  const parts: TenderPart[] = [];
  let left = tender.amountCents;
  for (const s of sources) {
    if (s.tenderKind !== tender.kind) continue;
    parts.push(book.part(s, s.amountCents, settings));
    left -= s.amountCents;
  }
  if (left !== 0 || parts.length === 0) parts.push(book.part(null, left, settings));
  return parts;
}
