import { startTestApp, type TestApp } from './support/app.js';

/**
 * Finding 8 of issue 9: with no payment provider configured, an unsigned call to a webhook is a bad
 * request (400, the provider must not retry it); 503 is kept for a signed event we cannot check yet
 * (the provider retries it later, once the admin has entered the webhook secret).
 */
describe('webhooks without a configured provider', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, headers: Record<string, string>, body = '{"id":"evt_1","type":"x"}') =>
    fetch(`${t.url}/webhooks/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('Stripe: 400 without a signature, 503 with one it cannot check', async () => {
    const unsigned = await post('stripe', {});
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toEqual({ received: false, error: 'missing body or signature' });

    const signed = await post('stripe', { 'stripe-signature': 't=1700000000,v1=abcdef' });
    expect(signed.status).toBe(503);
    expect(await signed.json()).toEqual({ received: false, error: 'Stripe webhooks are not configured' });
  });

  it('PayPal: 400 without transmission headers or with a malformed body, 503 for a signed event', async () => {
    const unsigned = await post('paypal', {});
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toEqual({ received: false, error: 'invalid signature' });

    const transmission = {
      'paypal-transmission-id': 'b2b4c5e0-0000-11ef-0000-000000000000',
      'paypal-transmission-time': '2027-01-05T10:00:00Z',
      'paypal-transmission-sig': 'c2lnbmF0dXJl',
      'paypal-cert-url': 'https://api.paypal.com/v1/notifications/certs/CERT-1',
      'paypal-auth-algo': 'SHA256withRSA',
    };
    const malformed = await post('paypal', transmission, 'not json');
    expect(malformed.status).toBe(400);

    const signed = await post('paypal', transmission, '{"id":"WH-1","event_type":"CHECKOUT.ORDER.APPROVED"}');
    expect(signed.status).toBe(503);
    expect(await signed.json()).toEqual({ received: false, error: 'PayPal webhooks are not configured' });
  });
});
