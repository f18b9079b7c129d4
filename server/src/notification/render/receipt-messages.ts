/** The till receipt e-mail, in French, pure: the receipt's mentions as details, the PDF attached. */
import { formatEuro, formatRate, type ReceiptModel } from '../../pos/index.js';
import type { EmailContent } from './messages.js';

export function saleReceiptEmail(r: ReceiptModel): EmailContent {
  const credit = r.kind === 'CREDIT_NOTE';
  return {
    subject: `Votre ${credit ? 'avoir' : 'reçu'} – ${r.institute.name} – ${r.title}`,
    preheader: `${r.title} du ${r.issuedAtLocal} : ${formatEuro(r.totalInclCents)}`,
    heading: credit ? `Votre avoir (${r.title})` : `Votre reçu (${r.title})`,
    paragraphs: [
      'Bonjour,',
      `Voici ${credit ? 'l’avoir' : 'le reçu'} de votre passage du ${r.issuedAtLocal}. Vous le trouverez aussi en pièce jointe (PDF).`,
    ],
    details: [
      ...r.lines.map((l): [string, string] => [
        `${l.label} (${l.quantity} × ${formatEuro(l.unitPriceCents)})`,
        formatEuro(l.totalInclCents),
      ]),
      ...r.vatTotals.map((v): [string, string] => [
        `TVA ${formatRate(v.rateBp)} sur ${formatEuro(v.baseCents)} HT`,
        formatEuro(v.vatCents),
      ]),
      ['Total TTC', formatEuro(r.totalInclCents)],
      ...r.tenders.map((t): [string, string] => [t.label, formatEuro(t.amountCents)]),
      ...(r.changeCents > 0 ? [['Monnaie rendue', formatEuro(r.changeCents)] as [string, string]] : []),
      ['Caisse', r.tillName],
      ['Empreinte', r.shortHash],
      ['SIRET', r.institute.siret],
    ],
    button: null,
  };
}
