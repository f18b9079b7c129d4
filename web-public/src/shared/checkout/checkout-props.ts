import type { PaymentProvider } from '../../gql/graphql';

/** An online payment the server opened (a deposit, a gift-card order): what the provider's form needs. */
export interface OnlineCheckoutView {
  paymentId: string;
  provider: PaymentProvider;
  amountCents: number;
  stripeClientSecret?: string | null;
  stripePublishableKey?: string | null;
}

/** How a provider's form reports back, whatever the payment is for. */
export interface CheckoutCallbacks {
  /** The provider accepted the payment (what it pays for is confirmed on the server). */
  onPaid: () => void;
  /** Refused or abandoned: the reason, in French. */
  onRefused: (reason: string) => void;
  /** A payment is being submitted (true) or has its answer (false). */
  onSubmitting: (submitting: boolean) => void;
}

export interface ProviderCheckoutProps extends CheckoutCallbacks {
  checkout: OnlineCheckoutView;
  /** Where a provider that leaves the site (3-D Secure by redirect, wallets) comes back to. */
  returnPath: string;
}
