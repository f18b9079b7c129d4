export { SimulatedCheckout } from './SimulatedCheckout';
export type { CheckoutCallbacks, OnlineCheckoutView, ProviderCheckoutProps } from './checkout-props';
export { PayPalCheckout, type PayPalCheckoutProps, type PayPalOrderSource } from './PayPalCheckout';
