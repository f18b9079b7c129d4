/**
 * Entries of gift-card facts outside the till's day: a card that expires with money left is written off
 * (ACCOUNTING.md cases 9c and 9c'). A multi-purpose card's liability (4191x) was never taxed: the whole
 * remainder becomes income, without VAT (open question 1 of ACCOUNTING.md). A single-purpose card's VAT
 * was due at its sale and stays paid: only the base left on 487 becomes income.
 */
import { accountFor, moneyAccountKey, moneyLabel, type AccountingSettings } from './chart.js';
import { linesOf, type DraftEntry, type Movement } from './entry.js';
import { splitVat } from './money.js';
import { frenchDate } from './z-entry.js';

export interface GiftCardExpiryFact {
  movementId: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  /** The balance written off (positive, face value). */
  amountCents: number;
  /** The day it expired (Europe/Paris), YYYY-MM-DD. */
  date: string;
}

export function giftCardExpiryEntry(x: GiftCardExpiryFact, settings: AccountingSettings): DraftEntry | null {
  if (x.amountCents <= 0) return null;
  const single = x.category === 'SINGLE_PURPOSE';
  const liability = accountFor(settings, single ? 'giftCardsSinglePurpose' : 'giftCardsMultiPurpose');
  const income = accountFor(settings, 'giftCardBreakage');
  const amountCents = single ? splitVat(x.amountCents, x.vatRateBp).baseCents : x.amountCents;
  const label = `Carte cadeau …${x.codeLast4} expirée le ${frenchDate(x.date)}`;
  const lines = linesOf([
    { key: 'liability', accountNumber: liability.number, accountLabel: liability.label, label, amountCents },
    {
      key: 'income',
      accountNumber: income.number,
      accountLabel: income.label,
      label,
      amountCents: -amountCents,
    },
  ]);
  const journal = settings.journals.misc;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: x.date,
    pieceRef: `CC-${x.codeLast4}`,
    pieceDate: x.date,
    label,
    sourceKey: `gift-card-expiry:${x.movementId}`,
    lines,
  };
}

/**
 * An expired card revived by an ADMIN extension gets back what expiry wrote off: the write-off is
 * reversed for that amount (income back to the card's liability), in the OD journal, on the day of the
 * extension. `movementId` is the EXTEND movement; `amountCents` what it gave back.
 */
export function giftCardRevivalEntry(x: GiftCardExpiryFact, settings: AccountingSettings): DraftEntry | null {
  const writeOff = giftCardExpiryEntry(x, settings);
  if (writeOff === null) return null;
  const label = `Carte cadeau …${x.codeLast4} prolongée le ${frenchDate(x.date)} : reprise de l'expiration`;
  return {
    ...writeOff,
    label,
    sourceKey: `gift-card-revival:${x.movementId}`,
    // The write-off's lines, sides swapped: debits first again.
    lines: writeOff.lines
      .map((l) => ({ ...l, label, debitCents: l.creditCents, creditCents: l.debitCents }))
      .sort((a, b) => b.debitCents - a.debitCents),
  };
}
export interface GiftCardOnlineSaleFact {
  orderId: string;
  /** The order's reference (CC-XXXXXX), the entry's piece. */
  orderReference: string;
  codeLast4: string;
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  /** What the buyer paid (the liability; VAT of a single-purpose card is on this price). */
  pricePaidCents: number;
  provider: string;
  method: string;
  /** The day it was paid (Europe/Paris). */
  date: string;
}

/**
 * A card sold online, in the bank journal (cases 9a, 9a'): the money on the provider's clearing account
 * (467x; a transfer on 512); a multi-purpose card is a liability outside VAT (41911), a single-purpose
 * one its base on 487 and its VAT due now.
 */
export function giftCardOnlineSaleEntry(
  x: GiftCardOnlineSaleFact,
  settings: AccountingSettings,
): DraftEntry | null {
  const label = `Carte cadeau …${x.codeLast4} vendue en ligne (${moneyLabel(x.provider, x.method)})`;
  return onlineSale(x, settings, 1, label, `gift-card-order:${x.orderId}`);
}

/**
 * A card sold online refunded before it was used (its card cancelled): the sale's entry turned over,
 * dated the refund's day (the VAT of a single-purpose card reversed in that period: a credit note).
 */
export function giftCardOnlineSaleRefundedEntry(
  x: GiftCardOnlineSaleFact & { refundId: string },
  settings: AccountingSettings,
): DraftEntry | null {
  const label = `Carte cadeau …${x.codeLast4} remboursée (${moneyLabel(x.provider, x.method)})`;
  return onlineSale(x, settings, -1, label, `gift-card-order-refunded:${x.refundId}`);
}

function onlineSale(
  x: GiftCardOnlineSaleFact,
  settings: AccountingSettings,
  sign: 1 | -1,
  label: string,
  sourceKey: string,
): DraftEntry | null {
  if (x.pricePaidCents <= 0) return null;
  const single = x.category === 'SINGLE_PURPOSE' && x.vatRateBp > 0;
  const money = accountFor(settings, moneyAccountKey(x.provider, x.method));
  const liability = accountFor(settings, single ? 'giftCardsSinglePurpose' : 'giftCardsMultiPurpose');
  const { baseCents, vatCents } = single
    ? splitVat(x.pricePaidCents, x.vatRateBp)
    : { baseCents: x.pricePaidCents, vatCents: 0 };
  const moves: Movement[] = [
    { key: 'money', ...ref(money), label, amountCents: sign * x.pricePaidCents },
    { key: 'liability', ...ref(liability), label, amountCents: -sign * baseCents },
  ];
  if (vatCents !== 0) {
    moves.push({
      key: 'vat',
      ...ref(accountFor(settings, `vat.${x.vatRateBp}`)),
      label,
      amountCents: -sign * vatCents,
    });
  }
  const journal = settings.journals.bank;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: x.date,
    pieceRef: x.orderReference,
    pieceDate: x.date,
    label,
    sourceKey,
    lines: linesOf(moves),
  };
}

function ref(a: { number: string; label: string }): { accountNumber: string; accountLabel: string } {
  return { accountNumber: a.number, accountLabel: a.label };
}
