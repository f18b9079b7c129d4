/**
 * A gift card bought on the public site in demo mode, in Chromium against the real server on the demo
 * data: from the home page's link to `/cartes-cadeaux`, a preset amount for someone else with a message,
 * the demo checkout, then the order page once the server's job has issued the card. And a service card
 * paid by bank transfer: the order page shows the demo IBAN and the order's reference. Screenshots at
 * 390 px (phone) and 1280 px (desktop).
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

/** Intl writes amounts with a no-break space before "€". */
const amount = (text: string) => new RegExp(text.replace(/ €/g, '\\s€'));

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

describe.each<ViewportName>(['phone', 'desktop'])('buying a gift card on a %s', (viewport) => {
  it('pays a 50 € card in the demo checkout and shows it issued', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Offrir une carte cadeau' }).click();
      await page.getByRole('heading', { level: 1, name: 'Offrez un moment de douceur' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/cartes-cadeaux');

      // Sending without choosing anything: the problems on their fields, nothing ordered.
      await page.getByRole('button', { name: /^Commander la carte/ }).click();
      await page.getByText('Choisissez un montant ou une prestation.').waitFor();
      await page.getByText('Choisissez un moyen de paiement.').waitFor();

      await page.getByRole('button', { name: amount('^50 €$') }).click();
      await page.getByLabel('Votre nom').fill('Camille Martin');
      await page.getByLabel('Votre e-mail').fill('camille.martin@example.com');
      await page.getByLabel('Nom du bénéficiaire').fill('Léa Martin');
      await page.getByLabel('E-mail du bénéficiaire').fill('lea.martin@example.com');
      await page.getByLabel(/^Votre message/).fill('Joyeux anniversaire, profite bien !');
      await page.getByRole('radio', { name: 'Carte bancaire' }).check();
      await page.getByText(amount('Total à régler : 50 €')).waitFor();
      await screenshot(page, 'gift-card-1-form', viewport);
      await expectNoSidewaysScroll(page);
      await page.getByRole('button', { name: amount('^Commander la carte de 50 €$') }).click();

      await page.getByRole('heading', { level: 2, name: 'Réglez votre carte cadeau' }).waitFor();
      const demo = page.getByRole('form', { name: 'Mode démonstration — aucun paiement réel' });
      await demo.waitFor();
      await screenshot(page, 'gift-card-2-payment', viewport);
      await demo.getByRole('button', { name: amount('^Payer 50 €$') }).click();

      await page.getByRole('heading', { level: 1, name: 'Votre commande' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/cartes-cadeaux\/commande\/[0-9a-f-]{36}$/);
      await page.getByText('Merci ! Votre carte cadeau est émise.').waitFor();
      await page.getByText('Elle sera envoyée par e-mail à Léa Martin.').waitFor();
      expect(await page.locator('main').textContent()).toMatch(/Commande CC-[2-9A-HJ-NP-Z]{6}/);
      await screenshot(page, 'gift-card-3-issued', viewport);
      await expectNoSidewaysScroll(page);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

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
