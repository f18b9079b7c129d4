/**
 * Where the PayPal SDK sends its requests. `@paypal/paypal-server-sdk` has no base-URL option: it only
 * knows `Environment.Production` (https://api-m.paypal.com) and `Environment.Sandbox`
 * (https://api-m.sandbox.paypal.com). What it does take is `httpClientOptions.httpsAgent`, handed to
 * axios for every call (token requests included). With an http:// PAYPAL_API_URL (a local fake or a
 * plain-HTTP test double), the agent below opens a plain TCP socket to that address: the SDK keeps
 * building sandbox URLs (Host header included) and the bytes go there as HTTP/1.1.
 */
import https from 'node:https';
import net from 'node:net';

/**
 * An `https.Agent` that sends every "https" request as plain HTTP to `baseUrl` (an http:// URL),
 * whatever host the URL names. This is how the PayPal SDK reaches a local address.
 */
export function createPayPalRedirectAgent(baseUrl: string): https.Agent {
  const target = new URL(baseUrl);
  if (target.protocol !== 'http:')
    throw new Error(`createPayPalRedirectAgent: ${baseUrl} is not an http:// URL`);
  const agent = new https.Agent({ keepAlive: true });
  const connect = () => net.createConnection({ host: target.hostname, port: Number(target.port || 80) });
  Object.assign(agent, { createConnection: connect });
  return agent;
}
