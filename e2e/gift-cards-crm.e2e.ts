/**
 * What the front desk does with gift cards beyond reading them, in Chromium against the real server
 * on the demo data: the chip « En attente de virement » lists Julie Roux's order (CC-VRT7K2, 60 €);
 * « Virement reçu » asks first, then issues the card, which the snackbar opens; on the card, « Renvoyer
 * par e-mail » says where it goes and « Télécharger le PDF » saves the card. An admin sets the shop
 * under « Réglages »: a mistyped IBAN is refused on its field, the corrected one saved. Screenshots at
 * phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
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

describe('gift cards: transfers, sending and the shop settings', () => {
  it('lists the order waiting for its transfer (phone)', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/cartes-cadeaux`);
      await page.getByRole('button', { name: /^En attente de virement · 1$/ }).click();
      await page.getByText('1 commande en attente de virement').waitFor();
      const main = page.locator('main');
      expect(await main.textContent()).toContain('CC-VRT7K2');
      expect(await main.textContent()).toContain('Julie Roux');
      expect(await main.textContent()).toMatch(/60,00\s€/);
      await main.getByRole('button', { name: 'Virement reçu' }).waitFor();
      await screenshot(page, 'crm-gift-card-transfers', 'phone');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('marks the transfer received, then resends and downloads the issued card (desktop)', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/cartes-cadeaux?statut=TRANSFERS`);
      await page.getByRole('table', { name: 'Commandes en attente de virement' }).waitFor();
      await screenshot(page, 'crm-gift-card-transfers', 'desktop');
      await page.getByRole('button', { name: 'Virement reçu' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Virement CC-VRT7K2 reçu ?' });
      expect(await confirm.textContent()).toMatch(/60,00\s€ de Julie Roux/);
      await confirm.getByRole('button', { name: 'Oui, virement reçu' }).click();
      await page.getByText('Virement CC-VRT7K2 enregistré : la carte est émise.').waitFor();
      await page.getByText('Aucune commande n’attend de virement.').waitFor();
      await page.getByRole('link', { name: 'Voir la carte' }).click();

      const summary = page.getByRole('region', { name: 'La carte' });
      await summary.getByText('Active', { exact: true }).waitFor();
      expect(await summary.textContent()).toMatch(/Solde60,00\s€/);
      expect(await summary.textContent()).toContain('Paul Roux');
      await screenshot(page, 'crm-gift-card-actions', 'desktop');

      await page.getByRole('button', { name: 'Renvoyer par e-mail' }).click();
      const dialog = page.getByRole('dialog', { name: /^Renvoyer la carte/ });
      await dialog.getByText(/sera envoyée à paul\.roux@exemple\.fr/).waitFor();
      await screenshot(page, 'crm-gift-card-resend', 'desktop');
      await dialog.getByRole('button', { name: 'Envoyer' }).click();
      await page.getByText('Carte envoyée à paul.roux@exemple.fr.').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^carte-cadeau-[0-9A-Z]{4}\.pdf$/);
      const pdf = await readFile(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.getByText('PDF de la carte téléchargé.').waitFor();
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each<ViewportName>(['phone', 'desktop'])('lets an admin set the shop (%s)', async (viewport) => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/reglages`);
      await page
        .locator('main')
        .getByRole('link', { name: /Cartes cadeaux/ })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Cartes cadeaux' }).waitFor();
      const iban = page.getByLabel('IBAN', { exact: true });
      expect(await iban.inputValue()).toBe('FR76 3000 4000 0312 3456 7890 143');
      await screenshot(page, 'crm-gift-card-settings', viewport);
      if (viewport === 'desktop') {
        // Two digits swapped: the check digits catch it, on the IBAN field.
        await iban.fill('FR76 3000 4000 0312 3456 7980 143');
        await page.getByLabel('Validité d’une carte (mois)').fill('18');
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page
          .getByText('IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez la saisie.', {
            exact: true,
          })
          .waitFor();
        await screenshot(page, 'crm-gift-card-settings-refused', viewport);
        await iban.fill('fr7630004000031234567890143');
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page.getByText('Réglages des cartes cadeaux enregistrés.').waitFor();
        expect(await iban.inputValue()).toBe('FR76 3000 4000 0312 3456 7890 143');
        expect(await page.getByLabel('Validité d’une carte (mois)').inputValue()).toBe('18');
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
