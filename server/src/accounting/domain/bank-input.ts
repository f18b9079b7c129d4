/**
 * Checks of what staff or the accountant type for payouts, cash bankings and the opening entry. Pure:
 * each returns the French problems by field (empty when the input is right); `today` is passed in.
 */
import type { FieldProblem } from '../../common/field-problem.js';
import { isIsoDate } from '../../common/time.js';
import { ACCOUNT_NUMBER } from './chart.js';
import { fecAmount } from './money.js';

const isCents = (n: number) => Number.isSafeInteger(n);

function checkDate(problems: FieldProblem[], field: string, value: string, today: string, what: string) {
  if (!isIsoDate(value)) problems.push({ field, message: `${what} : date invalide (AAAA-MM-JJ).` });
  else if (value > today) problems.push({ field, message: `${what} ne peut pas être dans le futur.` });
}

export function payoutProblems(
  p: {
    paidOn: string;
    grossCents: number;
    feeCents: number;
    netCents: number;
    providerPayoutId: string | null;
  },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkDate(problems, 'input.paidOn', p.paidOn, today, 'La date du virement');
  if (!isCents(p.grossCents) || p.grossCents <= 0) {
    problems.push({ field: 'input.grossCents', message: 'Le montant brut doit être positif (en centimes).' });
  }
  if (!isCents(p.feeCents) || p.feeCents < 0) {
    problems.push({ field: 'input.feeCents', message: 'Les frais ne peuvent pas être négatifs.' });
  } else if (isCents(p.grossCents) && p.feeCents >= p.grossCents && p.grossCents > 0) {
    problems.push({ field: 'input.feeCents', message: 'Les frais doivent être inférieurs au montant brut.' });
  }
  if (!isCents(p.netCents) || p.netCents <= 0) {
    problems.push({ field: 'input.netCents', message: 'Le montant net doit être positif (en centimes).' });
  } else if (problems.length === 0 && p.netCents !== p.grossCents - p.feeCents) {
    problems.push({
      field: 'input.netCents',
      message: `Le net doit être égal au brut moins les frais : ${fecAmount(p.grossCents - p.feeCents)} €.`,
    });
  }
  if (p.providerPayoutId !== null && !/^[A-Za-z0-9_-]{1,100}$/.test(p.providerPayoutId)) {
    problems.push({
      field: 'input.providerPayoutId',
      message: 'La référence du virement ne contient que des lettres, chiffres, « _ » ou « - ».',
    });
  }
  return problems;
}

export function cashBankingProblems(
  c: { amountCents: number; depositedOn: string; creditedOn: string | null },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCents(c.amountCents) || c.amountCents <= 0) {
    problems.push({
      field: 'input.amountCents',
      message: 'Le montant remis doit être positif (en centimes).',
    });
  }
  checkDate(problems, 'input.depositedOn', c.depositedOn, today, 'La date de remise');
  if (c.creditedOn !== null) {
    checkDate(problems, 'input.creditedOn', c.creditedOn, today, 'La date de crédit');
    if (isIsoDate(c.creditedOn) && isIsoDate(c.depositedOn) && c.creditedOn < c.depositedOn) {
      problems.push({
        field: 'input.creditedOn',
        message: 'La banque ne peut pas créditer la remise avant son dépôt.',
      });
    }
  }
  return problems;
}

/** The most the till can give to the bank: what was counted at its last closing, less what left since. */
export function cashLeftProblem(amountCents: number, leftCents: number | null): FieldProblem | null {
  if (leftCents === null || amountCents <= leftCents) return null;
  return {
    field: 'input.amountCents',
    message: `La caisse ne contient que ${fecAmount(Math.max(0, leftCents))} € d'espèces comptées : la remise ne peut pas dépasser ce montant.`,
  };
}

export function openingProblems(
  lines: readonly { accountNumber: string; debitCents: number; creditCents: number }[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (lines.length < 2) {
    problems.push({ field: 'input.lines', message: 'Saisissez au moins deux lignes (débit et crédit).' });
  }
  let debit = 0;
  let credit = 0;
  lines.forEach((l, i) => {
    const at = `input.lines.${i}`;
    if (!ACCOUNT_NUMBER.test(l.accountNumber)) {
      problems.push({
        field: `${at}.accountNumber`,
        message: 'Numéro de compte invalide (ex. 512, 101300).',
      });
    }
    const oneSide =
      isCents(l.debitCents) && isCents(l.creditCents) && l.debitCents >= 0 && l.creditCents >= 0;
    if (!oneSide || l.debitCents > 0 === l.creditCents > 0) {
      problems.push({
        field: `${at}.debitCents`,
        message: 'Une ligne porte un débit ou un crédit positif, pas les deux.',
      });
    } else {
      debit += l.debitCents;
      credit += l.creditCents;
    }
  });
  if (problems.length === 0 && debit !== credit) {
    problems.push({
      field: 'input.lines',
      message: `L'écriture n'est pas équilibrée : débit ${fecAmount(debit)} €, crédit ${fecAmount(credit)} €.`,
    });
  }
  return problems;
}
