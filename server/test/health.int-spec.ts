import { PrivateRedis } from './support/redis-server.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

describe('health', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await startTestApp({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('answers liveness without touching dependencies', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL and Redis answer', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('reports a stopped Redis with 503, and recovers when it is back', async () => {
    await redis.stop();
    const down = await fetch(`${t.url}/health/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'up', redis: 'down' });
    // Liveness is unaffected: the process itself is fine.
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    await redis.resume();
    await waitFor(
      async () => (await fetch(`${t.url}/health/ready`)).status === 200,
      'readiness after Redis restarts',
    );
  });

  it('sends a request id and security headers', async () => {
    const res = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'req-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('req-12345678');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    // The payment providers' scripts and frames (Stripe's Payment Element, PayPal's buttons, live and sandbox).
    expect(csp).toMatch(/script-src 'self' https:\/\/js\.stripe\.com [^;]*https:\/\/\*\.paypal\.com/);
    expect(csp).toMatch(/frame-src [^;]*https:\/\/\*\.paypal\.com/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Practitioners' portraits may come from any https host; scripts may not.
    expect(csp).toMatch(/img-src 'self' data: blob: https:(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]* https:(;| )/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
