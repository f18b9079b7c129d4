import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { InstituteEntity, letterheadOf } from '../settings/index.js';
import type { GiftCardEntity } from './gift-card.entities.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardRepository } from './gift-card.repository.js';
import type { GiftCardDocument } from './pdf/gift-card-face.js';
import { giftCardPdf } from './pdf/gift-card-pdf.js';

export interface GiftCardPrintout {
  card: GiftCardEntity;
  document: GiftCardDocument;
  pdf: Buffer;
  filename: string;
}

/** The card as the client receives it: its code opened from the sealed copy, drawn as a PDF. */
@Injectable()
export class GiftCardDocumentService {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly codes: GiftCardCodes,
  ) {}

  async printout(id: string): Promise<GiftCardPrintout> {
    const m = this.repo.manager();
    const card = await this.repo.byId(m, id);
    if (card === null) throw new NotFoundError('Carte cadeau introuvable.');
    const code = card.codeSealed === null ? null : this.codes.unseal(card.codeSealed);
    if (code === null)
      throw new ConflictError(
        'Le code de cette carte n’a pas été conservé : elle ne peut pas être réimprimée.',
      );
    const institute = await m.findOneBy(InstituteEntity, { id: 1 });
    const document: GiftCardDocument = {
      institute: letterheadOf(institute),
      kind: card.kind,
      faceValueCents: card.faceValueCents,
      serviceName: card.serviceName,
      buyerName: card.buyerName,
      recipientName: card.recipientName,
      message: card.message,
      code,
      expiresAt: card.expiresAt.getTime(),
      issuedAt: (card.issuedAt ?? card.createdAt).getTime(),
    };
    return {
      card,
      document,
      pdf: await giftCardPdf(document),
      filename: `carte-cadeau-${card.codeLast4}.pdf`,
    };
  }
}
