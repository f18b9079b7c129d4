import { Injectable } from '@nestjs/common';
import { PaymentSettingsService } from '../payment-settings.service.js';
import type { PaymentEntity } from '../payment.entities.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import { SumUpGateway } from '../providers/sumup.gateway.js';

/**
 * Card terminals through SumUp. Payments are created, followed and cancelled per reader checkout by
 * `TerminalService` (payment/terminal/); what the ledger needs from here is the refund.
 */
@Injectable()
export class SumUpPaymentProvider implements PaymentProvider {
  readonly name = 'SUMUP' as const;

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly sumup: SumUpGateway,
  ) {}

  async isAvailable(): Promise<boolean> {
    return (await this.settings.secrets()).sumup !== null;
  }

  /** The ledger keeps SumUp's client transaction id; SumUp refunds by transaction id. */
  async refund(payment: PaymentEntity, amountCents: number): Promise<string | null> {
    const secrets = await this.settings.secrets();
    if (!secrets.sumup || !payment.providerReference) throw new Error('SumUp n’est plus configuré.');
    const { transactionId } = await this.sumup.refund(secrets.sumup, payment.providerReference, amountCents);
    return transactionId;
  }
}
