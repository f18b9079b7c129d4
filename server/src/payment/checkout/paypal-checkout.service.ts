import { Injectable, Logger } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { PaymentLedgerService } from '../ledger.service.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import type { PaymentEntity } from '../payment.entities.js';
import { PaymentRepository } from '../payment.repository.js';
import {
  ownerColumns,
  type ConfirmRequest,
  type DepositRequest,
  type OnlineCheckout,
  type PaymentProvider,
} from '../providers/payment-provider.js';
import { PayPalApiError, PayPalGateway, type PayPalCredentials } from '../providers/paypal.gateway.js';
import { PayPalOrderSyncService } from './paypal-order-sync.service.js';

/** The orders PayPal still lets the buyer approve (or that await our capture). */
const PAYPAL_OPEN_ORDER = new Set(['CREATED', 'SAVED', 'APPROVED', 'PAYER_ACTION_REQUIRED']);
const NOT_OFFERED = 'Le paiement par PayPal n’est pas proposé par l’institut.';
const NOT_THIS_BOOKING = 'Cette commande PayPal ne correspond pas à ce rendez-vous.';

/**
 * PayPal (Orders v2): an order per deposit, approved in PayPal's window, captured here. Following an order
 * (on confirmation, a status check or a webhook) is `PayPalOrderSyncService`'s.
 */
@Injectable()
export class PayPalCheckoutService implements PaymentProvider {
  readonly name = 'PAYPAL' as const;
  readonly online = { method: 'PAYPAL', priority: 1 } as const;
  private readonly logger = new Logger(PayPalCheckoutService.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly paypal: PayPalGateway,
    private readonly ledger: PaymentLedgerService,
    private readonly orders: PayPalOrderSyncService,
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async isAvailable(): Promise<boolean> {
    return (await this.settings.secrets()).paypal !== null;
  }

  private async credentials(): Promise<PayPalCredentials> {
    const paypal = (await this.settings.secrets()).paypal;
    if (paypal === null) throw new ConflictError(NOT_OFFERED);
    return paypal;
  }

  /**
   * A PayPal order for the deposit: our payment row first (its id is the order's custom_id and, as
   * `payment:<id>`, the PayPal-Request-Id, so a retry after a crash gets the same order back), then
   * the order. An open order for the same booking and amount is handed out again.
   */
  async createDeposit(input: DepositRequest): Promise<OnlineCheckout> {
    const paypal = await this.credentials();
    const existing = await this.repo.pendingDeposit(input.owner, 'PAYPAL', input.amountCents);
    if (existing?.providerReference) {
      const reference = existing.providerReference;
      const order = await this.call(() =>
        this.paypal.getOrder(paypal, reference).catch((error: unknown) => {
          // PayPal forgets orders nobody approved after a few hours: that one is over.
          if (error instanceof PayPalApiError && error.status === 404) return null;
          throw error;
        }),
      );
      if (order === null) {
        await this.tx.run((uow) =>
          this.ledger.converge(
            uow,
            'PAYPAL',
            reference,
            'CANCELLED',
            'NOT_FOUND',
            'Commande PayPal expirée.',
          ),
        );
      } else if (PAYPAL_OPEN_ORDER.has(order.status) && order.capture === null) {
        return this.checkout(existing, order.id, paypal);
      } else {
        // Captured meanwhile (a webhook not yet received) or voided: let the ledger catch up first.
        const updated = await this.tx.run((uow) => this.orders.applyOrder(uow, existing, order));
        if (updated.status === 'SUCCEEDED')
          throw new ConflictError(
            'bookingId' in input.owner
              ? 'L’acompte de ce rendez-vous est déjà réglé.'
              : 'Cette commande de carte cadeau est déjà réglée.',
          );
        if (updated.status === 'PENDING') {
          throw new ConflictError(
            'Votre paiement PayPal est en cours de traitement : le rendez-vous sera confirmé dès qu’il aboutit.',
          );
        }
      }
    }
    const payment =
      existing !== null && existing.providerReference === null
        ? existing
        : await this.ledger.openDeposit({
            ...ownerColumns(input.owner),
            amountCents: input.amountCents,
            method: 'PAYPAL',
            provider: 'PAYPAL',
            createdBy: null,
          });
    const order = await this.call(() =>
      this.paypal.createOrder(
        paypal,
        {
          amountCents: input.amountCents,
          currency: payment.currency,
          description: input.description,
          customId: payment.id,
        },
        `payment:${payment.id}`,
      ),
    );
    await this.ledger.setReference(payment.id, order.id, order.status);
    return this.checkout({ ...payment, providerReference: order.id }, order.id, paypal);
  }

  private checkout(payment: PaymentEntity, orderId: string, paypal: PayPalCredentials): OnlineCheckout {
    return {
      payment,
      provider: 'PAYPAL',
      stripeClientSecret: null,
      stripePublishableKey: null,
      paypalOrderId: orderId,
      paypalClientId: paypal.clientId,
    };
  }

  /**
   * The buyer approved a deposit's PayPal order (`reference`, for the booking `bookingId`): capture it
   * here (never in the browser) and move the ledger. Safe to call any number of times, and at the
   * same time as the webhook: the capture's PayPal-Request-Id is `capture:<payment id>`, so PayPal
   * captures once and replays the answer.
   */
  async confirm({ bookingId, giftCardOrderId, reference }: ConfirmRequest): Promise<PaymentEntity> {
    const paypal = await this.credentials();
    const orderId = reference ?? '';
    const payment = await this.repo.byReference('PAYPAL', orderId);
    const ours =
      payment !== null &&
      (giftCardOrderId !== undefined
        ? payment.giftCardOrderId === giftCardOrderId && payment.kind === 'GIFT_CARD_PURCHASE'
        : payment.bookingId === bookingId && payment.kind === 'DEPOSIT');
    if (!ours) {
      throw new BadUserInputError(NOT_THIS_BOOKING, [{ field: 'input.orderId', message: NOT_THIS_BOOKING }]);
    }
    const outcome = await this.call(() =>
      this.tx.run((uow) => this.orders.refreshOrder(uow, orderId, { capture: true, credentials: paypal })),
    );
    if (outcome === null) {
      throw new BadUserInputError(NOT_THIS_BOOKING, [{ field: 'input.orderId', message: NOT_THIS_BOOKING }]);
    }
    if (outcome.declined) {
      throw new ConflictError(
        'PayPal a refusé ce moyen de paiement : choisissez-en un autre dans la fenêtre PayPal.',
        { reason: 'INSTRUMENT_DECLINED' },
      );
    }
    if (outcome.alreadyPaid) throw new ConflictError('L’acompte de ce rendez-vous est déjà réglé.');
    return outcome.payment;
  }

  async fetchStatus(uow: UnitOfWork, orderId: string): Promise<PaymentEntity | null> {
    return (await this.orders.refreshOrder(uow, orderId, { capture: false }))?.payment ?? null;
  }

  /** A refund of the order's capture, read from the order: PayPal is the reference, nothing to keep in sync. */
  async refund(payment: PaymentEntity, amountCents: number, refundId: string): Promise<string | null> {
    const { paypal } = await this.settings.secrets();
    if (!paypal || !payment.providerReference) throw new Error('PayPal n’est plus configuré.');
    const order = await this.paypal.getOrder(paypal, payment.providerReference);
    if (order.capture === null) throw new Error('aucun encaissement PayPal pour cette commande');
    const refund = await this.paypal.refundCapture(
      paypal,
      { captureId: order.capture.id, amountCents, currency: payment.currency },
      `refund:${refundId}`,
    );
    return refund.id;
  }

  /** PayPal's refusals and outages, as a French message for the browser (details in the log). */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (
        error instanceof PayPalApiError ||
        (error instanceof Error && error.message.startsWith('PayPal '))
      ) {
        this.logger.warn({ err: error.message }, 'PayPal call failed');
        throw new ConflictError(
          'PayPal ne répond pas comme prévu : réessayez dans un instant ou choisissez un autre moyen de paiement.',
        );
      }
      throw error;
    }
  }
}
