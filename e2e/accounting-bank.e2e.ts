/**
 * « Comptabilité › Banque » and the opening entry in Chromium against the real server on the demo data,
 * on the checkout's fixed clock (Tuesday 9 February 2027). The accountant asks to import the Stripe
 * payouts (the demo has no Stripe keys: told where to enter them), types a Stripe payout from its
 * statement with a net that does not add up (the net field says what it should be), corrects it, and
 * sees it listed; records cash taken from the demo till to the bank, then its credit; and in
 * « Périodes » is told, on the lines, that an opening entry does not balance. Screenshots at 1280 and
 * 390 pixels wide.
 */
import './checkout-clock';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, startServer, watchPage, type TestServer } from './harness';

jest.setTimeout(240_000);

const ACCOUNTANT = { email: 'comptable@serenaia.test', password: 'serenaia-comptable' };

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

async function signIn(page: Page) {
  await page.goto(`${server.url}/crm/`);
  await page.getByLabel('Adresse e-mail').fill(ACCOUNTANT.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(ACCOUNTANT.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Comptabilité' }).waitFor();
}

async function openTab(page: Page, name: string) {
  await page
    .getByRole('tablist', { name: 'Rubriques de la comptabilité' })
    .getByRole('tab', { name })
    .click();
}

describe('accounting: « Banque » and the opening entry', () => {
  it('records a payout (net checked), a cash banking and its credit; refuses an unbalanced opening entry (1280)', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const watch = watchPage(page);
    try {
      await signIn(page);
      await openTab(page, 'Banque');
      await page.waitForURL(/\/crm\/comptabilite\/banque$/);
      // The demo has no Stripe keys: the import says where to enter them, and nothing is recorded.
      await page.getByRole('button', { name: 'Importer les virements Stripe' }).click();
      await page
        .getByText("Stripe n'est pas configuré : renseignez ses clés dans Réglages › Paiements.")
        .waitFor();
      await screenshot(page, 'accounting-bank-sync', 'desktop');
      const payout = page.getByRole('form', { name: 'Virements des prestataires' });
      await payout.getByLabel('Référence du virement').fill('po_1QaBcD');
      await payout.getByLabel('Brut').fill('30');
      await payout.getByLabel('Frais').fill('0,70');
      await payout.getByLabel('Net reçu').fill('29');
      await payout.getByRole('button', { name: 'Enregistrer le virement' }).click();
      await payout.getByText('Le net doit être égal au brut moins les frais : 29,30 €.').waitFor();
      await screenshot(page, 'accounting-bank-error', 'desktop');
      await payout.getByLabel('Net reçu').fill('29,30');
      await payout.getByRole('button', { name: 'Enregistrer le virement' }).click();
      await page.getByRole('status').getByText('Virement Stripe de 29,30 € enregistré.').waitFor();
      const payouts = page.getByRole('table', { name: 'Virements des prestataires' });
      expect(await payouts.getByRole('row').nth(1).textContent()).toMatch(
        /^09\/02\/2027Stripepo_1QaBcD30,00\s€0,70\s€29,30\s€$/,
      );

      const cash = page.getByRole('form', { name: 'Remises d’espèces' });
      await cash.getByLabel('Montant remis').fill('20');
      await cash.getByLabel('N° de bordereau').fill('BR-0042');
      await cash.getByRole('button', { name: 'Enregistrer la remise' }).click();
      await page.getByRole('status').getByText('Remise de 20,00 € enregistrée.').waitFor();
      const bankings = page.getByRole('table', { name: 'Remises d’espèces' });
      const row = bankings.getByRole('row').filter({ hasText: 'BR-0042' });
      await row.getByRole('button', { name: 'Créditée' }).click();
      const dialog = page.getByRole('dialog', { name: 'Remise de 20,00 € créditée le…' });
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      // Credited: the button gives way to the credit day, beside the day it was banked (the same day here).
      await row.getByText('09/02/2027').nth(1).waitFor();
      expect(await row.getByRole('button', { name: 'Créditée' }).count()).toBe(0);
      await screenshot(page, 'accounting-bank', 'desktop');

      // The books: the payout's bank entry and the cash's two entries, drafts of the day.
      await openTab(page, 'Écritures');
      const entries = page.getByRole('table', { name: 'Écritures' });
      await entries.getByText('Virement Stripe du 09/02/2027').waitFor();
      await entries.getByText("Remise d'espèces créditée le 09/02/2027").waitFor();

      await openTab(page, 'Périodes');
      const opening = page.getByRole('form', { name: 'Écriture d’à-nouveaux (AN)' });
      await opening.getByRole('group', { name: 'Compte 1' }).getByLabel('Compte').fill('512');
      await opening.getByRole('group', { name: 'Compte 1' }).getByLabel('Débit').fill('7500');
      await opening.getByRole('group', { name: 'Compte 2' }).getByLabel('Compte').fill('101300');
      await opening.getByRole('group', { name: 'Compte 2' }).getByLabel('Crédit').fill('8000');
      await opening.getByRole('button', { name: 'Enregistrer l’écriture' }).click();
      await opening
        .getByText("L'écriture n'est pas équilibrée : débit 7500,00 €, crédit 8000,00 €.")
        .waitFor();
      await screenshot(page, 'accounting-opening', 'desktop');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('« Banque » on a phone (390)', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signIn(page);
      await page.goto(`${server.url}/crm/comptabilite/banque`);
      await page.getByRole('table', { name: 'Virements des prestataires' }).waitFor();
      const payouts = page.getByRole('table', { name: 'Virements des prestataires' });
      // The reference, gross and fees columns are left out on a phone: the date, provider and net stay.
      const row = payouts.getByRole('row').nth(1);
      expect(await row.getByText('po_1QaBcD').isVisible()).toBe(false);
      expect(await row.getByText('29,30').isVisible()).toBe(true);
      await screenshot(page, 'accounting-bank', 'phone');
      await page.goto(`${server.url}/crm/comptabilite/periodes`);
      await page.getByRole('form', { name: 'Écriture d’à-nouveaux (AN)' }).waitFor();
      await screenshot(page, 'accounting-opening', 'phone');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
