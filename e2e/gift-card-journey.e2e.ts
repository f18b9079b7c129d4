/**
 * A gift card's whole journey, in Chromium against the real server on the demo data and a real SMTP
 * server (the `smtp-server` package, in this process): a 50 € card bought on the public site on a phone
 * (the form's problems first, then the demo checkout), the recipient's e-mail caught with the card as a
 * PDF, its page rendered to PNG by poppler's `pdftoppm` and its QR code decoded; then, at the till on a
 * tablet, a code typed with a typo is refused in the browser before any lookup, the decoded code pays
 * 15 € of a ticket, the rest is paid in cash, and the card has 35 € left. Screenshots of the public pages
 * at 390 px (phone) and 1280 px (desktop), of the till at 1024 px (tablet), and of the PDF.
 *
 * Its own instant (`checkout-clock.ts`): the till is open whatever `E2E_NOW` the run was given.
 */
import './checkout-clock';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatCode, parseCode } from '@serenaia/shared/gift-card-code';
import { readQrInPdf, TestSmtpServer } from '@serenaia/test-support';
import { STAFF, accessToken, graphqlData, signInToCrm } from './agenda-helpers';
import {
  SCREENSHOT_DIR,
  launchBrowser,
  newContext,
  screenshot as fullPageScreenshot,
  startServer,
  watchPage,
  type DeviceName,
  type TestServer,
} from './harness';

jest.setTimeout(300_000);

/** Where the card's PDF draws its QR code, in points (`CARD_QR_BOX` in `server/src/gift-card/pdf/gift-card-pdf.ts`). */
const CARD_QR_BOX = { x: 404, y: 92, size: 156 };
const RECIPIENT = 'lea.martin@example.com';

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  server = await startServer({ SMTP_URL: smtp.url, MAIL_FROM: 'Sérénaia Beauté <contact@serenaia.test>' });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

/** Intl writes amounts with a no-break space: any space matches. */
const amount = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

/** A page at this device's width (1280 px for the desktop, the width asked of these screenshots). */
async function open(device: DeviceName): Promise<{ page: Page; problems: () => string[] }> {
  const context = await newContext(browser, device);
  contexts.push(context);
  const page = await context.newPage();
  if (device === 'desktop') await page.setViewportSize({ width: 1280, height: 900 });
  return { page, problems: watchPage(page).problems };
}

async function screenshot(page: Page, name: string, device: DeviceName): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name, device);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** On a phone: from the home page to the paid order; answers the order page's address. */
async function buyOnline(): Promise<string> {
  const { page, problems } = await open('phone');
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
  await page.getByLabel('E-mail du bénéficiaire').fill(RECIPIENT);
  await page.getByLabel(/^Votre message/).fill('Joyeux anniversaire, profite bien !');
  await page.getByRole('radio', { name: 'Carte bancaire' }).check();
  await page.getByText(amount('Total à régler : 50 €')).waitFor();
  await screenshot(page, 'gift-card-1-form', 'phone');
  await page.getByRole('button', { name: amount('^Commander la carte de 50 €$') }).click();

  await page.getByRole('heading', { level: 2, name: 'Réglez votre carte cadeau' }).waitFor();
  const demo = page.getByRole('form', { name: 'Mode démonstration — aucun paiement réel' });
  await screenshot(page, 'gift-card-2-payment', 'phone');
  await demo.getByRole('button', { name: amount('^Payer 50 €$') }).click();

  await page.getByRole('heading', { level: 1, name: 'Votre commande' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/cartes-cadeaux\/commande\/[0-9a-f-]{36}$/);
  await page.getByText('Merci ! Votre carte cadeau est émise.').waitFor();
  await page.getByText('Elle sera envoyée par e-mail à Léa Martin.').waitFor();
  expect(await page.locator('main').textContent()).toMatch(/Commande CC-[2-9A-HJ-NP-Z]{6}/);
  await screenshot(page, 'gift-card-3-issued', 'phone');
  expect(problems()).toEqual([]);
  return page.url();
}

/** The same two pages at desktop width: the form, and the paid order from its link. */
async function desktopScreenshots(orderUrl: string): Promise<void> {
  const { page, problems } = await open('desktop');
  await page.goto(`${server.url}/cartes-cadeaux`);
  await page.getByRole('button', { name: amount('^50 €$') }).click();
  await screenshot(page, 'gift-card-1-form', 'desktop');
  await page.goto(orderUrl);
  await page.getByText('Merci ! Votre carte cadeau est émise.').waitFor();
  await screenshot(page, 'gift-card-3-issued', 'desktop');
  expect(problems()).toEqual([]);
}

/** The recipient's e-mail, its PDF rendered to PNG, the QR code read back: the card's code. */
async function codeFromTheEmail(): Promise<string> {
  const mail = await smtp.mailTo(RECIPIENT);
  expect(mail.subject).toMatch(/^Camille Martin vous offre une carte cadeau /);
  const pdf = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
  if (pdf === undefined) throw new Error(`no PDF in « ${mail.subject} »`);
  const raw = readQrInPdf(pdf.content, CARD_QR_BOX, path.join(SCREENSHOT_DIR, 'gift-card-pdf-e2e.png'));
  expect(parseCode(raw)).toEqual({ ok: true, code: raw });
  const code = formatCode(raw);
  // The code's last four symbols name the file.
  expect(pdf.filename).toBe(`carte-cadeau-${raw.slice(-4)}.pdf`);
  return code;
}

/** A retail product over 15 € with a barcode in the demo stock. */
async function productOver15Euros(staffToken: string): Promise<string> {
  const { products } = await graphqlData<{
    products: { items: { barcode: string | null; quantity: number; kind: string; priceCents: number }[] };
  }>(
    server,
    `query { products(page: { limit: 200, offset: 0 }) { items { barcode quantity kind priceCents } } }`,
    {},
    staffToken,
  );
  const product = products.items.find(
    (p) => p.kind !== 'PROFESSIONAL' && p.barcode !== null && p.quantity > 2 && p.priceCents > 1500,
  );
  if (product === undefined || product.barcode === null)
    throw new Error('No retail product above 15 € with a barcode in the demo stock');
  return product.barcode;
}

/** At the till on a tablet: 15 € of a ticket by the card, the rest in cash. */
async function redeemAtTheTill(code: string, barcode: string): Promise<void> {
  const { page, problems } = await open('tablet');
  await signInToCrm(page, server, STAFF);
  await page.getByRole('navigation').getByRole('link', { name: 'Caisse' }).click();
  await page.getByRole('heading', { level: 1, name: 'Encaissement' }).waitFor();
  await page.getByLabel('Rechercher un soin ou un produit').fill(barcode);
  await page.getByLabel('Rechercher un soin ou un produit').press('Enter');
  await page.getByRole('region', { name: 'Ticket', exact: true }).getByRole('listitem').first().waitFor();

  const tender = page.getByRole('region', { name: 'Paiement' });
  await tender.getByRole('button', { name: 'Carte cadeau' }).click();
  const field = tender.getByLabel('Code de la carte cadeau');
  // The last two symbols swapped: caught by the check character, nothing sent.
  await field.fill(code.slice(0, -2) + code.slice(-1) + code.slice(-2, -1));
  await tender.getByRole('button', { name: /^Encaisser / }).click();
  await tender.getByText('Ce code contient une faute de frappe : vérifiez-le.').waitFor();

  // Typed as a scanner would send it: bare, lower case.
  await field.fill(code.replace(/-/g, '').toLowerCase());
  expect(await field.inputValue()).toBe(code);
  const keypad = tender.getByRole('group', { name: 'Pavé numérique' });
  await tender.getByRole('button', { name: 'Tout effacer' }).click();
  for (const key of ['1', '5', '00']) await keypad.getByRole('button', { name: key, exact: true }).click();
  await fullPageScreenshot(page, 'checkout-gift-card', 'tablet');
  await tender.getByRole('button', { name: amount('^Encaisser 15,00 €$') }).click();
  await tender.getByRole('list', { name: 'Paiements' }).getByText('Carte cadeau · Payé').waitFor();

  await tender.getByRole('button', { name: 'Espèces' }).click();
  await tender.getByRole('button', { name: /^Encaisser .* en espèces$/ }).click();
  await page.getByRole('region', { name: /^Ticket n° \d+ encaissé$/ }).waitFor();
  await fullPageScreenshot(page, 'checkout-gift-card-done', 'tablet');
  expect(problems()).toEqual([]);
}

describe('a gift card bought online and spent at the till', () => {
  it('buys 50 € in the demo checkout, reads the QR code of the e-mailed PDF, pays 15 € at the till: 35 € left', async () => {
    const orderUrl = await buyOnline();
    await desktopScreenshots(orderUrl);
    const code = await codeFromTheEmail();

    const staffToken = await accessToken(server, STAFF);
    const card = async () =>
      (
        await graphqlData<{ giftCard: { balanceCents: number; faceValueCents: number } }>(
          server,
          `query ($code: String!) { giftCard(code: $code) { balanceCents faceValueCents } }`,
          { code },
          staffToken,
        )
      ).giftCard;
    expect(await card()).toEqual({ balanceCents: 5000, faceValueCents: 5000 });

    await redeemAtTheTill(code, await productOver15Euros(staffToken));
    expect((await card()).balanceCents).toBe(3500);
  });
});
