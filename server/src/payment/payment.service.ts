import { Injectable } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import type { PaymentSettingsType } from './dto/payment.types.js';
import { PaymentLedgerService, type ManualPayment } from './ledger.service.js';
import { PaymentSettingsService, type PaymentSettingsChanges } from './payment-settings.service.js';
import type { PaymentEntity } from './payment.entities.js';
import type { PaymentListFilter } from './payment.repository.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import type { OnlineCheckout, OnlineMethod, PaymentProvider } from './providers/payment-provider.js';
import { PaymentProviderRegistry } from './providers/payment-provider.registry.js';
import { RefundService, type RefundRequest } from './refund.service.js';

export { PaymentNotRefundableError, type RefundRequest } from './refund.service.js';
export type { OnlineCheckout, OnlineMethod } from './providers/payment-provider.js';

/** What the institute has not set up, per online method. */
const NOT_OFFERED: Record<OnlineMethod, string> = {
  CARD_ONLINE: 'Le paiement en ligne n’est pas encore configuré par l’institut.',
  PAYPAL: 'Le paiement par PayPal n’est pas proposé par l’institut.',
};

/**
 * What other modules (booking) and the resolvers ask of payments: one entry point over the ledger,
 * refunds and the providers, which it reaches through the registry only.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly ledger: PaymentLedgerService,
    private readonly refunds: RefundService,
    private readonly providers: PaymentProviderRegistry,
    private readonly settings: PaymentSettingsService,
  ) {}

  /** The settings as the CRM shows them (secrets as hints) and the provider taking cards online. */
  async settingsView(): Promise<PaymentSettingsType> {
    return {
      ...(await this.settings.view()),
      onlineProvider: await this.onlineProvider(),
    } as PaymentSettingsType;
  }

  async updateSettings(changes: PaymentSettingsChanges): Promise<PaymentSettingsType> {
    await this.settings.update(changes);
    return this.settingsView();
  }

  /** Which provider takes cards online now: Stripe when configured, else the simulated one outside production. */
  async onlineProvider(): Promise<PaymentProvider['name'] | null> {
    return (await this.providers.forOnlineMethod('CARD_ONLINE'))?.name ?? null;
  }

  /** What a client may pay a deposit with online now: cards (Stripe, or simulated), PayPal. */
  onlineMethods(): Promise<OnlineMethod[]> {
    return this.providers.onlineMethods();
  }

  /**
   * Opens (or resumes) the online payment of a deposit. A payment still pending for the same
   * booking, amount and provider is reused, so retrying never creates a second charge.
   */
  async startOnlineDeposit(input: {
    bookingId: string;
    amountCents: number;
    description: string;
    method?: OnlineMethod;
  }): Promise<OnlineCheckout> {
    const method = input.method ?? 'CARD_ONLINE';
    const provider = await this.providers.forOnlineMethod(method);
    if (provider === null) throw new ConflictError(NOT_OFFERED[method]);
    return provider.createDeposit({
      owner: { bookingId: input.bookingId },
      amountCents: input.amountCents,
      description: input.description,
    });
  }

  /**
   * Opens (or resumes) the online payment of a gift-card order, through the same providers as
   * deposits; its success reaches the gift-card module as the `GIFT_CARD_ORDER_PAID_JOB` outbox job.
   */
  async startOnlineGiftCardPayment(input: {
    giftCardOrderId: string;
    amountCents: number;
    description: string;
    method: OnlineMethod;
  }): Promise<OnlineCheckout> {
    const provider = await this.providers.forOnlineMethod(input.method);
    if (provider === null) throw new ConflictError(NOT_OFFERED[input.method]);
    return provider.createDeposit({
      owner: { giftCardOrderId: input.giftCardOrderId },
      amountCents: input.amountCents,
      description: input.description,
    });
  }

  /** The buyer approved a gift-card order's PayPal order: captured by the server. */
  capturePayPalGiftCardOrder(giftCardOrderId: string, orderId: string): Promise<PaymentEntity> {
    return this.confirm('PAYPAL', { giftCardOrderId, reference: orderId });
  }

  /** A bank transfer (or cash) recorded in the caller's transaction. */
  recordManualIn(uow: UnitOfWork, input: ManualPayment): Promise<PaymentEntity> {
    return this.ledger.recordManualIn(uow, input);
  }

  /** A gift card's part of a deposit, in the caller's transaction (the card debited in it too). */
  recordGiftCardDepositIn(
    uow: UnitOfWork,
    input: { bookingId: string; amountCents: number; settled: boolean },
  ): Promise<PaymentEntity> {
    return this.ledger.recordGiftCardIn(uow, input);
  }

  /** A released gift-card part taken again once the rest succeeded, in the caller's transaction. */
  recordRetakenGiftCardDepositIn(
    uow: UnitOfWork,
    input: { bookingId: string; amountCents: number },
  ): Promise<PaymentEntity> {
    return this.ledger.recordRetakenGiftCardIn(uow, input);
  }

  /** Gives the pending gift-card parts of a booking's deposit back to their cards (hold expired, cancelled). */
  releaseGiftCardDepositParts(uow: UnitOfWork, bookingId: string, reason: string): Promise<number> {
    return this.ledger.releaseGiftCardParts(uow, bookingId, reason);
  }

  /** The buyer approved a deposit's PayPal order: captured by the server, never in the browser. */
  capturePayPalDeposit(bookingId: string, orderId: string): Promise<PaymentEntity> {
    return this.confirm('PAYPAL', { bookingId, reference: orderId });
  }

  /** The simulated provider's outcome (demo only): the same path as a real provider's report. */
  settleSimulated(paymentId: string, outcome: 'SUCCEEDED' | 'FAILED'): Promise<PaymentEntity> {
    return this.confirm('SIMULATED', { paymentId, approved: outcome === 'SUCCEEDED' });
  }

  private confirm(
    name: PaymentProvider['name'],
    request: Parameters<NonNullable<PaymentProvider['confirm']>>[0],
  ): Promise<PaymentEntity> {
    const provider = this.providers.get(name);
    if (provider.confirm === undefined) throw new Error(`${name} has no confirmation step`);
    return provider.confirm(request);
  }

  refund(request: RefundRequest): Promise<PaymentEntity> {
    return this.refunds.refund(request);
  }

  /** The collected payment of a gift-card order that can still be refunded, if any. */
  refundableGiftCardPurchase(giftCardOrderId: string): Promise<PaymentEntity | null> {
    return this.ledger.refundableGiftCardPurchase(giftCardOrderId);
  }

  recordManual(input: Parameters<PaymentLedgerService['recordManual']>[0]): Promise<PaymentEntity> {
    return this.ledger.recordManual(input);
  }

  succeededDeposits(bookingId: string): Promise<PaymentEntity[]> {
    return this.ledger.succeededDeposits(bookingId);
  }

  get(id: string): Promise<PaymentEntity | null> {
    return this.ledger.get(id);
  }

  forBookings(bookingIds: string[]): Promise<PaymentEntity[]> {
    return this.ledger.forBookings(bookingIds);
  }

  list(filter: PaymentListFilter): Promise<[PaymentEntity[], number]> {
    return this.ledger.list(filter);
  }
}
