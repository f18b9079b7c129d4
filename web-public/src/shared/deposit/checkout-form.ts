import type { CheckoutCallbacks } from '../checkout';
import type { DepositCheckout } from './deposit-phase';

/** What every provider's payment form receives for a deposit: the opened checkout and two ways out. */
export interface CheckoutFormProps extends CheckoutCallbacks {
  checkout: DepositCheckout;
  /** The manage token: providers that redirect (3-D Secure, wallets) come back to the manage page. */
  token: string;
}
