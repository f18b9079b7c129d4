import type { UnitOfWork } from '../../common/transaction/unit-of-work.js';
import type { PaymentEntity, PaymentProviderName } from '../payment.entities.js';

/** What a client may pay a deposit with online. */
export type OnlineMethod = 'CARD_ONLINE' | 'PAYPAL';
export const ONLINE_METHODS: readonly OnlineMethod[] = ['CARD_ONLINE', 'PAYPAL'];

/** What an online payment pays for: a booking's deposit or an online gift-card order. */
export type PaymentOwner = { bookingId: string } | { giftCardOrderId: string };

/** An online payment to open: its owner, its amount and the line the payer sees at the provider. */
export interface DepositRequest {
  owner: PaymentOwner;
  amountCents: number;
  description: string;
}

/** The ledger columns and the payment kind an owner stands for. */
export function ownerColumns(owner: PaymentOwner): {
  bookingId: string | null;
  giftCardOrderId: string | null;
  kind: 'DEPOSIT' | 'GIFT_CARD_PURCHASE';
} {
  return 'bookingId' in owner
    ? { bookingId: owner.bookingId, giftCardOrderId: null, kind: 'DEPOSIT' }
    : { bookingId: null, giftCardOrderId: owner.giftCardOrderId, kind: 'GIFT_CARD_PURCHASE' };
}

/** What the browser needs to pay a deposit online. */
export interface OnlineCheckout {
  payment: PaymentEntity;
  provider: PaymentProviderName;
  /** Stripe: what the Payment Element needs. */
  stripeClientSecret: string | null;
  stripePublishableKey: string | null;
  /** PayPal: the order the buttons approve, and the public client id that loads them. */
  paypalOrderId: string | null;
  paypalClientId: string | null;
}

export const NO_CHECKOUT_DETAILS = {
  stripeClientSecret: null,
  stripePublishableKey: null,
  paypalOrderId: null,
  paypalClientId: null,
} as const;

/** A payer's go-ahead, as the provider's flow hands it to us (PayPal: an approved order; demo: an outcome). */
export interface ConfirmRequest {
  paymentId?: string;
  bookingId?: string;
  giftCardOrderId?: string;
  reference?: string;
  approved?: boolean;
}

/**
 * One way of taking money (a tender): Stripe, PayPal, SumUp, the simulated provider, the desk… Each is
 * a Nest provider listed once in `PAYMENT_PROVIDER_CLASSES` (payment.module.ts); the ledger, refunds
 * and online checkout find it through `PaymentProviderRegistry` by its `name` — never by a `switch`.
 * Whatever a provider reports moves the ledger through `PaymentLedgerService.converge`.
 *
 * A new tender (gift card, loyalty reward, cheque, another terminal) is a new class implementing this
 * interface, plus its name in `PAYMENT_PROVIDERS` (payment.entities.ts).
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  /** Set for providers that take deposits online: the method served, and the order among its providers. */
  readonly online?: { method: OnlineMethod; priority: number };
  /** Whether it can take a payment now (keys saved, or demo mode allowed). */
  isAvailable(): Promise<boolean>;
  /** Create: opens (or resumes) the online payment of a deposit or a gift-card order. */
  createDeposit?(request: DepositRequest): Promise<OnlineCheckout>;
  /** Confirm: the payer approved; complete the payment at the provider and move the ledger. */
  confirm?(request: ConfirmRequest): Promise<PaymentEntity>;
  /** Fetch status: re-read what the provider says about a reference and converge the ledger. */
  fetchStatus?(uow: UnitOfWork, reference: string): Promise<PaymentEntity | null>;
  /**
   * Refund: gives `amountCents` of a collected payment back, idempotently under `refund:<refundId>`.
   * Returns the provider's reference of the refund (null when there is none, e.g. cash). Throws to refuse.
   */
  refund(payment: PaymentEntity, amountCents: number, refundId: string): Promise<string | null>;
}

/** Injection token of the list of every `PaymentProvider`. */
export const PAYMENT_PROVIDER_LIST = Symbol('PAYMENT_PROVIDER_LIST');
