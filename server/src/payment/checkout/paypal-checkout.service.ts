import { Injectable, Logger } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { TransactionRunner, type UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { paypalLedgerStatus, paypalNeedsCapture, paypalOrderMismatch } from '../domain/paypal.js';
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
import {
  PayPalApiError,
  PayPalGateway,
  type PayPalCredentials,
  type PayPalOrder,
} from '../providers/paypal.gateway.js';

/** The orders PayPal still lets the buyer approve (or that await our capture). */
const PAYPAL_OPEN_ORDER = new Set(['CREATED', 'SAVED', 'APPROVED', 'PAYER_ACTION_REQUIRED']);
const NOT_OFFERED = 'Le paiement par PayPal n’est pas proposé par l’institut.';
const NOT_THIS_BOOKING = 'Cette commande PayPal ne correspond pas à ce rendez-vous.';

export interface PayPalRefresh {
  payment: PaymentEntity;
  declined: boolean;
  alreadyPaid: boolean;
}

/** PayPal (Orders v2): an order per deposit, approved in PayPal's window, captured here. */
@Injectable()
export class PayPalCheckoutService implements PaymentProvider {
  readonly name = 'PAYPAL' as const;
  readonly online = { method: 'PAYPAL', priority: 1 } as const;
  private readonly logger = new Logger(PayPalCheckoutService.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly paypal: PayPalGateway,
    private readonly ledger: PaymentLedgerService,
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
        const updated = await this.tx.run((uow) => this.applyOrder(uow, existing, order));
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
      this.tx.run((uow) => this.refreshOrder(uow, orderId, { capture: true, credentials: paypal })),
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
    return (await this.refreshOrder(uow, orderId, { capture: false }))?.payment ?? null;
  }

  /**
   * Applies what PayPal says about one of our orders, fetched from its API (a webhook is only a reason
   * to look). With `capture`, an order the buyer approved is captured first — unless the booking's
   * deposit was paid another way meanwhile. Null when the order is not one of ours.
   */
  async refreshOrder(
    uow: UnitOfWork,
    orderId: string,
    options: { capture: boolean; credentials?: PayPalCredentials },
  ): Promise<PayPalRefresh | null> {
    const paypal = options.credentials ?? (await this.settings.secrets()).paypal;
    if (paypal === null) return null;
    const payment = await this.repo.byReference('PAYPAL', orderId, uow.manager);
    if (payment === null) return null;
    let order = await this.paypal.getOrder(paypal, orderId);
    const mismatch = paypalOrderMismatch(order, payment);
    if (mismatch !== null) {
      this.logger.warn(
        { paymentId: payment.id, orderId, mismatch },
        'PayPal order does not match its payment',
      );
      return null;
    }
    let declined = false;
    let alreadyPaid = false;
    if (options.capture && paypalNeedsCapture(order.status, order.capture?.status ?? null)) {
      alreadyPaid =
        payment.bookingId !== null &&
        (await this.repo.otherDepositPaid(uow.manager, payment.bookingId, payment.id));
      if (!alreadyPaid) {
        try {
          order = await this.paypal.captureOrder(paypal, orderId, `capture:${payment.id}`);
        } catch (error) {
          if (!(error instanceof PayPalApiError)) throw error;
          if (error.issue === 'INSTRUMENT_DECLINED') declined = true;
          else if (error.issue === 'ORDER_ALREADY_CAPTURED')
            order = await this.paypal.getOrder(paypal, orderId);
          else throw error;
        }
      }
    }
    const updated = await this.applyOrder(uow, payment, order);
    return { payment: updated, declined, alreadyPaid };
  }

  /** The ledger follows an order: its status through `converge`, its refunds by total. */
  private async applyOrder(uow: UnitOfWork, payment: PaymentEntity, order: PayPalOrder) {
    const captureStatus = order.capture?.status ?? null;
    const reported = paypalLedgerStatus(order.status, captureStatus);
    await this.ledger.converge(
      uow,
      'PAYPAL',
      order.id,
      reported,
      captureStatus === null ? order.status : `${order.status}/${captureStatus}`,
      reported === 'FAILED' ? `Paiement PayPal refusé (${captureStatus ?? order.status}).` : null,
    );
    if (order.refundedCents > 0)
      await this.ledger.applyProviderRefundTotal(uow, 'PAYPAL', order.id, order.refundedCents);
    return this.repo.getOrFail(uow.manager, payment.id);
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

  /**
   * A verified webhook event about `resourceId` (an order, a capture or a refund), applied once: its id
   * is recorded in the transaction of its effect, and the order is re-read from PayPal.
   */
  applyEvent(
    paypal: PayPalCredentials,
    event: { id: string; type: string },
    kind: 'order' | 'capture' | 'refund',
    resourceId: string,
  ): Promise<'duplicate' | 'unknown' | 'applied'> {
    return this.tx.run(async (uow) => {
      if (!(await this.repo.recordProviderEvent(uow.manager, 'PAYPAL', event.id, event.type))) {
        return 'duplicate' as const;
      }
      let orderId: string | null = resourceId;
      if (kind === 'refund') {
        const captureId = await this.paypal.captureIdOfRefund(paypal, resourceId);
        orderId = captureId === null ? null : await this.paypal.orderIdOfCapture(paypal, captureId);
      } else if (kind === 'capture') {
        orderId = await this.paypal.orderIdOfCapture(paypal, resourceId);
      }
      if (orderId === null) return 'unknown' as const;
      const result = await this.refreshOrder(uow, orderId, {
        capture: kind === 'order',
        credentials: paypal,
      });
      return result === null ? ('unknown' as const) : ('applied' as const);
    });
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
