import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators.js';
import { ParseIdPipe } from '../common/validation.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { CARD_LINK_TTL_MS, signCardLink } from './domain/pdf-link.js';
import {
  GiftCardPdfLinkType,
  GiftCardResendType,
  ResendGiftCardInput,
} from './dto/gift-card-delivery.dto.js';
import { toGiftCard } from './dto/gift-card.mappers.js';
import { GiftCardDeliveryService } from './gift-card-delivery.service.js';
import { GiftCardDocumentService } from './gift-card-document.service.js';
import { cardLinkKey } from './gift-card-pdf.controller.js';

/** The card as the client gets it: e-mailed again, or opened as a PDF by staff (STAFF and ADMIN). */
@Resolver()
export class GiftCardDeliveryResolver {
  private readonly key: Buffer;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly delivery: GiftCardDeliveryService,
    private readonly documents: GiftCardDocumentService,
  ) {
    this.key = cardLinkKey(config);
  }

  @Roles('STAFF')
  @Mutation(() => GiftCardResendType, {
    description: 'E-mails the card’s PDF again, to its address or to a new one (then recorded).',
  })
  async resendGiftCard(@Args('input') input: ResendGiftCardInput): Promise<GiftCardResendType> {
    const { sentTo, ...view } = await this.delivery.resend(input);
    return { giftCard: toGiftCard(view), sentTo };
  }

  @Roles('STAFF')
  @Query(() => GiftCardPdfLinkType, { description: 'A signed link to the card as PDF, valid five minutes.' })
  async giftCardPdfLink(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<GiftCardPdfLinkType> {
    await this.documents.printout(id); // not found / no code kept: said here, not by a dead link
    const expiresAt = Date.now() + CARD_LINK_TTL_MS;
    return {
      url: `/gift-cards/${id}/pdf?token=${encodeURIComponent(signCardLink(this.key, id, expiresAt))}`,
      expiresAt: new Date(expiresAt),
    };
  }
}
