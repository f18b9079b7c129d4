import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner, type UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { paypalLedgerStatus, paypalNeedsCapture, paypalOrderMismatch } from '../domain/paypal.js';
import { PaymentLedgerService } from '../ledger.service.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import type { PaymentEntity } from '../payment.entities.js';
import { PaymentRepository } from '../payment.repository.js';
import {
  PayPalApiError,
  PayPalGateway,
  type PayPalCredentials,
  type PayPalOrder,
} from '../providers/paypal.gateway.js';

export interface PayPalRefresh {
  payment: PaymentEntity;
  declined: boolean;
  alreadyPaid: boolean;
}

/**
 * The ledger follows PayPal's orders: re-read from PayPal's API (captured first when asked), on the buyer's
 * confirmation, a status check or a verified webhook event.
 */
@Injectable()
export class PayPalOrderSyncService {
  private readonly logger = new Logger(PayPalOrderSyncService.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly paypal: PayPalGateway,
    private readonly ledger: PaymentLedgerService,
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
  ) {}

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
  async applyOrder(uow: UnitOfWork, payment: PaymentEntity, order: PayPalOrder) {
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
}
