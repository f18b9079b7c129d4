import { Module } from '@nestjs/common';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PaymentResolver } from './payment.resolver.js';
import { PaymentService } from './payment.service.js';
import { PayPalWebhookController } from './paypal-webhook.controller.js';
import { PayPalGateway } from './providers/paypal.gateway.js';
import { StripeGateway } from './providers/stripe.gateway.js';
import { SumUpGateway } from './providers/sumup.gateway.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';
import { SumUpWebhookController } from './terminal/sumup-webhook.controller.js';
import { TerminalResolver } from './terminal/terminal.resolver.js';
import { TerminalService } from './terminal/terminal.service.js';

@Module({
  providers: [
    PaymentService,
    PaymentSettingsService,
    StripeGateway,
    PayPalGateway,
    SumUpGateway,
    PaymentResolver,
    TerminalService,
    TerminalResolver,
  ],
  controllers: [StripeWebhookController, PayPalWebhookController, SumUpWebhookController],
  exports: [PaymentService, TerminalService],
})
export class PaymentModule {}
