/**
 * The till's cash session and closures in Chromium against the real server on the demo data (till
 * "Accueil", a session opened this morning with a 165 € float). On a landscape tablet, the front desk
 * counts the drawer and closes the demo session, opens a new one with a float counted on the
 * denomination grid, takes 30 € out for the bank, closes with 5 € missing (expected, counted and the
 * variance shown before confirming), then makes the day's Z and reads it. An administrator then
 * verifies the journal on each width. Screenshots at tablet, phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { ADMIN, STAFF, signInToCrm } from './agenda-helpers';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  type DeviceName,
  type TestServer,
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

/** "Nombre de 0,50 €" whatever space Intl puts before the euro sign. */
const euro = (text: string) => new RegExp(`^${text.replace(/[()]/g, '\\$&').replace(/ €/g, '\\s€')}$`);

async function typeCount(grid: Locator, counts: Record<string, number>) {
  for (const [label, n] of Object.entries(counts))
    await grid.getByLabel(euro(`Nombre de ${label}`)).fill(String(n));
}

async function sessionPage(page: Page) {
  await page.goto(`${server.url}/crm/caisse/session`);
  await page.getByRole('heading', { level: 1, name: 'Caisse' }).waitFor();
}

describe('till: cash session and closures', () => {
  it('opens a session on the grid, takes cash out, closes it with a variance and reads the Z report (tablet)', async () => {
    const context = await newContext(browser, 'tablet');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.getByRole('navigation').getByRole('link', { name: 'Caisse' }).click();
      await page.waitForURL(/\/crm\/caisse$/);
      // The checkout screen leads to the cash session.
      await page.getByRole('link', { name: 'Session de caisse' }).click();
      await page.waitForURL(/\/crm\/caisse\/session$/);
      await page.getByRole('heading', { name: 'Caisse ouverte' }).waitFor();
      await screenshot(page, 'till-session-open', 'tablet');

      // The demo session: the 165 € float is all there.
      await page.getByRole('button', { name: 'Fermer la caisse' }).click();
      let grid = page.getByRole('group', { name: 'Comptage par coupure' });
      await typeCount(grid, { '20 €': 3, '10 €': 5, '5 €': 4, '2 €': 10, '1 €': 10, '0,50 €': 10 });
      await page.getByRole('button', { name: 'Vérifier le comptage' }).click();
      await page.getByText('La caisse est juste.').waitFor();
      await page.getByRole('button', { name: 'Confirmer la fermeture' }).click();
      await page.getByText(/Caisse fermée\. Écart : 0,00\s€\./).waitFor();

      // A new session: two 50 € notes with +, ten 2 € coins typed.
      await page.getByRole('heading', { name: 'Caisse fermée' }).waitFor();
      grid = page.getByRole('group', { name: 'Comptage par coupure' });
      await grid.getByRole('button', { name: euro('Ajouter un(e) 50 €') }).click();
      await grid.getByRole('button', { name: euro('Ajouter un(e) 50 €') }).click();
      await typeCount(grid, { '2 €': 10 });
      expect(await grid.getByRole('status').textContent()).toMatch(/Total compté : 120,00\s€/);
      await screenshot(page, 'till-session-float', 'tablet');
      await page.getByRole('button', { name: euro('Ouvrir la caisse avec 120,00 €') }).click();
      await page.getByRole('heading', { name: 'Caisse ouverte' }).waitFor();

      // 30 € out to the bank; a bad amount is refused on its field first.
      await page.getByRole('button', { name: 'Sortie d’espèces' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sortie d’espèces' });
      await dialog.getByLabel('Montant (€)').fill('0');
      await dialog.getByRole('button', { name: 'Dépôt en banque' }).click();
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await dialog.getByText('Saisissez un montant supérieur à 0, par exemple 20 ou 12,50.').waitFor();
      await dialog.getByLabel('Montant (€)').fill('30');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('Sortie · Dépôt en banque').waitFor();
      await page.getByText(/Sortie de 30,00\s€ enregistrée\./).waitFor();
      const expected = page.getByText('Espèces attendues').locator('..');
      await expected.getByText(/^90,00\s€$/).waitFor();

      // Closing: 85 € counted, 90 € expected, 5 € missing, shown before it is written.
      await page.getByRole('button', { name: 'Fermer la caisse' }).click();
      grid = page.getByRole('group', { name: 'Comptage par coupure' });
      await typeCount(grid, { '50 €': 1, '20 €': 1, '10 €': 1, '5 €': 1 });
      await page.getByRole('button', { name: 'Vérifier le comptage' }).click();
      expect(await page.getByTestId('variance').textContent()).toMatch(/^-5,00\s€$/);
      await page.getByText(/Il manque 5,00\s€\./).waitFor();
      await screenshot(page, 'till-session-variance', 'tablet');
      await page.getByRole('button', { name: 'Confirmer la fermeture' }).click();
      await page.getByText(/Caisse fermée\. Écart : -5,00\s€\./).waitFor();

      // The day's Z.
      await page.getByRole('link', { name: 'Clôtures et journal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Clôtures et journal' }).waitFor();
      expect(await page.getByRole('button', { name: /^Clôturer l’année/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Vérifier maintenant' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Clôturer la journée (Z)' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Clôturer ?' });
      await confirm.getByText(/mardi 9 février 2027/).waitFor();
      await confirm.getByRole('button', { name: 'Clôturer' }).click();
      // The demo's till has three closed days before this one: this day's Z comes fourth.
      const report = page.getByRole('article', { name: 'Ticket Z n° 4' });
      await report.waitFor();
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('Caisse : Accueil');
      expect(text).toContain('mardi 9 février 2027');
      expect(text).toMatch(/Tickets0/);
      expect(text).toMatch(/Total de la période \(TTC\)0,00\s€/);
      expect(text).toMatch(/Empreinte : [0-9A-F]{8}$/);
      await screenshot(page, 'till-z-report', 'tablet');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'till-z-report-print', 'tablet');
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Fermer', exact: true }).click();
      const rows = page.getByRole('region', { name: 'Clôtures', exact: true }).getByRole('listitem');
      await rows.filter({ hasText: 'N° 4 · mardi 9 février 2027' }).waitFor();
      expect(await rows.count()).toBe(4);
      await screenshot(page, 'till-closures', 'tablet');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each<DeviceName>(['phone', 'desktop'])(
    'shows the session and the closures to an administrator, who verifies the journal (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);
        await sessionPage(page);
        await page
          .getByRole('group', { name: 'Comptage par coupure' })
          .or(page.getByRole('heading', { name: 'Caisse ouverte' }))
          .first()
          .waitFor();
        await screenshot(page, 'till-session', viewport);
        await page.getByRole('link', { name: 'Clôtures et journal' }).click();
        await page.getByRole('heading', { level: 1, name: 'Clôtures et journal' }).waitFor();
        await page.getByRole('button', { name: /^Clôturer l’année \d{4}$/ }).waitFor();
        await page
          .getByRole('region', { name: 'Clé publique de l’institut' })
          .getByText('BEGIN PUBLIC KEY')
          .waitFor();
        await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
        await page.getByText(/^Journal intègre : \d+ enregistrements? et \d+ clôtures? vérifiés/).waitFor();
        await screenshot(page, 'till-closures', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
