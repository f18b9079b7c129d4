import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../../common/errors.js';
import type { UnitOfWork } from '../../../common/transaction/unit-of-work.js';
import {
  GiftCardAdminService,
  GiftCardIssueService,
  type GiftCardFor,
  type GiftCardQuote,
} from '../../../gift-card/index.js';
import { SaleLineEntity } from '../sale.entities.js';
import type { LineDraft, LineEffectContext, LineRequest, SaleLineKind } from './sale-line-kind.js';

/**
 * A gift card sold at the till: an amount (`unitPriceCents`, the face value) or a named service
 * (`referenceId`), optionally for someone (`giftCard`: names, message, an address to e-mail it to). Its VAT is decided when it is rung up: the supplies' rate for a single-purpose
 * card, 0 (outside VAT) for a multi-purpose one. A promotion is a discount on the line: what the client
 * paid is the line's total, the face value stays. Completing the ticket issues one card per unit in
 * the same transaction and keeps each code sealed (AES-GCM) in the line's data, for the till to print
 * (`soldGiftCards`); a credit note cancels unspent cards.
 */
@Injectable()
export class GiftCardLineKind implements SaleLineKind {
  readonly kind = 'GIFT_CARD';
  readonly priceEditable = false;

  constructor(
    private readonly issue: GiftCardIssueService,
    private readonly admin: GiftCardAdminService,
  ) {}

  async draft(m: EntityManager, r: LineRequest): Promise<LineDraft> {
    const quote = await this.issue.quote(m, {
      serviceId: r.referenceId ?? null,
      faceValueCents: r.unitPriceCents ?? null,
      field: 'input',
    });
    const giftCardFor = this.issue.details(r.giftCard, 'input.giftCard');
    return {
      label: quote.label,
      quantity: r.quantity,
      unitPriceCents: quote.faceValueCents,
      vatRateBp: quote.vatRateBp,
      practitionerId: null,
      productId: null,
      bookingItemId: null,
      data: { giftCard: quote, giftCardFor },
    };
  }

  async onSaleCompleted(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    const quote = line.data?.giftCard as GiftCardQuote | undefined;
    if (quote === undefined)
      throw new ConflictError('Ligne de carte cadeau incomplète : retirez-la et ajoutez-la.');
    // What the client paid, spread over the units to the cent (the first units take the remainder).
    const base = Math.floor(line.totalInclCents / line.quantity);
    const extra = line.totalInclCents - base * line.quantity;
    const details = (line.data?.giftCardFor as GiftCardFor | undefined) ?? null;
    const sealed: Record<string, string> = {};
    for (let unit = 1; unit <= line.quantity; unit++) {
      const issued = await this.issue.issueFromSale(uow, {
        quote,
        pricePaidCents: base + (unit <= extra ? 1 : 0),
        saleId: ctx.saleId,
        saleLineId: line.id,
        unit,
        buyerName: details?.buyerName,
        recipientName: details?.recipientName,
        message: details?.message,
        recipientEmail: details?.recipientEmail,
        by: ctx.userId,
        now: ctx.now,
      });
      if (issued !== null) sealed[issued.card.id] = this.issue.seal(issued.code);
    }
    if (Object.keys(sealed).length > 0) {
      const previous = (line.data?.giftCardCodes as Record<string, string> | undefined) ?? {};
      await uow.manager.update(
        SaleLineEntity,
        { id: line.id },
        { data: { ...line.data, giftCardCodes: { ...previous, ...sealed } } },
      );
    }
  }

  checkCredit(m: EntityManager, line: SaleLineEntity, quantity: number, field: string): Promise<void> {
    return this.admin.assertTakeBack(m, { saleLineId: line.id, quantity, field });
  }

  async onCredited(uow: UnitOfWork, line: SaleLineEntity, ctx: LineEffectContext): Promise<void> {
    if (line.originalLineId === null) return;
    await this.admin.cancelSold(uow, {
      saleLineId: line.originalLineId,
      quantity: -line.quantity,
      reason: 'Avoir',
      by: ctx.userId,
      now: ctx.now,
    });
  }
}
