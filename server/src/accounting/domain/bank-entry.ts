/**
 * Entries of the money moving between the institute's own accounts (ACCOUNTING.md cases 2, 8, 8b) and the
 * opening entry of a fiscal year (AN). Pure: the caller validates the facts (bank-input.ts) and stores.
 */
import { accountFor, type AccountingSettings, type AccountRef } from './chart.js';
import { linesOf, type DraftEntry, type Movement } from './entry.js';
import { fecAmount } from './money.js';
import { frenchDate } from './z-entry.js';

export type PayoutProvider = 'STRIPE' | 'PAYPAL' | 'SUMUP';

/**
 * Where a provider's money waits until its payout: Stripe and PayPal online payments on their clearing
 * account (467x), SumUp terminal payments on the cards-to-collect account (5115) the Z debits.
 */
export const PAYOUT_SOURCE_KEYS: Readonly<Record<PayoutProvider, string>> = {
  STRIPE: 'provider.STRIPE',
  PAYPAL: 'provider.PAYPAL',
  SUMUP: 'tender.CARD_SUMUP',
};

export const PROVIDER_NAMES: Readonly<Record<PayoutProvider, string>> = {
  STRIPE: 'Stripe',
  PAYPAL: 'PayPal',
  SUMUP: 'SumUp',
};

export interface PayoutFact {
  id: string;
  provider: PayoutProvider;
  providerPayoutId: string | null;
  paidOn: string;
  grossCents: number;
  feeCents: number;
  netCents: number;
}

const move = (key: string, account: AccountRef, label: string, amountCents: number): Movement => ({
  key,
  accountNumber: account.number,
  accountLabel: account.label,
  label,
  amountCents,
});

/** Cases 8 / 8b, bank journal: 512 net + 6278 fees / 467x or 5115 gross. */
export function payoutEntry(p: PayoutFact, settings: AccountingSettings): DraftEntry {
  const name = PROVIDER_NAMES[p.provider];
  const label = `Virement ${name} du ${frenchDate(p.paidOn)}`;
  const lines = linesOf([
    move('bank', accountFor(settings, 'bank'), label, p.netCents),
    move('fees', accountFor(settings, 'providerFees'), `Frais ${name}`, p.feeCents),
    move('source', accountFor(settings, PAYOUT_SOURCE_KEYS[p.provider]), label, -p.grossCents),
  ]);
  const journal = settings.journals.bank;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: p.paidOn,
    pieceRef: p.providerPayoutId ?? `VIR-${p.provider}-${p.paidOn.replaceAll('-', '')}`,
    pieceDate: p.paidOn,
    label,
    sourceKey: `payout:${p.id}`,
    lines,
  };
}

export interface CashBankingFact {
  id: string;
  tillName: string;
  amountCents: number;
  depositedOn: string;
  slipRef: string | null;
}

const slipOf = (c: CashBankingFact) => c.slipRef ?? `REM-${c.id.slice(0, 8).toUpperCase()}`;

/** Case 2, first step (cash journal): the cash leaves the till for the bank, 580 / 531. */
export function cashDepositEntry(c: CashBankingFact, settings: AccountingSettings): DraftEntry {
  const label = `Remise d'espèces ${c.tillName} (${fecAmount(c.amountCents)} €)`;
  const journal = settings.journals.cash;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: c.depositedOn,
    pieceRef: slipOf(c),
    pieceDate: c.depositedOn,
    label,
    sourceKey: `cash-banking:${c.id}`,
    lines: linesOf([
      move('transit', accountFor(settings, 'internalTransfers'), label, c.amountCents),
      move('cash', accountFor(settings, 'tender.CASH'), label, -c.amountCents),
    ]),
  };
}

/** Case 2, second step (bank journal): the bank credits the deposit, 512 / 580. */
export function cashCreditEntry(
  c: CashBankingFact & { creditedOn: string },
  settings: AccountingSettings,
): DraftEntry {
  const label = `Remise d'espèces créditée le ${frenchDate(c.creditedOn)}`;
  const journal = settings.journals.bank;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: c.creditedOn,
    pieceRef: slipOf(c),
    pieceDate: c.depositedOn,
    label,
    sourceKey: `cash-banking-credit:${c.id}`,
    lines: linesOf([
      move('bank', accountFor(settings, 'bank'), label, c.amountCents),
      move('transit', accountFor(settings, 'internalTransfers'), label, -c.amountCents),
    ]),
  };
}

export interface OpeningLine {
  accountNumber: string;
  accountLabel: string;
  debitCents: number;
  creditCents: number;
}

/** The opening entry (AN) of the fiscal year starting `firstDay`: the balances the accountant brings. */
export function openingEntry(
  o: { firstDay: string; lines: readonly OpeningLine[] },
  settings: AccountingSettings,
): DraftEntry {
  const label = `À nouveaux au ${frenchDate(o.firstDay)}`;
  const lines = linesOf(
    o.lines.map((l, i) => ({
      key: String(i),
      accountNumber: l.accountNumber,
      accountLabel: l.accountLabel,
      label,
      amountCents: l.debitCents - l.creditCents,
    })),
  );
  const journal = settings.journals.opening;
  return {
    journalCode: journal.code,
    journalLabel: journal.label,
    entryDate: o.firstDay,
    pieceRef: `AN-${o.firstDay.slice(0, 4)}`,
    pieceDate: o.firstDay,
    label,
    sourceKey: `opening:${o.firstDay}`,
    lines,
  };
}

/** The label of an account number: the mapping's, or a generic one. */
export function accountLabelOf(settings: Pick<AccountingSettings, 'accounts'>, number: string): string {
  const known = Object.values(settings.accounts).find((a) => a.number === number);
  return known?.label ?? `Compte ${number}`;
}
