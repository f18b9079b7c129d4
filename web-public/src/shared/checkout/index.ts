export { SimulatedCheckout } from './SimulatedCheckout';
export type { CheckoutCallbacks, OnlineCheckoutView, ProviderCheckoutProps } from './checkout-props';
