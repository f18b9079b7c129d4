import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { isEmailAddress } from './domain/delivery.js';
import { expiryInstant, lastValidDate } from './domain/expiry.js';
import { voucherCategory, type VoucherCategory } from './domain/voucher-category.js';
import type { GiftCardEntity, GiftCardKindName } from './gift-card.entities.js';
import type { GiftCardOrderEntity } from './gift-card-order.entity.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardSettingsRepository } from './gift-card-settings.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardIssuedEvent } from './events/gift-card.events.js';

/** What a card sells for, decided before it is sold (the till's line shows it). */
export interface GiftCardQuote {
  kind: GiftCardKindName;
  serviceId: string | null;
  serviceName: string | null;
  faceValueCents: number;
  category: VoucherCategory;
  /** The VAT rate of the sale: the supplies' rate (single-purpose) or 0 (multi-purpose, outside VAT). */
  vatRateBp: number;
  label: string;
}

export interface IssueFromSale {
  quote: GiftCardQuote;
  pricePaidCents: number;
  saleId: string;
  saleLineId: string;
  /** Which card of the line (a line of quantity 3 issues three cards). */
  unit: number;
  buyerName?: string | null;
  recipientName?: string | null;
  message?: string | null;
  /** E-mailed to this address as soon as it is issued (a card sold at the till for someone else). */
  recipientEmail?: string | null;
  by: string | null;
  now: number;
}

/** A card paid by an online order: delivered by e-mail, at `deliverAt` (null: at once). */
export interface IssueFromOrder {
  order: GiftCardOrderEntity;
  recipientEmail: string;
  buyerEmail: string;
  deliverAt: Date | null;
  by: string | null;
  now: number;
}

export const MAX_FACE_VALUE_CENTS = 100_000;

/** Who a card sold at the till is for (kept on the ticket line until the card is issued). */
export interface GiftCardFor {
  recipientEmail: string | null;
  recipientName: string | null;
  buyerName: string | null;
  message: string | null;
}

/** Selling a card: its price, category and VAT (`quote`), then issuing it when the ticket completes. */
@Injectable()
export class GiftCardIssueService {
  constructor(
    private readonly repo: GiftCardRepository,
    private readonly codes: GiftCardCodes,
    private readonly shopSettings: GiftCardSettingsRepository,
  ) {}

  async quote(
    m: EntityManager,
    request: { serviceId?: string | null; faceValueCents?: number | null; field: string },
  ): Promise<GiftCardQuote> {
    const settings = await this.shopSettings.settings(m);
    if (request.serviceId) {
      const service = await this.repo.service(m, request.serviceId);
      if (service === null || !service.active) throw new NotFoundError('Prestation introuvable.');
      const { category, saleVatRateBp } = voucherCategory({
        kind: 'SERVICE',
        serviceVatRateBp: service.vatRateBp,
        redeemableRatesBp: [],
        forced: settings.forcedCategory,
      });
      return {
        kind: 'SERVICE',
        serviceId: service.id,
        serviceName: service.name,
        faceValueCents: service.priceCents,
        category,
        vatRateBp: saleVatRateBp,
        label: `Carte cadeau — ${service.name}`,
      };
    }
    const face = request.faceValueCents;
    if (
      face === null ||
      face === undefined ||
      !Number.isInteger(face) ||
      face < 100 ||
      face > MAX_FACE_VALUE_CENTS
    ) {
      throw new BadUserInputError(
        'Le montant d’une carte cadeau va de 1 € à 1 000 €, en centimes.',
        `${request.field}.unitPriceCents`,
      );
    }
    const { category, saleVatRateBp } = voucherCategory({
      kind: 'AMOUNT',
      serviceVatRateBp: null,
      redeemableRatesBp: await this.repo.redeemableRates(m),
      forced: settings.forcedCategory,
    });
    return {
      kind: 'AMOUNT',
      serviceId: null,
      serviceName: null,
      faceValueCents: face,
      category,
      vatRateBp: saleVatRateBp,
      label: 'Carte cadeau',
    };
  }

  /**
   * In the transaction that completes the ticket: an ACTIVE card with its ISSUE movement. Returns the
   * code (the only moment it exists in clear, for the ticket) — or null when this unit was issued
   * already (the completion ran twice).
   */
  async issueFromSale(
    uow: UnitOfWork,
    r: IssueFromSale,
  ): Promise<{ card: GiftCardEntity; code: string } | null> {
    const m = uow.manager;
    if (await this.repo.bySaleLineUnit(m, r.saleLineId, r.unit)) return null;
    if (r.pricePaidCents > r.quote.faceValueCents) {
      throw new ConflictError('Une carte cadeau ne se vend pas plus cher que sa valeur.');
    }
    const { card, code } = await this.insertIssued(uow, r.now, r.by, {
      kind: r.quote.kind,
      serviceId: r.quote.serviceId,
      serviceName: r.quote.serviceName,
      faceValueCents: r.quote.faceValueCents,
      pricePaidCents: r.pricePaidCents,
      status: 'ACTIVE',
      category: r.quote.category,
      vatRateBp: r.quote.vatRateBp,
      buyerName: r.buyerName ?? null,
      recipientName: r.recipientName ?? null,
      message: r.message ?? null,
      recipientEmail: r.recipientEmail ?? null,
      saleId: r.saleId,
      saleLineId: r.saleLineId,
      saleLineUnit: r.unit,
    });
    return { card, code };
  }

  /**
   * In the transaction that records an online order's payment: its ACTIVE card, ISSUE movement and
   * `GiftCardIssuedEvent` (the e-mail goes out from there). Null when the order has its card already
   * (`gift_card.order_id` is unique besides). The code is only sealed: nobody sees it here.
   */
  async issueFromOrder(uow: UnitOfWork, r: IssueFromOrder): Promise<GiftCardEntity | null> {
    if (await this.repo.byOrder(uow.manager, r.order.id)) return null;
    const { card } = await this.insertIssued(uow, r.now, r.by, {
      kind: r.order.kind,
      serviceId: r.order.serviceId,
      serviceName: r.order.serviceName,
      faceValueCents: r.order.faceValueCents,
      pricePaidCents: r.order.priceCents,
      category: r.order.category,
      vatRateBp: r.order.vatRateBp,
      buyerName: r.order.buyerName,
      recipientName: r.order.recipientName,
      message: r.order.message,
      recipientEmail: r.recipientEmail,
      buyerEmail: r.buyerEmail,
      deliverAt: r.deliverAt,
      orderId: r.order.id,
    });
    return card;
  }

  /** A new ACTIVE card with a fresh code (hashed, sealed), its ISSUE movement and event. */
  private async insertIssued(
    uow: UnitOfWork,
    now: number,
    by: string | null,
    fields: Partial<GiftCardEntity> & { faceValueCents: number },
  ): Promise<{ card: GiftCardEntity; code: string }> {
    const m = uow.manager;
    const settings = await this.shopSettings.settings(m);
    const code = this.codes.generate();
    const card = await this.repo.insertCard(m, {
      ...fields,
      codeHash: this.codes.hash(code),
      codeLast4: code.slice(-4),
      codeSealed: this.codes.seal(code),
      balanceCents: fields.faceValueCents,
      status: 'ACTIVE',
      expiresAt: new Date(expiryInstant(lastValidDate(now, settings.validityMonths))),
      issuedAt: new Date(now),
      createdBy: by,
    });
    await this.repo.insertMovement(m, {
      giftCardId: card.id,
      kind: 'ISSUE',
      amountCents: card.faceValueCents,
      balanceAfterCents: card.faceValueCents,
      saleId: fields.saleId ?? null,
      createdBy: by,
      occurredAt: new Date(now),
    });
    uow.emit(new GiftCardIssuedEvent(card.id));
    return { card, code };
  }

  /** Who a card sold at the till is for, trimmed (empty is absent); a bad address is refused naming `field`. */
  details(
    d:
      | {
          recipientEmail?: string | null;
          recipientName?: string | null;
          buyerName?: string | null;
          message?: string | null;
        }
      | null
      | undefined,
    field: string,
  ): GiftCardFor {
    const clean = (v: string | null | undefined) => v?.trim() || null;
    const recipientEmail = clean(d?.recipientEmail);
    if (recipientEmail !== null && !isEmailAddress(recipientEmail))
      throw new BadUserInputError('Adresse e-mail invalide.', `${field}.recipientEmail`);
    return {
      recipientEmail,
      recipientName: clean(d?.recipientName),
      buyerName: clean(d?.buyerName),
      message: clean(d?.message),
    };
  }

  /** Seals a code for the ticket's line (AES-GCM under the server secret): the till prints it from there. */
  seal(code: string): string {
    return this.codes.seal(code);
  }
}
