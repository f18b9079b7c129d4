/**
 * A service gift card ordered on the public site by bank transfer, in Chromium against the real server
 * on the demo data: the order page shows the demo IBAN and the order's reference. Screenshots at 390 px
 * (phone) and 1280 px (desktop). A card paid in the demo checkout, e-mailed and spent at the till, is
 * `gift-card-journey.e2e.ts`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { graphqlData } from './booking-api';
import {
  launchBrowser,
  newContext,
  screenshot as fullPageScreenshot,
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

async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name, viewport);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function open(viewport: ViewportName) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  // The desktop width asked of this page's screenshots.
  if (viewport === 'desktop') await page.setViewportSize({ width: 1280, height: 900 });
  return { context, page, problems: watchPage(page).problems };
}

/** The demo seed gives the institute a (demo) account: transfers are offered. */
async function expectTransferOffered(): Promise<void> {
  const data = await graphqlData<{ giftCardShop: { methods: string[] } }>(
    server,
    '{ giftCardShop { methods } }',
    {},
  );
  expect(data.giftCardShop.methods).toContain('BANK_TRANSFER');
}

describe.each<ViewportName>(['phone', 'desktop'])('ordering a gift card by transfer on a %s', (viewport) => {
  it('orders a service card by bank transfer and shows the IBAN and the reference', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      await expectTransferOffered();
      await page.goto(`${server.url}/cartes-cadeaux`);
      await page.getByRole('tab', { name: 'Une prestation' }).click();
      await page.getByLabel('Prestation offerte').click();
      await page.getByRole('option').first().click();
      await page.getByLabel('Votre nom').fill('Paul Durand');
      await page.getByLabel('Votre e-mail').fill('paul.durand@example.com');
      await page.getByLabel('Nom du bénéficiaire').fill('Paul Durand');
      await page.getByLabel('M’envoyer la carte (je l’offrirai moi-même)').check();
      await page.getByRole('radio', { name: 'Virement bancaire' }).check();
      await page.getByText(/La carte est émise dès réception du virement/).waitFor();
      await page.getByRole('button', { name: /^Commander la carte de/ }).click();

      await page.getByText('En attente de votre virement').waitFor();
      const main = page.locator('main');
      await main.getByText('FR76 3000 4000 0312 3456 7890 143').waitFor();
      const text = (await main.textContent()) ?? '';
      const reference = /Commande (CC-[2-9A-HJ-NP-Z]{6})/.exec(text)?.[1];
      expect(reference).toBeDefined();
      expect(text).toContain(`Référence à indiquer${reference}`);
      await screenshot(page, 'gift-card-4-transfer', viewport);
      await expectNoSidewaysScroll(page);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
