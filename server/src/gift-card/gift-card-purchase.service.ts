import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { normalizeEmail, normalizePhone } from '../clients/index.js';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { serverKey } from '../common/secrets.js';
import { isIsoDate } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { PaymentService, toPaymentType, type OnlineMethod, type PaymentType } from '../payment/index.js';
import {
  deliveryDayRefusal,
  freeAmountRefusal,
  orderExpiry,
  orderReference,
  orderToken,
  orderTokenMatches,
  ORDER_REFERENCE_RANDOM_LENGTH,
} from './domain/gift-card-order.js';
import type { PurchaseGiftCardInput } from './dto/gift-card-order.inputs.js';
import { toGiftCardOrder } from './dto/gift-card-order.mapper.js';
import type {
  GiftCardOrderType,
  GiftCardPurchaseType,
  GiftCardShopType,
} from './dto/gift-card-order.types.js';
import type { GiftCardOrderEntity, GiftCardOrderMethod } from './gift-card-order.entity.js';
import { GiftCardOrderRepository } from './gift-card-order.repository.js';
import { GiftCardIssueService } from './gift-card-issue.service.js';
import { GiftCardSettingsRepository } from './gift-card-settings.repository.js';

const NOT_FOUND = 'Cette commande est introuvable.';

/**
 * Buying a card online (public page, or staff taking a phone order): the order, then its payment —
 * through the payment module's providers, or a bank transfer that staff mark received. The card is
 * issued when the payment succeeds (`GiftCardOrderPaymentService`).
 */
@Injectable()
export class GiftCardPurchaseService {
  private readonly tokenKey: Buffer;

  constructor(
    private readonly orders: GiftCardOrderRepository,
    private readonly shopSettings: GiftCardSettingsRepository,
    private readonly issue: GiftCardIssueService,
    private readonly payments: PaymentService,
    private readonly tx: TransactionRunner,
    @Inject(CONFIG) config: Config,
  ) {
    this.tokenKey = serverKey(config.jwtSecret, 'gift-card-order-token');
  }

  /** What the public page offers: preset amounts, the free amount's bounds, the payment methods now. */
  async shop(): Promise<GiftCardShopType> {
    const settings = await this.shopSettings.settings();
    return {
      presetAmountsCents: settings.presetAmountsCents,
      minFreeAmountCents: settings.minFreeAmountCents,
      maxFreeAmountCents: settings.maxFreeAmountCents,
      methods: await this.methods(settings.transferIban !== null && settings.transferHolder !== null),
      transferOrderHours: settings.transferOrderHours,
      onlineSaleEnabled: settings.onlineSaleEnabled,
    };
  }

  async purchase(
    input: PurchaseGiftCardInput,
    by: string | null,
    now = Date.now(),
  ): Promise<GiftCardPurchaseType> {
    const settings = await this.shopSettings.settings();
    if (!settings.onlineSaleEnabled) {
      throw new BadUserInputError(
        'L’institut ne vend pas de cartes cadeaux en ligne pour le moment.',
        'input',
      );
    }
    const request = this.checked(input, now);
    if (request.serviceId === null) {
      const refusal = freeAmountRefusal(request.amountCents, settings);
      if (refusal !== null) throw new BadUserInputError(refusal, 'input.amountCents');
    }
    const transferOffered = settings.transferIban !== null && settings.transferHolder !== null;
    if (!(await this.methods(transferOffered)).includes(input.method)) {
      throw new BadUserInputError('Ce moyen de paiement n’est pas proposé par l’institut.', 'input.method');
    }
    const insert = () =>
      this.tx.run(async (uow) => {
        const quote = await this.issue.quote(uow.manager, {
          serviceId: request.serviceId,
          faceValueCents: request.amountCents,
          field: 'input',
        });
        return this.orders.insert(uow.manager, {
          reference: orderReference(randomBytes(ORDER_REFERENCE_RANDOM_LENGTH)),
          kind: quote.kind,
          serviceId: quote.serviceId,
          serviceName: quote.serviceName,
          faceValueCents: quote.faceValueCents,
          priceCents: quote.faceValueCents,
          category: quote.category,
          vatRateBp: quote.vatRateBp,
          buyerName: input.buyerName.trim(),
          buyerEmail: request.buyerEmail,
          buyerPhone: request.buyerPhone,
          recipientName: input.recipientName.trim(),
          recipientEmail: request.recipientEmail,
          sendToBuyer: request.sendToBuyer,
          message: input.message?.trim() || null,
          deliverOn: input.deliverOn ?? null,
          method: input.method,
          status: 'PENDING_PAYMENT',
          expiresAt: new Date(orderExpiry(input.method, settings, now)),
          createdBy: by,
          idempotencyKey: input.idempotencyKey ?? null,
        });
      });
    const order = await this.once(input.idempotencyKey ?? null, insert);
    const token = orderToken(this.tokenKey, order.id);
    const view = toGiftCardOrder(order, settings);
    // The order's own method: a repeated key answers with the order it first created.
    if (order.method === 'BANK_TRANSFER') {
      return { order: view, token, paymentId: null, provider: null, ...NO_CHECKOUT };
    }
    const checkout = await this.payments.startOnlineGiftCardPayment({
      giftCardOrderId: order.id,
      amountCents: order.priceCents,
      description: `Carte cadeau — commande ${order.reference}`,
      method: order.method,
    });
    return {
      order: view,
      token,
      paymentId: checkout.payment.id,
      provider: checkout.provider,
      stripeClientSecret: checkout.stripeClientSecret,
      stripePublishableKey: checkout.stripePublishableKey,
      paypalOrderId: checkout.paypalOrderId,
      paypalClientId: checkout.paypalClientId,
    };
  }

  /**
   * The order a submission key already created (a double click, a retry), or a new one. Two requests
   * with the same key at once: the unique key lets one insert, the other reads that order.
   */
  private async once(
    key: string | null,
    insert: () => Promise<GiftCardOrderEntity>,
  ): Promise<GiftCardOrderEntity> {
    if (key === null) return insert();
    const existing = await this.orders.byIdempotencyKey(key);
    if (existing !== null) return existing;
    try {
      return await insert();
    } catch (error) {
      if (violatedConstraint(error, 'unique') !== 'uq_gift_card_order_idempotency_key') throw error;
      const first = await this.orders.byIdempotencyKey(key);
      if (first === null) throw error;
      return first;
    }
  }

  /** The buyer's confirmation page: the order behind a signed id (any other answer: not found). */
  async view(orderId: string, token: string): Promise<GiftCardOrderType> {
    const order = orderTokenMatches(this.tokenKey, orderId, token) ? await this.orders.byId(orderId) : null;
    if (order === null) throw new NotFoundError(NOT_FOUND);
    return toGiftCardOrder(order, await this.shopSettings.settings());
  }

  /** Captures the PayPal order the buyer approved (server side; a repeat never charges twice). */
  async capturePayPal(orderId: string, token: string, paypalOrderId: string): Promise<PaymentType> {
    if (!orderTokenMatches(this.tokenKey, orderId, token)) throw new NotFoundError(NOT_FOUND);
    const order = await this.orders.byId(orderId);
    if (order === null) throw new NotFoundError(NOT_FOUND);
    if (order.status === 'PAID') throw new ConflictError('Cette commande de carte cadeau est déjà réglée.');
    return toPaymentType(await this.payments.capturePayPalGiftCardOrder(orderId, paypalOrderId));
  }

  private async methods(transferOffered: boolean): Promise<GiftCardOrderMethod[]> {
    const online: OnlineMethod[] = await this.payments.onlineMethods();
    return [...online, ...(transferOffered ? (['BANK_TRANSFER'] as const) : [])];
  }

  /** The input's cross-field rules, each refusal naming its field. */
  private checked(input: PurchaseGiftCardInput, now: number) {
    const serviceId = input.serviceId ?? null;
    const amountCents = input.amountCents ?? null;
    if ((serviceId === null) === (amountCents === null)) {
      throw new BadUserInputError('Choisissez un montant ou une prestation.', 'input.amountCents');
    }
    if (input.deliverOn) {
      const refusal = isIsoDate(input.deliverOn)
        ? deliveryDayRefusal(input.deliverOn, now)
        : 'Date d’envoi invalide (AAAA-MM-JJ).';
      if (refusal !== null) throw new BadUserInputError(refusal, 'input.deliverOn');
    }
    const sendToBuyer = input.sendToBuyer === true;
    const recipientEmail = input.recipientEmail ? normalizeEmail(input.recipientEmail) : null;
    if (!sendToBuyer && recipientEmail === null) {
      throw new BadUserInputError(
        'Indiquez l’adresse e-mail du bénéficiaire, ou choisissez « M’envoyer la carte ».',
        'input.recipientEmail',
      );
    }
    let buyerPhone: string | null = null;
    if (input.buyerPhone?.trim()) {
      buyerPhone = normalizePhone(input.buyerPhone);
      if (buyerPhone === null)
        throw new BadUserInputError('Numéro de téléphone invalide.', 'input.buyerPhone');
    }
    return {
      serviceId,
      amountCents: amountCents ?? 0,
      sendToBuyer,
      recipientEmail: sendToBuyer ? null : recipientEmail,
      buyerEmail: normalizeEmail(input.buyerEmail),
      buyerPhone,
    };
  }
}

const NO_CHECKOUT = {
  stripeClientSecret: null,
  stripePublishableKey: null,
  paypalOrderId: null,
  paypalClientId: null,
} as const;
