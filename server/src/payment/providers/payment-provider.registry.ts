import { Inject, Injectable } from '@nestjs/common';
import type { PaymentProviderName } from '../payment.entities.js';
import {
  ONLINE_METHODS,
  PAYMENT_PROVIDER_LIST,
  type OnlineMethod,
  type PaymentProvider,
} from './payment-provider.js';

export type OnlinePaymentProvider = PaymentProvider &
  Required<Pick<PaymentProvider, 'online' | 'createDeposit'>>;

const isOnline = (p: PaymentProvider): p is OnlinePaymentProvider =>
  p.online !== undefined && p.createDeposit !== undefined;

/** Every payment provider, by name, and the online ones by method in their order of preference. */
@Injectable()
export class PaymentProviderRegistry {
  private readonly byName = new Map<PaymentProviderName, PaymentProvider>();
  private readonly online: OnlinePaymentProvider[];

  constructor(@Inject(PAYMENT_PROVIDER_LIST) providers: PaymentProvider[]) {
    for (const provider of providers) {
      if (this.byName.has(provider.name))
        throw new Error(`Payment provider ${provider.name} registered twice`);
      this.byName.set(provider.name, provider);
    }
    this.online = providers.filter(isOnline).sort((a, b) => a.online.priority - b.online.priority);
  }

  get(name: PaymentProviderName): PaymentProvider {
    const provider = this.byName.get(name);
    if (provider === undefined) throw new Error(`No payment provider named ${name}`);
    return provider;
  }

  /** The first available provider that takes `method` online, or null. */
  async forOnlineMethod(method: OnlineMethod): Promise<OnlinePaymentProvider | null> {
    for (const provider of this.online) {
      if (provider.online.method === method && (await provider.isAvailable())) return provider;
    }
    return null;
  }

  /** The online methods some provider can take now, in `ONLINE_METHODS` order. */
  async onlineMethods(): Promise<OnlineMethod[]> {
    const methods: OnlineMethod[] = [];
    for (const method of ONLINE_METHODS) {
      if ((await this.forOnlineMethod(method)) !== null) methods.push(method);
    }
    return methods;
  }
}
