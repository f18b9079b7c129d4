import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { INSTITUTE_TIME_ZONE, localDateOf, zonedInstant } from '../../common/time.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import { StripeGateway } from '../providers/stripe.gateway.js';
import { SumUpGateway } from '../providers/sumup.gateway.js';

/** The providers whose SDK lists payouts (PayPal's SDK does not: its payouts are typed by staff). */
export const PAYOUT_SOURCES = ['STRIPE', 'SUMUP'] as const;
export type PayoutSourceName = (typeof PAYOUT_SOURCES)[number];

/** A payout that reached the bank, as the provider's API tells it, in cents and a Paris date. */
export interface FetchedPayout {
  providerPayoutId: string;
  paidOn: string;
  grossCents: number;
  feeCents: number;
  netCents: number;
}

/** What one sync read: the payouts in euros, and those it cannot book (another currency…) with why. */
export interface FetchedPayouts {
  payouts: FetchedPayout[];
  unusable: { providerPayoutId: string; message: string }[];
}

interface PayoutSource {
  /** The paid payouts that arrived `from`..`to` (Paris dates); null when the provider is not configured. */
  paidBetween(from: string, to: string): Promise<FetchedPayouts | null>;
}

const LABEL: Record<PayoutSourceName, string> = { STRIPE: 'Stripe', SUMUP: 'SumUp' };

/**
 * Payouts read through each provider's official SDK (`stripe`: payouts and their balance transactions;
 * `@sumup/sdk`: the merchant's payout records), for the accounting module to book. Reads only.
 */
@Injectable()
export class ProviderPayoutsService {
  private readonly sources: Record<PayoutSourceName, PayoutSource>;

  constructor(settings: PaymentSettingsService, stripe: StripeGateway, sumup: SumUpGateway) {
    this.sources = {
      STRIPE: {
        async paidBetween(from, to) {
          const secrets = (await settings.secrets()).stripe;
          if (secrets === null) return null;
          // Stripe dates an arrival at midnight UTC of its day.
          const seconds = (date: string, time: string) => Math.floor(zonedInstant(date, time, 'UTC') / 1000);
          const listed = await stripe.paidPayouts(secrets.secretKey, {
            gte: seconds(from, '00:00'),
            lt: seconds(to, '24:00'),
          });
          return splitByCurrency(
            listed.map((p) => ({
              currency: p.currency,
              providerPayoutId: p.id,
              paidOn: localDateOf(p.arrivalDate * 1000, INSTITUTE_TIME_ZONE),
              grossCents: p.grossCents,
              feeCents: p.feeCents,
              netCents: p.netCents,
            })),
          );
        },
      },
      SUMUP: {
        async paidBetween(from, to) {
          const credentials = (await settings.secrets()).sumup;
          if (credentials === null) return null;
          return splitByCurrency(await sumup.paidPayouts(credentials, from, to));
        },
      },
    };
  }

  /** `provider`'s payouts that reached the bank `from`..`to` (Paris dates). */
  async paidBetween(provider: PayoutSourceName, from: string, to: string): Promise<FetchedPayouts> {
    let fetched: FetchedPayouts | null;
    try {
      fetched = await this.sources[provider].paidBetween(from, to);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ConflictError(`${LABEL[provider]} n'a pas donné ses virements : ${detail.slice(0, 200)}`);
    }
    if (fetched === null)
      throw new BadUserInputError(
        `${LABEL[provider]} n'est pas configuré : renseignez ses clés dans Réglages › Paiements.`,
        'input.provider',
      );
    return fetched;
  }
}

function splitByCurrency(listed: (FetchedPayout & { currency: string })[]): FetchedPayouts {
  const result: FetchedPayouts = { payouts: [], unusable: [] };
  for (const { currency, ...payout } of listed) {
    if (currency.toLowerCase() !== 'eur') {
      result.unusable.push({
        providerPayoutId: payout.providerPayoutId,
        message: `Virement en ${currency.toUpperCase()} : seuls les virements en euros sont comptabilisés.`,
      });
    } else if (payout.netCents !== payout.grossCents - payout.feeCents) {
      result.unusable.push({
        providerPayoutId: payout.providerPayoutId,
        message: 'Le net ne correspond pas au brut moins les frais : à saisir depuis le relevé.',
      });
    } else {
      result.payouts.push(payout);
    }
  }
  return result;
}
