import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/access.decorators.js';
import { serverKey } from '../common/secrets.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { verifyCardLink } from './domain/pdf-link.js';
import { GiftCardDocumentService } from './gift-card-document.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cardLinkKey(config: Config): Buffer {
  return serverKey(config.jwtSecret, 'gift-card-pdf-links');
}

/**
 * `GET /gift-cards/:id/pdf?token=…`: the card as a PDF. Public route: the signed, short-lived token
 * (from `giftCardPdfLink`, STAFF) is the authorisation.
 */
@Controller('gift-cards')
@Public()
export class GiftCardPdfController {
  private readonly key: Buffer;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly documents: GiftCardDocumentService,
  ) {
    this.key = cardLinkKey(config);
  }

  @Get(':id/pdf')
  async pdf(
    @Param('id') id: string,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const verdict =
      UUID.test(id) && token !== undefined ? verifyCardLink(this.key, id, token, Date.now()) : 'invalid';
    if (verdict !== 'ok') {
      await res
        .status(verdict === 'expired' ? 410 : 403)
        .type('text/plain; charset=utf-8')
        .send(
          verdict === 'expired'
            ? 'Ce lien a expiré : téléchargez la carte à nouveau.'
            : 'Lien de carte cadeau invalide.',
        );
      return;
    }
    const { pdf, filename } = await this.documents.printout(id);
    await res
      .status(200)
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  }
}
