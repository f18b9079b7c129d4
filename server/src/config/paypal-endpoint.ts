/**
 * Where PayPal's API is, from PAYPAL_API_URL: live, sandbox, or an http:// test address. Pure, so that
 * the configuration can validate the URL at start-up; the payment module builds its agent from it
 * (`payment/providers/paypal-agent.ts`).
 */
export type PayPalEnvironmentName = 'Production' | 'Sandbox';

export interface PayPalEndpoint {
  environment: PayPalEnvironmentName;
  /** Base for the calls the SDK does not cover (webhook verification). */
  apiBase: string;
  /** Set for an http:// URL: every SDK request goes there in plain HTTP. */
  redirectTo: string | null;
}

const HOSTS: Record<string, PayPalEnvironmentName> = {
  'api-m.paypal.com': 'Production',
  'api.paypal.com': 'Production',
  'api-m.sandbox.paypal.com': 'Sandbox',
  'api.sandbox.paypal.com': 'Sandbox',
};

/** PAYPAL_API_URL → how to reach it. Pure; throws for an https host that is not PayPal's. */
export function paypalEndpoint(url: string): PayPalEndpoint {
  const parsed = new URL(url);
  if (parsed.protocol === 'http:') {
    return { environment: 'Sandbox', apiBase: parsed.origin, redirectTo: parsed.origin };
  }
  const environment = parsed.protocol === 'https:' ? HOSTS[parsed.hostname] : undefined;
  if (environment === undefined || (parsed.port !== '' && parsed.port !== '443')) {
    throw new Error(
      `PAYPAL_API_URL must be https://api-m.paypal.com, https://api-m.sandbox.paypal.com or an http:// test address`,
    );
  }
  return { environment, apiBase: `https://${parsed.hostname}`, redirectTo: null };
}
