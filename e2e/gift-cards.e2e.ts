/**
 * Gift cards, in Chromium against the real server on the demo data (three seeded cards with known
 * codes: 100 € untouched for Chloé Bernard, 50 € with 30 € left for Manon Petit, 40 € expired for
 * Hugo Garnier), on the tests' fixed clock. The front desk opens « Cartes cadeaux » from the menu,
 * filters the partly used cards and opens Manon's: its values and its ledger. An admin finds Hugo's
 * expired card by the end of its code and extends it: it is active again with its 40 €. On the public
 * site, anyone checks a card's balance by its code; a typo is caught before any lookup. Screenshots
 * at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { checkSymbol, formatCode } from '@serenaia/shared/gift-card-code';
import { ADMIN, STAFF, addDays, parisDate, signInToCrm } from './agenda-helpers';
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

/** The seed's codes (`server/src/database/seed/demo-gift-cards.ts`), as a holder types them. */
const demoCode = (body: string) => formatCode(body + checkSymbol(body));
const PARTLY_USED = demoCode('ZENSPAKG5RTM4PL');
const EXPIRED = demoCode('EXPREV9NHB3JWKT');
const last4 = (code: string) => code.slice(-4);

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

describe('gift cards', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'lists, filters and opens a card from the CRM (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        if (viewport === 'phone') await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
        await page
          .getByRole('navigation', { name: 'Navigation principale' })
          .getByRole('link', { name: 'Cartes cadeaux' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Cartes cadeaux' }).waitFor();
        const main = page.locator('main');
        await main.getByText('Chloé Bernard').first().waitFor();
        expect(await main.textContent()).toContain('Hugo Garnier');
        await page.getByRole('button', { name: /^Entamées · 1$/ }).waitFor();
        await screenshot(page, 'crm-gift-cards', viewport);

        await page.getByRole('button', { name: /^Entamées/ }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /^1 carte$/ })
          .waitFor();
        expect(await main.textContent()).not.toContain('Chloé Bernard');
        await main
          .getByRole('link', { name: new RegExp(`••••\\s${last4(PARTLY_USED)}`) })
          .first()
          .click();

        await page
          .getByRole('heading', { level: 1, name: new RegExp(`^Carte cadeau ••••\\s${last4(PARTLY_USED)}$`) })
          .waitFor();
        const summary = page.getByRole('region', { name: 'La carte' });
        expect(await summary.textContent()).toMatch(/Solde30,00\s€/);
        expect(await summary.textContent()).toMatch(/Valeur faciale50,00\s€/);
        expect(await summary.textContent()).toContain('Mono-usage (TVA à la vente)');
        const ledger = page.getByRole('region', { name: 'Mouvements' });
        expect(await ledger.textContent()).toContain('Émission');
        expect(await ledger.textContent()).toMatch(/Utilisation.*−20,00\s€/);
        // Staff send and print the card; extending and cancelling are the admin's.
        const actions = page.getByRole('toolbar', { name: 'Actions sur la carte' });
        await actions.getByRole('button', { name: 'Renvoyer par e-mail' }).waitFor();
        await actions.getByRole('button', { name: 'Télécharger le PDF' }).waitFor();
        expect(await actions.getByRole('button', { name: 'Prolonger' }).count()).toBe(0);
        await screenshot(page, 'crm-gift-card-detail', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('lets an admin find an expired card by the end of its code and extend it', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/cartes-cadeaux`);
      await page.getByLabel('Rechercher une carte').fill(last4(EXPIRED).toLowerCase());
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^1 carte$/ })
        .waitFor();
      await page.getByRole('link', { name: new RegExp(`^••••\\s${last4(EXPIRED)}$`) }).click();
      const summary = page.getByRole('region', { name: 'La carte' });
      await summary.getByText('Expirée', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Prolonger' }).click();
      const dialog = page.getByRole('dialog', { name: 'Prolonger la carte' });
      const [year, month, day] = addDays(parisDate(), 180).split('-');
      const newDate = `${day}/${month}/${year}`;
      await dialog.getByLabel('Nouvelle date de fin (jj/mm/aaaa)').fill(newDate);
      await dialog.getByRole('button', { name: 'Prolonger' }).click();
      // The reason is required, on its field.
      await dialog.getByText('Indiquez un motif (3 à 200 caractères).').waitFor();
      await dialog.getByLabel('Motif').fill('Geste commercial : cliente hospitalisée');
      await dialog.getByRole('button', { name: 'Prolonger' }).click();
      await page.getByText(`Carte prolongée jusqu’au ${newDate}.`).waitFor();
      await summary.getByText('Active', { exact: true }).waitFor();
      expect(await summary.textContent()).toMatch(/Solde40,00\s€/);
      expect(await summary.textContent()).toContain(newDate);
      const ledger = page.getByRole('region', { name: 'Mouvements' });
      expect(await ledger.textContent()).toContain('Prolongation');
      expect(await ledger.textContent()).toContain('Geste commercial : cliente hospitalisée');
      await screenshot(page, 'crm-gift-card-extended', 'desktop');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'shows a card’s balance on the public site (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await page.goto(`${server.url}/`);
        await page.getByRole('contentinfo').getByRole('link', { name: 'Solde d’une carte cadeau' }).click();
        await page.getByRole('heading', { level: 1, name: 'Solde de votre carte cadeau' }).waitFor();
        const field = page.getByLabel('Code de la carte');

        // A typo (the last two symbols swapped) is caught here, before any lookup.
        const typo = PARTLY_USED.slice(0, -2) + PARTLY_USED.slice(-1) + PARTLY_USED.slice(-2, -1);
        await field.fill(typo);
        await page.getByRole('button', { name: 'Consulter le solde' }).click();
        await page.getByText('Ce code contient une faute de frappe : vérifiez-le.').waitFor();

        await field.fill(PARTLY_USED.replace(/-/g, '').toLowerCase());
        expect(await field.inputValue()).toBe(PARTLY_USED);
        await page.getByRole('button', { name: 'Consulter le solde' }).click();
        const answer = page.getByRole('status').filter({ hasText: 'Solde disponible' });
        await answer.waitFor();
        expect(await answer.textContent()).toMatch(/30,00\s€/);
        expect(await answer.textContent()).toMatch(/Valable jusqu’au .+ inclus/);
        await screenshot(page, 'public-gift-card-balance', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
