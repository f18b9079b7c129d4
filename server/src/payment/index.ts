export * from './payment.entities.js';
export { PaymentModule } from './payment.module.js';
export {
  PaymentNotRefundableError,
  PaymentService,
  type OnlineCheckout,
  type OnlineMethod,
} from './payment.service.js';
export type { PaymentProvider } from './providers/payment-provider.js';
export { GiftCardPaymentProvider, type GiftCardRefundCheck } from './checkout/gift-card.provider.js';
export { toPaymentType } from './dto/payment.mapper.js';
export { PaymentMethodEnum, PaymentProviderEnum, PaymentType } from './dto/payment.types.js';
export { depositRefundOnCancel } from './domain/refund-policy.js';
export * from './events/payment.events.js';
export { TerminalService } from './terminal/terminal.service.js';
export { TerminalPollProcessor } from './terminal/terminal-poll.processor.js';
export * from './terminal/terminal.entities.js';
export { PaymentFactsRepository, type PaymentFacts, type RefundFacts } from './payment-facts.repository.js';
export {
  PAYOUT_SOURCES,
  ProviderPayoutsService,
  type FetchedPayout,
  type FetchedPayouts,
  type PayoutSourceName,
} from './payouts/provider-payouts.service.js';
export { RefundGuards, type GuardedPayment, type RefundGuard } from './refund-guards.js';
