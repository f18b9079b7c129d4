/**
 * Entries of booking deposits taken outside the till (ACCOUNTING.md cases 5a, 6, 6b). The money lands
 * on the provider's clearing account (467x); the deposit is a liability on 4191 until the ticket that
 * uses it (case 5b, in the Z's entry). As an _acompte_ (default) its VAT is due on receipt, at the
 * deposit rate; as _arrhes_ no VAT is due until the service, so 4191 holds the whole amount.
 */
import { accountFor, moneyAccountKey, moneyLabel, type AccountingSettings } from './chart.js';
import { linesOf, type DraftEntry, type Movement } from './entry.js';
import { splitVat, splitVatShare } from './money.js';

export interface DepositMoneyFact {
  /** The payment (receipt) or the refund: the source the entry traces back to. */
  id: string;
  provider: string;
  method: string;
  /** Positive: received, or given back. */
  amountCents: number;
  /** The day (Europe/Paris) of the receipt or the refund, YYYY-MM-DD. */
  date: string;
  /**
   * The gift card that paid, when one did: its category decides the account (487 or 4191x) and whether
   * its VAT was declared at its sale (single-purpose). Absent: by the provider (`moneyAccountKey`).
   */
  voucher?: { category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE'; vatRateBp: number } | null;
  /** A refund: what was given back from the same payment before it (its VAT is split cumulatively). */
  refundedBeforeCents?: number;
}

export interface DepositForfeitFact {
  bookingId: string;
  /** What the booking's deposits paid and kept (refunds deducted). */
  amountCents: number;
  /**
   * Each deposit paid and what was refunded from it: the base kept is what is left on 4191 for each
   * (its receipt's base less its refunds' cumulative bases), to the cent. Absent: split `amountCents`.
   */
  deposits?: {
    paidCents: number;
    refundedCents: number;
    /**
     * Paid by a single-purpose gift card at this rate: that VAT was declared at the card's sale and is
     * final (ACCOUNTING.md §2), so as arrhes this part is kept as services revenue with its VAT, never as
     * an indemnity outside VAT (7581).
     */
    prepaidVatRateBp?: number | null;
  }[];
  /** The day the booking was marked no-show (Europe/Paris). */
  date: string;
}

/** Case 5a: 467x / 4191 (+ 44571x as an acompte). Null for nothing received. */
export function depositReceivedEntry(x: DepositMoneyFact, settings: AccountingSettings): DraftEntry | null {
  if (x.amountCents <= 0) return null;
  const label = `Acompte reçu (${moneyLabel(x.provider, x.method)})`;
  return bankEntry(settings, x, label, `AC-${shortRef(x.id)}`, `deposit-received:${x.id}`, 1);
}

/** Case 6: the refund is the receipt turned over (a credit note: its VAT reversed in the refund's period). */
export function depositRefundedEntry(x: DepositMoneyFact, settings: AccountingSettings): DraftEntry | null {
  if (x.amountCents <= 0) return null;
  const label = `Remboursement d’acompte (${moneyLabel(x.provider, x.method)})`;
  return bankEntry(settings, x, label, `AV-${shortRef(x.id)}`, `deposit-refunded:${x.id}`, -1);
}

/**
 * A deposit refunded after a no-show kept it (6b, then a goodwill refund): 4191 was emptied by the
 * forfeit, so the credit note reverses the forfeit's income instead — as an acompte the services revenue
 * and its VAT (706 + 44571x), as arrhes the indemnity (7581) — against the money given back.
 */
export function forfeitedDepositRefundedEntry(
  x: DepositMoneyFact,
  settings: AccountingSettings,
): DraftEntry | null {
  if (x.amountCents <= 0) return null;
  const label = `Remboursement d’acompte conservé (${moneyLabel(x.provider, x.method)})`;
  // Arrhes paid by a single-purpose card were kept as services revenue (its base, see depositForfeitEntry).
  const asRevenue = settings.depositTreatment === 'ACOMPTE' || moneySource(x).prepaidVatRateBp !== null;
  const income = asRevenue ? 'revenue.SERVICE' : 'forfeits';
  return bankEntry(settings, x, label, `AV-${shortRef(x.id)}`, `deposit-refunded:${x.id}`, -1, income);
}

/**
 * A no-show keeps the deposit (case 6b). As an acompte the VAT paid on receipt stays due (CJUE C-250/14):
 * the base leaves 4191 for the services revenue. As arrhes, an indemnity outside VAT: 4191 → 7581 (no
 * VAT was booked on receipt, so none is reversed) — except the part a single-purpose gift card paid: its
 * VAT was due at the card's sale and is final (ACCOUNTING.md §2, 9c'), so 4191 holds only its base (the
 * receipt was 487 / 4191 for the base); kept, that base is services revenue (4191 → 706), never an
 * indemnity outside VAT, and no VAT is declared again.
 */
export function depositForfeitEntry(x: DepositForfeitFact, settings: AccountingSettings): DraftEntry | null {
  if (x.amountCents <= 0) return null;
  const acompte = settings.depositTreatment === 'ACOMPTE';
  const rate = settings.depositVatRateBp;
  const baseKept = (d: { paidCents: number; refundedCents: number }, bp: number) =>
    splitVat(d.paidCents, bp).baseCents - splitVat(d.refundedCents, bp).baseCents;
  const deposits = accountFor(settings, 'deposits');
  const label = acompte
    ? 'Acompte conservé (absence au rendez-vous)'
    : 'Arrhes conservées (absence au rendez-vous)';
  const moves: Movement[] = [];
  const push = (key: string, account: { number: string; label: string }, amountCents: number) => {
    if (amountCents !== 0)
      moves.push({ key, accountNumber: account.number, accountLabel: account.label, label, amountCents });
  };
  let heldCents: number;
  if (acompte) {
    heldCents =
      x.deposits !== undefined
        ? x.deposits.reduce((sum, d) => sum + baseKept(d, rate), 0)
        : splitVat(x.amountCents, rate).baseCents;
    push('income', accountFor(settings, 'revenue.SERVICE'), -heldCents);
  } else {
    // Per deposit a single-purpose card paid: the base its receipt put on 4191 less its refunds'
    // (cumulative splits, as they were posted), to the cent.
    let cardKept = 0;
    let cardBase = 0;
    for (const d of x.deposits ?? []) {
      if (!d.prepaidVatRateBp) continue;
      cardKept += d.paidCents - d.refundedCents;
      cardBase += baseKept(d, d.prepaidVatRateBp);
    }
    heldCents = x.amountCents - cardKept + cardBase;
    push('income', accountFor(settings, 'revenue.SERVICE'), -cardBase);
    push('forfeits', accountFor(settings, 'forfeits'), -(x.amountCents - cardKept));
  }
  moves.unshift({
    key: 'deposits',
    accountNumber: deposits.number,
    accountLabel: deposits.label,
    label,
    amountCents: heldCents,
  });
  const journal = settings.journals.misc;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: x.date,
    pieceRef: `RDV-${shortRef(x.bookingId)}`,
    pieceDate: x.date,
    label,
    sourceKey: `deposit-forfeit:${x.bookingId}`,
    lines: linesOf(moves),
  };
}

/** Receipt (sign 1) or refund (sign −1) in the bank journal: the provider's account against 4191 (+ VAT). */
function bankEntry(
  settings: AccountingSettings,
  x: DepositMoneyFact,
  label: string,
  pieceRef: string,
  sourceKey: string,
  sign: 1 | -1,
  counterKey = 'deposits',
): DraftEntry {
  const source = moneySource(x);
  const money = accountFor(settings, source.accountKey);
  const deposits = accountFor(settings, counterKey);
  // The counterpart carries VAT as an acompte (at the deposit rate). As arrhes only what a single-purpose
  // card paid does, at the card's rate: its VAT was declared at the card's sale, so 4191 (or, after a
  // no-show kept it, 706) holds only its base — netted with the card's VAT below, nothing moves on 44571x.
  const counterRateBp =
    settings.depositTreatment === 'ACOMPTE' && settings.depositVatRateBp > 0
      ? settings.depositVatRateBp
      : source.prepaidVatRateBp;
  const before = x.refundedBeforeCents ?? 0;
  const { baseCents, vatCents } =
    counterRateBp !== null
      ? splitVatShare(x.amountCents, before, counterRateBp)
      : { baseCents: x.amountCents, vatCents: 0 };
  // A single-purpose card's VAT was declared at its sale: only its base leaves 487 (case 3b), and the
  // VAT it carried is what the deposit owes (netted away at the same rate).
  const prepaid =
    source.prepaidVatRateBp !== null ? splitVatShare(x.amountCents, before, source.prepaidVatRateBp) : null;
  const moves: Movement[] = [
    {
      key: 'money',
      accountNumber: money.number,
      accountLabel: money.label,
      label,
      amountCents: sign * (prepaid?.baseCents ?? x.amountCents),
    },
    {
      key: 'deposits',
      accountNumber: deposits.number,
      accountLabel: deposits.label,
      label,
      amountCents: -sign * baseCents,
    },
  ];
  if (prepaid !== null && prepaid.vatCents !== 0) {
    const vat = accountFor(settings, `vat.${source.prepaidVatRateBp}`);
    moves.push({
      key: `vat:${vat.number}`,
      accountNumber: vat.number,
      accountLabel: vat.label,
      label,
      amountCents: sign * prepaid.vatCents,
    });
  }
  if (vatCents !== 0) {
    const vat = accountFor(settings, `vat.${counterRateBp}`);
    moves.push({
      key: `vat:${vat.number}`,
      accountNumber: vat.number,
      accountLabel: vat.label,
      label,
      amountCents: -sign * vatCents,
    });
  }
  const journal = settings.journals.bank;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: x.date,
    pieceRef,
    pieceDate: x.date,
    label,
    sourceKey,
    lines: linesOf(moves),
  };
}

/** Where a deposit's money comes from: a gift card by its category, else the provider's account. */
function moneySource(x: DepositMoneyFact): { accountKey: string; prepaidVatRateBp: number | null } {
  if (x.voucher?.category === 'SINGLE_PURPOSE')
    return { accountKey: 'giftCardsSinglePurpose', prepaidVatRateBp: x.voucher.vatRateBp || null };
  if (x.voucher?.category === 'MULTI_PURPOSE')
    return { accountKey: 'giftCardsMultiPurpose', prepaidVatRateBp: null };
  return { accountKey: moneyAccountKey(x.provider, x.method), prepaidVatRateBp: null };
}

/** The first 8 characters of an id, upper-cased: enough to find the source, short in the FEC. */
export function shortRef(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}
