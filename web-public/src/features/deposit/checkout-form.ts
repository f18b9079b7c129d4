import type { DepositCheckout } from './deposit-phase';

/** What every provider's payment form receives: the opened checkout and two ways out. */
export interface CheckoutFormProps {
  checkout: DepositCheckout;
  /** The manage token: providers that redirect (3-D Secure, wallets) come back to the manage page. */
  token: string;
  /** The provider accepted the payment (the booking's confirmation follows on the server). */
  onPaid: () => void;
  /** Refused or abandoned: the reason, in French, for the client. */
  onRefused: (reason: string) => void;
  /**
   * A payment is being submitted (true) or has its answer (false): meanwhile the hold's end does not
   * interrupt it — a payment that goes through late is the server's to settle.
   */
  onSubmitting: (submitting: boolean) => void;
}
