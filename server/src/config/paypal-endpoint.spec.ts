import { paypalEndpoint } from './paypal-endpoint.js';

describe('paypalEndpoint', () => {
  it('knows PayPal live and sandbox hosts', () => {
    expect(paypalEndpoint('https://api-m.paypal.com')).toEqual({
      environment: 'Production',
      apiBase: 'https://api-m.paypal.com',
      redirectTo: null,
    });
    expect(paypalEndpoint('https://api-m.sandbox.paypal.com/')).toEqual({
      environment: 'Sandbox',
      apiBase: 'https://api-m.sandbox.paypal.com',
      redirectTo: null,
    });
  });

  it('sends the SDK to an http:// address through the redirect agent', () => {
    expect(paypalEndpoint('http://127.0.0.1:4455')).toEqual({
      environment: 'Sandbox',
      apiBase: 'http://127.0.0.1:4455',
      redirectTo: 'http://127.0.0.1:4455',
    });
  });

  it.each(['https://paypal.example.com', 'https://api-m.paypal.com:8443', 'ftp://api-m.paypal.com'])(
    'refuses %s',
    (url) => {
      expect(() => paypalEndpoint(url)).toThrow(/PAYPAL_API_URL/);
    },
  );
});
