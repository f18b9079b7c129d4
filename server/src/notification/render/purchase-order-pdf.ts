/** The purchase order as a one-page A4 PDF (pdfkit, its built-in Helvetica: WinAnsi covers French). */
import PDFDocument from 'pdfkit';
import { formatEuros } from './messages.js';
import { purchaseOrderTotalCents, type PurchaseOrderContext } from './stock-messages.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });

export function purchaseOrderPdf(ctx: PurchaseOrderContext, createdAt: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: {
        Title: `Bon de commande ${ctx.order.reference}`,
        Author: ctx.institute.name,
        CreationDate: new Date(createdAt),
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(18).text(`Bon de commande ${ctx.order.reference}`);
    doc
      .moveDown(0.5)
      .font('Helvetica')
      .fontSize(10)
      .text(`Date : ${dateFormat.format(createdAt)}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').text(ctx.institute.name);
    doc.font('Helvetica');
    for (const line of ctx.institute.addressLines) doc.text(line);
    if (ctx.institute.phone) doc.text(`Tél. ${ctx.institute.phone}`);
    if (ctx.institute.email) doc.text(ctx.institute.email);
    doc.moveDown();
    doc.font('Helvetica-Bold').text(`Fournisseur : ${ctx.order.supplierName}`);
    if (ctx.order.contactName) doc.font('Helvetica').text(`À l’attention de ${ctx.order.contactName}`);
    doc.moveDown();

    const cols = [50, 300, 390, 460];
    const header = ['Produit', 'Quantité', 'Prix unit. HT', 'Total HT'];
    let y = doc.y;
    doc.font('Helvetica-Bold');
    header.forEach((h, i) => doc.text(h, cols[i], y, { width: i === 0 ? 240 : 80 }));
    doc.font('Helvetica');
    y = doc.y + 6;
    for (const l of ctx.order.lines) {
      const name = l.barcode === null ? l.name : `${l.name}\nEAN ${l.barcode}`;
      doc.text(name, cols[0], y, { width: 240 });
      const next = doc.y;
      doc.text(String(l.quantity), cols[1], y, { width: 80 });
      doc.text(formatEuros(l.unitCostCents), cols[2], y, { width: 80 });
      doc.text(formatEuros(l.quantity * l.unitCostCents), cols[3], y, { width: 80 });
      y = Math.max(next, doc.y) + 4;
    }
    doc
      .font('Helvetica-Bold')
      .text(`Total HT : ${formatEuros(purchaseOrderTotalCents(ctx))}`, cols[2], y + 8);
    if (ctx.order.notes) doc.font('Helvetica').text(`Remarque : ${ctx.order.notes}`, 50, doc.y + 16);
    doc.end();
  });
}
