/**
 * The receipt as fixed-width text lines (an 80 mm thermal roll holds 42 characters of a monospace
 * font): what the PDF receipt and the e-mail's text part print. Pure.
 */
import { formatEuro, formatRate, type ReceiptModel } from './receipt-model.js';

export const RECEIPT_WIDTH = 42;

function center(text: string, width: number): string {
  if (text.length >= width) return text;
  return ' '.repeat(Math.floor((width - text.length) / 2)) + text;
}

/** `left` and `right` on one line, `right` flush right; wraps `left` when both do not fit. */
function pair(left: string, right: string, width: number): string[] {
  if (left.length + 1 + right.length <= width) {
    return [left + ' '.repeat(width - left.length - right.length) + right];
  }
  return [...wrap(left, width), ' '.repeat(Math.max(0, width - right.length)) + right];
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
    while (line.length > width) {
      out.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== '') out.push(line);
  return out;
}

export function receiptText(r: ReceiptModel, width = RECEIPT_WIDTH): string[] {
  const rule = '-'.repeat(width);
  const out: string[] = [];
  out.push(...wrap(r.institute.name, width).map((l) => center(l, width)));
  for (const a of r.institute.addressLines) out.push(...wrap(a, width).map((l) => center(l, width)));
  out.push(center(`SIRET ${r.institute.siret}`, width));
  if (r.institute.vatNumber !== null) out.push(center(`TVA intracom. ${r.institute.vatNumber}`, width));
  out.push(rule);
  if (r.duplicate !== null) {
    out.push(center(`*** DUPLICATA n° ${r.duplicate.number} ***`, width));
    out.push(center(`imprimé le ${r.duplicate.printedAtLocal}`, width));
  }
  out.push(...pair(r.title, r.issuedAtLocal, width));
  out.push(`Caisse : ${r.tillName}`);
  if (r.originalNumber !== null) out.push(`Avoir sur le ticket n° ${r.originalNumber}`);
  if (r.reason !== null) out.push(...wrap(`Motif : ${r.reason}`, width));
  out.push(rule);
  for (const l of r.lines) {
    out.push(...wrap(l.label, width));
    out.push(
      ...pair(
        `  ${l.quantity} x ${formatEuro(l.unitPriceCents)}  TVA ${formatRate(l.vatRateBp)}`,
        formatEuro(l.totalInclCents),
        width,
      ),
    );
    if (l.discountCents !== 0) out.push(`  dont remise ${formatEuro(-l.discountCents)}`);
  }
  out.push(rule);
  out.push(...pair('TOTAL TTC', formatEuro(r.totalInclCents), width));
  out.push(...pair('Total HT', formatEuro(r.totalExclCents), width));
  out.push(...pair('Total TVA', formatEuro(r.totalVatCents), width));
  for (const v of r.vatTotals) {
    out.push(
      ...pair(
        `  TVA ${formatRate(v.rateBp)} : HT ${formatEuro(v.baseCents)}`,
        `TVA ${formatEuro(v.vatCents)}`,
        width,
      ),
    );
  }
  out.push(rule);
  for (const t of r.tenders) {
    out.push(...pair(t.label, formatEuro(t.changeCents > 0 ? t.givenCents : t.amountCents), width));
  }
  if (r.changeCents > 0) out.push(...pair('Monnaie rendue', formatEuro(r.changeCents), width));
  out.push(rule);
  out.push(center(`Empreinte ${r.shortHash}`, width));
  out.push(center('Merci de votre visite', width));
  return out;
}
