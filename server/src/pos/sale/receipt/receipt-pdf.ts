/**
 * The receipt as a PDF (pdfkit, built-in fonts: WinAnsi covers French and « € »): the 80 mm roll in
 * Courier, line for line the text a thermal printer prints, or the A4 « note » for services.
 */
import PDFDocument from 'pdfkit';
import { formatEuro, formatRate, type ReceiptModel } from './domain/receipt-model.js';
import type { ReceiptFormat } from './domain/receipt-link.js';
import { receiptText, RECEIPT_WIDTH } from './domain/receipt-text.js';

const MM = 72 / 25.4;
const ROLL_FONT_SIZE = 8;
const ROLL_LINE = 10;
const ROLL_MARGIN = 4 * MM;

function render(doc: PDFKit.PDFDocument, draw: () => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw();
    doc.end();
  });
}

function info(r: ReceiptModel, issued: Date): PDFKit.DocumentInfo {
  return { Title: r.title, Author: r.institute.name, CreationDate: issued };
}

export function receiptPdf(r: ReceiptModel, format: ReceiptFormat): Promise<Buffer> {
  return format === 'NOTE' ? notePdf(r) : rollPdf(r);
}

function rollPdf(r: ReceiptModel): Promise<Buffer> {
  const lines = receiptText(r, RECEIPT_WIDTH);
  const doc = new PDFDocument({
    size: [80 * MM, lines.length * ROLL_LINE + 2 * ROLL_MARGIN],
    margin: ROLL_MARGIN,
    info: info(r, new Date(r.issuedAt)),
  });
  return render(doc, () => {
    doc.font('Courier').fontSize(ROLL_FONT_SIZE);
    lines.forEach((line, i) => {
      doc.text(line, ROLL_MARGIN, ROLL_MARGIN + i * ROLL_LINE, { lineBreak: false });
    });
  });
}

function notePdf(r: ReceiptModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: info(r, new Date(r.issuedAt)) });
  return render(doc, () => {
    doc.font('Helvetica-Bold').fontSize(16).text(r.institute.name);
    doc.font('Helvetica').fontSize(10);
    for (const a of r.institute.addressLines) doc.text(a);
    doc.text(`SIRET ${r.institute.siret}`);
    if (r.institute.vatNumber !== null) doc.text(`N° TVA intracommunautaire ${r.institute.vatNumber}`);
    doc.moveDown();
    if (r.duplicate !== null) {
      doc
        .font('Helvetica-Bold')
        .text(`DUPLICATA n° ${r.duplicate.number} (imprimé le ${r.duplicate.printedAtLocal})`);
    }
    doc.font('Helvetica-Bold').fontSize(14).text(`Note – ${r.title}`);
    doc.font('Helvetica').fontSize(10).text(`Date : ${r.issuedAtLocal} · Caisse : ${r.tillName}`);
    if (r.clientName !== null) doc.text(`Client : ${r.clientName}`);
    if (r.originalNumber !== null) doc.text(`Avoir sur le ticket n° ${r.originalNumber}`);
    if (r.reason !== null) doc.text(`Motif : ${r.reason}`);
    doc.moveDown();
    const cols = [50, 290, 340, 420, 480];
    const widths = [235, 45, 75, 55, 65];
    let y = doc.y;
    doc.font('Helvetica-Bold');
    ['Désignation', 'Qté', 'P.U. TTC', 'TVA', 'Total TTC'].forEach((h, i) =>
      doc.text(h, cols[i], y, { width: widths[i], align: i === 0 ? 'left' : 'right' }),
    );
    doc.font('Helvetica');
    y = doc.y + 4;
    for (const l of r.lines) {
      doc.text(l.label, cols[0], y, { width: widths[0] });
      const next = doc.y;
      const cells = [
        String(l.quantity),
        formatEuro(l.unitPriceCents),
        formatRate(l.vatRateBp),
        formatEuro(l.totalInclCents),
      ];
      cells.forEach((c, i) => doc.text(c, cols[i + 1], y, { width: widths[i + 1], align: 'right' }));
      y = Math.max(next, doc.y) + 4;
    }
    y += 8;
    const total = (label: string, value: string, bold = false) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      doc.text(label, 300, y, { width: 170 });
      doc.text(value, 470, y, { width: 75, align: 'right' });
      y = doc.y + 2;
    };
    for (const v of r.vatTotals) {
      total(`Base HT ${formatRate(v.rateBp)}`, formatEuro(v.baseCents));
      total(`TVA ${formatRate(v.rateBp)}`, formatEuro(v.vatCents));
    }
    total('Total HT', formatEuro(r.totalExclCents));
    total('Total TVA', formatEuro(r.totalVatCents));
    total('Total TTC', formatEuro(r.totalInclCents), true);
    y += 8;
    for (const t of r.tenders) total(t.label, formatEuro(t.changeCents > 0 ? t.givenCents : t.amountCents));
    if (r.changeCents > 0) total('Monnaie rendue', formatEuro(r.changeCents));
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`Empreinte du journal : ${r.shortHash}`, 50, y + 20);
  });
}
