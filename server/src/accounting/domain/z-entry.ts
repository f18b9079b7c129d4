/**
 * The sales entry of a till's daily closure (Z): one entry per till per day in the sales journal, one
 * credit line per revenue account × VAT rate, one per VAT rate, one debit per tender account
 * (ACCOUNTING.md cases 1–4, 5b). A day with more credit notes than sales turns sides, naturally.
 */
import { accountFor, revenueAccount, type AccountingSettings } from './chart.js';
import { linesOf, type DraftEntry, type Movement } from './entry.js';
import { rateLabel, splitVat } from './money.js';
import { tenderParts, type TenderSource } from './tender-books.js';

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
   * What paid parts of the day's tenders, when the modules behind them know (signed): gift cards by
   * voucher category, deposits by the single-purpose cards that paid them. The rest of a tender is booked
   * by its kind alone (`tender-books.ts`).
   */
  tenderSources?: TenderSource[];
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
  const parts = z.tenders.flatMap((t) => tenderParts(t, z.tenderSources ?? [], settings));
  for (const t of parts) {
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
    const account = revenueAccount(settings, r.lineKind, r.rateBp);
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
