/**
 * Entries of gift-card facts outside the till's day: a card that expires with money left is written off
 * (ACCOUNTING.md cases 9c and 9c'). A multi-purpose card's liability (4191x) was never taxed: the whole
 * remainder becomes income, without VAT (open question 1 of ACCOUNTING.md). A single-purpose card's VAT
 * was due at its sale and stays paid: only the base left on 487 becomes income.
 */
import { accountFor, type AccountingSettings } from './chart.js';
import { linesOf, type DraftEntry } from './entry.js';
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
