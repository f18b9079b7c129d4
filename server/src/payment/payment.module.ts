import { Module, type Type } from '@nestjs/common';
import { GiftCardPaymentProvider } from './checkout/gift-card.provider.js';
import { ManualPaymentProvider } from './checkout/manual.provider.js';
import { PayPalCheckoutService } from './checkout/paypal-checkout.service.js';
import { PayPalOrderSyncService } from './checkout/paypal-order-sync.service.js';
import { SimulatedCheckoutService } from './checkout/simulated-checkout.service.js';
import { StripeCheckoutService } from './checkout/stripe-checkout.service.js';
import { SumUpPaymentProvider } from './checkout/sumup.provider.js';
import { PaymentLedgerService } from './ledger.service.js';
import { PaymentFactsRepository } from './payment-facts.repository.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { ProviderPayoutsService } from './payouts/provider-payouts.service.js';
import { PaymentRepository } from './payment.repository.js';
import { PaymentResolver } from './payment.resolver.js';
import { PaymentService } from './payment.service.js';
import { PayPalWebhookController } from './paypal-webhook.controller.js';
import { PAYMENT_PROVIDER_LIST, type PaymentProvider } from './providers/payment-provider.js';
import { PaymentProviderRegistry } from './providers/payment-provider.registry.js';
import { PayPalGateway } from './providers/paypal.gateway.js';
import { StripeGateway } from './providers/stripe.gateway.js';
import { SumUpGateway } from './providers/sumup.gateway.js';
import { RefundGuards } from './refund-guards.js';
import { RefundService } from './refund.service.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';
import { SumUpWebhookController } from './terminal/sumup-webhook.controller.js';
import { TerminalCheckoutViewService } from './terminal/terminal-checkout-view.service.js';
import { TerminalProgressService } from './terminal/terminal-progress.service.js';
import { TerminalReaderService } from './terminal/terminal-reader.service.js';
import { TerminalRepository } from './terminal/terminal.repository.js';
import { TerminalResolver } from './terminal/terminal.resolver.js';
import { TerminalService } from './terminal/terminal.service.js';

/** Every way of taking money, one `PaymentProvider` each: a new tender is one more line here. */
const PAYMENT_PROVIDER_CLASSES: Type<PaymentProvider>[] = [
  StripeCheckoutService,
  PayPalCheckoutService,
  SimulatedCheckoutService,
  SumUpPaymentProvider,
  ManualPaymentProvider,
  GiftCardPaymentProvider,
];

@Module({
  providers: [
    PaymentRepository,
    PaymentLedgerService,
    PaymentFactsRepository,
    RefundGuards,
    RefundService,
    PaymentService,
    PaymentSettingsService,
    StripeGateway,
    PayPalGateway,
    PayPalOrderSyncService,
    SumUpGateway,
    ProviderPayoutsService,
    ...PAYMENT_PROVIDER_CLASSES,
    {
      provide: PAYMENT_PROVIDER_LIST,
      useFactory: (...providers: PaymentProvider[]) => providers,
      inject: PAYMENT_PROVIDER_CLASSES,
    },
    PaymentProviderRegistry,
    PaymentResolver,
    TerminalRepository,
    TerminalReaderService,
    TerminalCheckoutViewService,
    TerminalProgressService,
    TerminalService,
    TerminalResolver,
  ],
  controllers: [StripeWebhookController, PayPalWebhookController, SumUpWebhookController],
  exports: [
    PaymentService,
    PaymentFactsRepository,
    TerminalService,
    TerminalProgressService,
    GiftCardPaymentProvider,
    ProviderPayoutsService,
    RefundGuards,
  ],
})
export class PaymentModule {}
