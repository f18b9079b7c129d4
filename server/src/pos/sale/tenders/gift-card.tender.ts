import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../common/errors.js';
import { GiftCardRedemptionService } from '../../../gift-card/index.js';
import type { RefundRequest, TenderCheck, TenderKind } from './tender-kind.js';

/**
 * A gift card: the code is typed or scanned into `reference`. The card is debited in the paying
 * transaction itself (the sale row locked, a conditional update on the card, its REDEEM movement keyed
 * by the tender's click key), so the tender is CONFIRMED with the money already taken: there is no
 * reservation to release. A confirmed tender is final (like cash); a mistake is corrected by a credit
 * note, which gives the money back to the cards that paid the ticket.
 */
@Injectable()
export class GiftCardTender implements TenderKind {
  readonly kind = 'GIFT_CARD';
  readonly givesChange = false;
  readonly settles = 'NOW' as const;

  constructor(private readonly cards: GiftCardRedemptionService) {}

  async check(m: EntityManager, c: TenderCheck): Promise<{ reference: string | null }> {
    const code = c.request.reference?.trim() ?? '';
    if (code === '') {
      throw new BadUserInputError('Saisissez ou scannez le code de la carte cadeau.', 'input.reference');
    }
    const key = (c.request as { idempotencyKey?: string }).idempotencyKey;
    const done = await this.cards.redeem(m, {
      code,
      amountCents: c.appliedCents,
      saleId: c.sale.id,
      tenderKey: key === undefined ? null : `${c.sale.id}:${key}`,
      by: c.by,
      now: c.now,
      fields: { code: 'input.reference', amountCents: 'input.amountCents' },
    });
    return { reference: `Carte cadeau …${done.card.codeLast4}` };
  }

  async refund(r: RefundRequest): Promise<{ paymentId: string | null; reference: string | null }> {
    const { cards } = await this.cards.refundSale({
      saleId: r.original.id,
      amountCents: r.amountCents,
      reason: r.reason,
      by: r.by.userId,
      now: Date.now(),
    });
    return { paymentId: null, reference: cards.map((c) => `Carte cadeau …${c.codeLast4}`).join(', ') };
  }
}
