import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { decryptSecret, encryptSecret, secretHint, serverKey } from '../common/secrets.js';
import type { PaymentSettingsEntity } from './payment.entities.js';
import { PaymentRepository } from './payment.repository.js';

export interface ProviderSecrets {
  stripe: { secretKey: string; publishableKey: string; webhookSecret: string | null } | null;
  sumup: { apiKey: string; merchantCode: string } | null;
  paypal: { clientId: string; clientSecret: string; webhookId: string | null } | null;
  staffCanRefund: boolean;
}

export interface PaymentSettingsChanges {
  stripePublishableKey?: string | null;
  stripeSecretKey?: string | null;
  stripeWebhookSecret?: string | null;
  sumupMerchantCode?: string | null;
  sumupApiKey?: string | null;
  paypalClientId?: string | null;
  paypalClientSecret?: string | null;
  paypalWebhookId?: string | null;
  staffCanRefund?: boolean;
}

/**
 * Provider keys. Secrets are encrypted at rest with a key derived from JWT_SECRET (rotating that
 * secret means entering the provider keys again), decrypted only here, never returned by the API:
 * the CRM sees whether each one is set and its last four characters.
 */
@Injectable()
export class PaymentSettingsService {
  private readonly key: Buffer;

  constructor(
    private readonly repo: PaymentRepository,
    @Inject(CONFIG) config: Config,
  ) {
    this.key = serverKey(config.jwtSecret, 'payment-provider-secrets');
  }

  row(): Promise<PaymentSettingsEntity> {
    return this.repo.settingsRow();
  }

  async secrets(): Promise<ProviderSecrets> {
    const row = await this.row();
    const open = (value: string | null) => (value === null ? null : decryptSecret(this.key, value));
    const stripeSecret = open(row.stripeSecretKeyEnc);
    const sumupKey = open(row.sumupApiKeyEnc);
    const paypalSecret = open(row.paypalClientSecretEnc);
    return {
      stripe:
        stripeSecret && row.stripePublishableKey
          ? {
              secretKey: stripeSecret,
              publishableKey: row.stripePublishableKey,
              webhookSecret: open(row.stripeWebhookSecretEnc),
            }
          : null,
      sumup:
        sumupKey && row.sumupMerchantCode ? { apiKey: sumupKey, merchantCode: row.sumupMerchantCode } : null,
      paypal:
        paypalSecret && row.paypalClientId
          ? { clientId: row.paypalClientId, clientSecret: paypalSecret, webhookId: row.paypalWebhookId }
          : null,
      staffCanRefund: row.staffCanRefund,
    };
  }

  /** What the CRM may see: flags and hints, never a secret. */
  async view(): Promise<Record<string, string | boolean | null>> {
    const row = await this.row();
    const hint = (value: string | null) =>
      value === null ? null : secretHint(decryptSecret(this.key, value));
    return {
      stripePublishableKey: row.stripePublishableKey,
      stripeSecretKeyHint: hint(row.stripeSecretKeyEnc),
      stripeWebhookSecretHint: hint(row.stripeWebhookSecretEnc),
      sumupMerchantCode: row.sumupMerchantCode,
      sumupApiKeyHint: hint(row.sumupApiKeyEnc),
      paypalClientId: row.paypalClientId,
      paypalClientSecretHint: hint(row.paypalClientSecretEnc),
      paypalWebhookId: row.paypalWebhookId,
      staffCanRefund: row.staffCanRefund,
    };
  }

  /** Undefined leaves a value as it is; null or '' clears it. */
  async update(changes: PaymentSettingsChanges): Promise<void> {
    await this.row();
    const seal = (value: string | null | undefined) =>
      value === undefined
        ? undefined
        : value === null || value.trim() === ''
          ? null
          : encryptSecret(this.key, value.trim());
    const plain = (value: string | null | undefined) =>
      value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();
    const update: Partial<PaymentSettingsEntity> = {
      stripePublishableKey: plain(changes.stripePublishableKey),
      stripeSecretKeyEnc: seal(changes.stripeSecretKey),
      stripeWebhookSecretEnc: seal(changes.stripeWebhookSecret),
      sumupMerchantCode: plain(changes.sumupMerchantCode),
      sumupApiKeyEnc: seal(changes.sumupApiKey),
      paypalClientId: plain(changes.paypalClientId),
      paypalClientSecretEnc: seal(changes.paypalClientSecret),
      paypalWebhookId: plain(changes.paypalWebhookId),
      staffCanRefund: changes.staffCanRefund,
    };
    const defined = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length > 0) await this.repo.updateSettings(defined);
  }
}
