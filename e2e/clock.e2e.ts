/**
 * The harness's clock (clock.ts): the server, the browser and the test code read the same time, which
 * starts at E2E_NOW (or the default instant) whatever the day the tests run.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { formatLongDate } from '@serenaia/shared/format';
import { STAFF, graphqlData, parisDate, signInToCrm } from './agenda-helpers';
import { e2eStartInstant, testNow } from './clock';
import { launchBrowser, newContext, startServer, type TestServer } from './harness';

jest.setTimeout(120_000);

/** Far below the months between a forgotten shift and the real date; far above a slow start. */
const SAME_CLOCK_MS = 5 * 60_000;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dayLabel = (instant: number) => formatLongDate(new Date(instant));

describe('the browser tests’ clock', () => {
  it('is the same for the server, the browser and the tests, starting at the chosen instant', async () => {
    const before = testNow();
    expect(before - e2eStartInstant()).toBeGreaterThanOrEqual(0);
    expect(before - e2eStartInstant()).toBeLessThan(SAME_CLOCK_MS);

    // The server's clock: an access token's expiry is its now plus the token's lifetime.
    const data = await graphqlData<{ login: { accessTokenExpiresAt: string; accessTokenExpiresIn: number } }>(
      server,
      'mutation ($input: LoginInput!) { login(input: $input) { accessTokenExpiresAt accessTokenExpiresIn } }',
      { input: STAFF },
    );
    const serverNow = Date.parse(data.login.accessTokenExpiresAt) - data.login.accessTokenExpiresIn * 1000;
    expect(Math.abs(serverNow - testNow())).toBeLessThan(SAME_CLOCK_MS);

    // The browser's clock, and the CRM's "today" from it.
    const context = await newContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      // eslint-disable-next-line no-restricted-syntax -- runs in the page: the browser's clock is the point
      const browserNow = await page.evaluate(() => [Date.now(), new Date().getTime()]);
      for (const instant of browserNow) expect(Math.abs(instant - testNow())).toBeLessThan(SAME_CLOCK_MS);
      const dayBefore = parisDate();
      await signInToCrm(page, server, STAFF);
      const label = await page.getByRole('region', { name: /^Agenda du/ }).getAttribute('aria-label');
      // Midnight may pass while the page loads (New Year's Eve's run starts at 23:58).
      const days = [dayBefore, parisDate()].map(
        (day) => `Agenda du ${dayLabel(Date.parse(`${day}T12:00:00Z`))}`,
      );
      expect(days).toContain(label);
    } finally {
      await context.close();
    }
  });
});
