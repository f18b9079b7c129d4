/**
 * The sales entry of a till's daily closure (Z): one entry per till per day in the sales journal, one
 * credit line per revenue account × VAT rate, one per VAT rate, one debit per tender account
 * (ACCOUNTING.md cases 1–4, 5b). A day with more credit notes than sales turns sides, naturally.
 */
import { accountFor, type AccountingSettings } from './chart.js';
import { linesOf, type DraftEntry, type Movement } from './entry.js';
import { rateLabel, splitVat } from './money.js';

export interface DayClosureFacts {
  closureRecordId: string;
  tillName: string;
  /** The Z number (CLOSURE_DAY number of the till). */
  zNumber: number;
  /** The closed day (Europe/Paris), YYYY-MM-DD. */
  date: string;
  /** Sum of the sale lines' amounts excluding VAT, per line kind (SERVICE, PRODUCT…) and rate. */
  revenue: { lineKind: string; rateBp: number; baseCents: number }[];
  /** The Z's VAT per rate. */
  vatTotals: { rateBp: number; baseCents: number; vatCents: number }[];
  /** The Z's tenders (signed: a refund is negative). */
  tenders: { kind: string; amountCents: number }[];
  /**
   * The day's GIFT_CARD tenders split by the cards' voucher category (signed). What the split does not
   * cover is booked on `tender.GIFT_CARD`.
   */
  giftCardTenders?: {
    category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
    vatRateBp: number;
    amountCents: number;
  }[];
}

/**
 * A tender as the books see it. `prepaidVatRateBp`: its VAT was declared before (a deposit as acompte,
 * a single-purpose card at its sale), so only its base leaves the account and the day's VAT at that
 * rate is reduced by what was already declared (ACCOUNTING.md cases 3b and 5b).
 */
interface TenderPart {
  accountKey: string;
  amountCents: number;
  prepaidVatRateBp: number | null;
}

function tenderParts(z: DayClosureFacts, settings: AccountingSettings): TenderPart[] {
  const parts: TenderPart[] = [];
  for (const t of z.tenders) {
    if (t.kind === 'DEPOSIT' && settings.depositTreatment === 'ACOMPTE') {
      parts.push({
        accountKey: 'tender.DEPOSIT',
        amountCents: t.amountCents,
        prepaidVatRateBp: settings.depositVatRateBp,
      });
    } else if (t.kind === 'GIFT_CARD') {
      parts.push(...giftCardParts(t.amountCents, z.giftCardTenders ?? []));
    } else {
      parts.push({ accountKey: `tender.${t.kind}`, amountCents: t.amountCents, prepaidVatRateBp: null });
    }
  }
  return parts;
}

/** Multi-purpose cards: their liability (4191x) pays, VAT is due now (case 3); single-purpose: 487 pays the base (case 3b). */
function giftCardParts(
  totalCents: number,
  split: NonNullable<DayClosureFacts['giftCardTenders']>,
): TenderPart[] {
  const parts: TenderPart[] = [];
  let left = totalCents;
  for (const p of split) {
    parts.push(
      p.category === 'SINGLE_PURPOSE'
        ? { accountKey: 'giftCardsSinglePurpose', amountCents: p.amountCents, prepaidVatRateBp: p.vatRateBp }
        : { accountKey: 'giftCardsMultiPurpose', amountCents: p.amountCents, prepaidVatRateBp: null },
    );
    left -= p.amountCents;
  }
  if (left !== 0) parts.push({ accountKey: 'tender.GIFT_CARD', amountCents: left, prepaidVatRateBp: null });
  return parts;
}

/** Revenue account of a line kind; a gift card sold at the till is a liability, by category (cases 9a, 9a'). */
function revenueKey(lineKind: string, rateBp: number): string {
  if (lineKind === 'GIFT_CARD') return rateBp === 0 ? 'giftCardsMultiPurpose' : 'giftCardsSinglePurpose';
  return `revenue.${lineKind}`;
}

export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The entry of a Z, or null for a day with nothing to post. Throws if the Z's figures do not add up. */
export function dayClosureEntry(z: DayClosureFacts, settings: AccountingSettings): DraftEntry | null {
  const label = `Z n° ${z.zNumber} ${z.tillName} du ${frenchDate(z.date)}`;
  const moves: Movement[] = [];
  /** Pushed last so that the netted VAT lines keep their place after the revenue lines. */
  const prepaidVat: Movement[] = [];
  for (const t of tenderParts(z, settings)) {
    const account = accountFor(settings, t.accountKey);
    if (t.prepaidVatRateBp === null || t.prepaidVatRateBp === 0) {
      moves.push({ key: `tender:${account.number}`, ...ref(account), label, amountCents: t.amountCents });
      continue;
    }
    const { baseCents, vatCents } = splitVat(t.amountCents, t.prepaidVatRateBp);
    moves.push({ key: `tender:${account.number}`, ...ref(account), label, amountCents: baseCents });
    const vat = accountFor(settings, `vat.${t.prepaidVatRateBp}`);
    prepaidVat.push({ key: `vat:${vat.number}`, ...ref(vat), label, amountCents: vatCents });
  }
  for (const r of [...z.revenue].sort(
    (a, b) => a.lineKind.localeCompare(b.lineKind) || b.rateBp - a.rateBp,
  )) {
    const account = accountFor(settings, revenueKey(r.lineKind, r.rateBp));
    moves.push({
      key: `revenue:${account.number}:${r.rateBp}`,
      ...ref(account),
      label: `${label} ${rateLabel(r.rateBp)}`,
      amountCents: -r.baseCents,
    });
  }
  for (const v of [...z.vatTotals].sort((a, b) => b.rateBp - a.rateBp)) {
    const account = accountFor(settings, `vat.${v.rateBp}`);
    moves.push({ key: `vat:${account.number}`, ...ref(account), label, amountCents: -v.vatCents });
  }
  checkRevenueMatchesVatBases(z);
  const lines = linesOf([...moves, ...prepaidVat]);
  if (lines.length === 0) return null;
  const journal = settings.journals.sales;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: z.date,
    pieceRef: `Z${z.zNumber}`,
    pieceDate: z.date,
    label,
    sourceKey: `pos-z:${z.closureRecordId}`,
    lines,
  };
}

function ref(a: { number: string; label: string }): { accountNumber: string; accountLabel: string } {
  return { accountNumber: a.number, accountLabel: a.label };
}

/** The lines' bases per rate must be the Z's bases: otherwise the journal and the books would disagree. */
function checkRevenueMatchesVatBases(z: DayClosureFacts): void {
  const byRate = new Map<number, number>();
  for (const r of z.revenue) byRate.set(r.rateBp, (byRate.get(r.rateBp) ?? 0) + r.baseCents);
  for (const v of z.vatTotals) {
    if ((byRate.get(v.rateBp) ?? 0) !== v.baseCents) {
      throw new Error(
        `Z ${z.zNumber}: lines at ${v.rateBp} bp add up to ${byRate.get(v.rateBp) ?? 0}, not ${v.baseCents}`,
      );
    }
    byRate.delete(v.rateBp);
  }
  for (const [rate, base] of byRate)
    if (base !== 0) throw new Error(`Z ${z.zNumber}: no VAT total at ${rate} bp`);
}
