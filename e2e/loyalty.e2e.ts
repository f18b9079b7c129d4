/**
 * Loyalty in the CRM, in Chromium against the real server on the demo data: the receptionist opens
 * Éloïse Lefèvre's file, « Fidélité » tab: her tier « Or », her balance (the sum of her seeded ledger),
 * her referral code and her movements, a reward spent among them. An admin changes the program at
 * `/reglages/fidelite`: a threshold out of order is refused on its field, a valid change is saved.
 * Screenshots at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { ADMIN, STAFF, signInToCrm } from './agenda-helpers';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  type TestServer,
  type ViewportName,
} from './harness';

jest.setTimeout(180_000);

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

describe('loyalty', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'shows a client’s points, tier and movements (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await page.goto(`${server.url}/crm/clients`);
        await page.getByLabel('Rechercher un client').fill('eloise lefevre');
        const result = page.locator('[data-client-id]').first();
        await page
          .getByRole('status')
          .filter({ hasText: /^1 client$/ })
          .waitFor();
        await result.getByText('Lefèvre Éloïse').click();
        await page.getByRole('heading', { level: 1, name: 'Éloïse Lefèvre' }).waitFor();
        await page.getByRole('tab', { name: 'Fidélité' }).click();
        await page.getByText('800 points').waitFor();
        const tab = page.locator('main');
        expect(await tab.textContent()).toContain('Or');
        expect(await tab.textContent()).toContain('Récompense : 10 € offerts');
        expect(await tab.textContent()).toMatch(/ELOISE-[A-HJKMNP-Z2-9]{6}/);
        await screenshot(page, 'client-loyalty', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<ViewportName>(['desktop', 'phone'])('lets an admin change the program (%s)', async (viewport) => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/reglages/fidelite`);
      await page.getByRole('heading', { level: 1, name: 'Programme de fidélité' }).waitFor();
      const gold = page.getByLabel('À partir de (€)').nth(2);
      await gold.fill('100');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      // On the field itself (and in the message under the form).
      await page.getByText('Le seuil du palier Or doit dépasser celui du palier Argent.').first().waitFor();
      expect(await gold.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'loyalty-settings-error', viewport);
      await gold.fill('1500');
      await page.getByLabel('Points par euro (prestations)').fill('2');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Programme de fidélité enregistré.').waitFor();
      await screenshot(page, 'loyalty-settings', viewport);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Programme de fidélité' }).waitFor();
      expect(await page.getByLabel('Points par euro (prestations)').inputValue()).toBe('2');
      expect(await page.getByLabel('À partir de (€)').nth(2).inputValue()).toBe('1500,00');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
