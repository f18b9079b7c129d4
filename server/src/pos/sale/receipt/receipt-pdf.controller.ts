import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../../common/auth/access.decorators.js';
import { serverKey } from '../../../common/secrets.js';
import { CONFIG } from '../../../config/config.module.js';
import type { Config } from '../../../config/config.js';
import { RECEIPT_FORMATS, verifyReceiptLink, type ReceiptFormat } from './domain/receipt-link.js';
import { receiptPdf } from './receipt-pdf.js';
import { SaleReceiptService } from './sale-receipt.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /receipts/:saleId/pdf?format=RECEIPT|NOTE&token=…`: the receipt as a PDF. Public route: the
 * signed, short-lived token (from `saleReceiptPdfLink`, STAFF/ACCOUNTANT) is the authorisation.
 */
@Controller('receipts')
@Public()
export class ReceiptPdfController {
  private readonly key: Buffer;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly receipts: SaleReceiptService,
  ) {
    this.key = receiptLinkKey(config);
  }

  @Get(':saleId/pdf')
  async pdf(
    @Param('saleId') saleId: string,
    @Query('format') format: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const f = (format ?? 'RECEIPT') as ReceiptFormat;
    if (!UUID.test(saleId) || !RECEIPT_FORMATS.includes(f) || token === undefined) {
      await res.status(400).type('text/plain; charset=utf-8').send('Lien de reçu invalide.');
      return;
    }
    const verdict = verifyReceiptLink(this.key, saleId, f, token, Date.now());
    if (verdict !== 'ok') {
      await res
        .status(verdict === 'expired' ? 410 : 403)
        .type('text/plain; charset=utf-8')
        .send(
          verdict === 'expired'
            ? 'Ce lien a expiré : téléchargez le reçu à nouveau.'
            : 'Lien de reçu invalide.',
        );
      return;
    }
    const receipt = await this.receipts.receipt(saleId);
    const pdf = await receiptPdf(receipt, f);
    const name = `${receipt.kind === 'CREDIT_NOTE' ? 'avoir' : 'ticket'}-${receipt.number}${f === 'NOTE' ? '-note' : ''}.pdf`;
    await res
      .status(200)
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${name}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }
}

export function receiptLinkKey(config: Config): Buffer {
  return serverKey(config.jwtSecret, 'pos-receipt-links');
}
