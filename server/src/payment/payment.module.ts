import { Module } from '@nestjs/common';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PaymentResolver } from './payment.resolver.js';
import { PaymentService } from './payment.service.js';
import { PayPalWebhookController } from './paypal-webhook.controller.js';
import { PayPalGateway } from './providers/paypal.gateway.js';
import { StripeGateway } from './providers/stripe.gateway.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';

@Module({
  providers: [PaymentService, PaymentSettingsService, StripeGateway, PayPalGateway, PaymentResolver],
  controllers: [StripeWebhookController, PayPalWebhookController],
  exports: [PaymentService],
})
export class PaymentModule {}
