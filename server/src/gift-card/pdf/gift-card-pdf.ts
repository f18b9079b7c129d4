/**
 * The gift card as a one-page A5 landscape PDF (pdfkit, built-in fonts: WinAnsi covers French and
 * « € »): the institute, « Carte cadeau », the value, who gives it to whom, the message, and on the
 * right the QR code (drawn as vector squares, sharp at any zoom) above the code in groups of four.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { giftCardFace, type GiftCardDocument } from './gift-card-face.js';

/** A5 landscape, in points. */
export const CARD_PAGE = { width: 595.28, height: 419.53 } as const;
const MARGIN = 34;
/** Where the QR code sits (its quiet zone included), exported for the test that reads it back. */
export const CARD_QR_BOX = { x: 404, y: 92, size: 156 } as const;
const QUIET_MODULES = 4;
const LEFT_WIDTH = 340;
const INK = '#2b2326';
const MUTED = '#6d6266';

/** The QR code's dark modules as a matrix (true = dark), error correction M. */
export function qrMatrix(payload: string): boolean[][] {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.modules.get(r, c) === 1));
}

export function giftCardPdf(d: GiftCardDocument): Promise<Buffer> {
  const face = giftCardFace(d);
  const brand = /^#[0-9a-f]{6}$/i.test(d.institute.brandColor) ? d.institute.brandColor : '#8e5b6e';
  const doc = new PDFDocument({
    size: [CARD_PAGE.width, CARD_PAGE.height],
    margin: 0,
    info: {
      Title: `${face.title} ${d.institute.name}`,
      Author: d.institute.name,
      CreationDate: new Date(d.issuedAt),
    },
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    // Frame: a soft band on the left edge and a thin double border.
    doc.rect(0, 0, CARD_PAGE.width, CARD_PAGE.height).fill('#fbf7f4');
    doc.rect(0, 0, 10, CARD_PAGE.height).fill(brand);
    doc
      .lineWidth(1.2)
      .rect(18, 14, CARD_PAGE.width - 32, CARD_PAGE.height - 28)
      .stroke(brand);
    doc
      .lineWidth(0.4)
      .rect(22, 18, CARD_PAGE.width - 40, CARD_PAGE.height - 36)
      .stroke(brand);

    // Left column: who, what, for whom.
    let y = MARGIN + 8;
    doc
      .fillColor(brand)
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(d.institute.name.toUpperCase(), MARGIN + 8, y, {
        width: LEFT_WIDTH,
        characterSpacing: 1.5,
      });
    y = doc.y + 14;
    doc
      .fillColor(INK)
      .font('Times-Italic')
      .fontSize(38)
      .text(face.title, MARGIN + 8, y, { width: LEFT_WIDTH });
    y = doc.y + 6;
    doc
      .moveTo(MARGIN + 8, y)
      .lineTo(MARGIN + 128, y)
      .lineWidth(1)
      .stroke(brand);
    y += 14;
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(d.kind === 'SERVICE' ? 22 : 34)
      .text(face.value, MARGIN + 8, y, { width: LEFT_WIDTH });
    y = doc.y + 2;
    if (face.valueNote !== null) {
      doc
        .fillColor(MUTED)
        .font('Helvetica')
        .fontSize(10)
        .text(face.valueNote, MARGIN + 8, y, { width: LEFT_WIDTH });
      y = doc.y;
    }
    y += 12;
    doc.font('Helvetica').fontSize(12).fillColor(INK);
    for (const line of [face.to, face.from]) {
      if (line === null) continue;
      doc.text(line, MARGIN + 8, y, { width: LEFT_WIDTH });
      y = doc.y + 2;
    }
    if (face.message !== null) {
      doc
        .fillColor(MUTED)
        .font('Times-Italic')
        .fontSize(12)
        .text(`« ${face.message} »`, MARGIN + 8, y + 6, { width: LEFT_WIDTH, height: 70, ellipsis: true });
    }

    // Right column: the QR code, the code, the date.
    drawQr(doc, face.qrPayload);
    const right = CARD_QR_BOX.x - 14;
    const rightWidth = CARD_QR_BOX.size + 28;
    doc
      .fillColor(INK)
      .font('Courier-Bold')
      .fontSize(13)
      .text(face.codeGrouped, right, CARD_QR_BOX.y + CARD_QR_BOX.size + 6, {
        width: rightWidth,
        align: 'center',
      });
    doc
      .fillColor(brand)
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(face.validUntil, right, doc.y + 6, { width: rightWidth, align: 'center' });
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(8)
      .text('Code à présenter à l’institut', right, CARD_QR_BOX.y - 16, {
        width: rightWidth,
        align: 'center',
      });

    // Bottom: conditions and how to reach the institute.
    const bottom = CARD_PAGE.height - MARGIN - 50;
    doc
      .moveTo(MARGIN + 8, bottom - 8)
      .lineTo(CARD_PAGE.width - MARGIN - 8, bottom - 8)
      .lineWidth(0.4)
      .stroke(brand);
    doc.fillColor(MUTED).font('Helvetica').fontSize(7.5);
    doc.text(face.conditions.join(' '), MARGIN + 8, bottom, { width: CARD_PAGE.width - 2 * MARGIN - 16 });
    doc
      .font('Helvetica-Bold')
      .fillColor(INK)
      .text([d.institute.name, ...face.contact].join(' · '), MARGIN + 8, doc.y + 5, {
        width: CARD_PAGE.width - 2 * MARGIN - 16,
      });
    doc.end();
  });
}

/** White box with a four-module quiet zone, dark modules as horizontal runs of squares. */
function drawQr(doc: PDFKit.PDFDocument, payload: string): void {
  const matrix = qrMatrix(payload);
  const n = matrix.length;
  const module = CARD_QR_BOX.size / (n + 2 * QUIET_MODULES);
  const origin = { x: CARD_QR_BOX.x + QUIET_MODULES * module, y: CARD_QR_BOX.y + QUIET_MODULES * module };
  doc.rect(CARD_QR_BOX.x, CARD_QR_BOX.y, CARD_QR_BOX.size, CARD_QR_BOX.size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n;) {
      if (!matrix[r][c]) {
        c++;
        continue;
      }
      let end = c;
      while (end < n && matrix[r][end]) end++;
      doc.rect(origin.x + c * module, origin.y + r * module, (end - c) * module, module);
      c = end;
    }
  }
  doc.fill('#000000');
}
