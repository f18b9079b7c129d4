/**
 * Clients in the CRM, in Chromium against the real server on the demo data: a receptionist finds a
 * client by a misspelt name ("eloise lefebvre" for Éloïse Lefèvre), opens the file, adds a note and
 * sees it at the top with her name. Screenshots of the list and the file at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { STAFF, signInToCrm } from './agenda-helpers';
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

describe('clients', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'finds a client by a misspelt name and adds a note (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await page.goto(`${server.url}/crm/clients`);
        await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: /\d+ clients/ })
          .waitFor();
        await screenshot(page, 'clients-list', viewport);

        await page.getByLabel('Rechercher un client').fill('eloise lefebvre');
        const result = page.locator('[data-client-id]').first();
        await page
          .getByRole('status')
          .filter({ hasText: /^1 client$/ })
          .waitFor();
        expect(await result.textContent()).toContain('Lefèvre Éloïse');
        await screenshot(page, 'clients-search', viewport);

        await result.getByText('Lefèvre Éloïse').click();
        await page.getByRole('heading', { level: 1, name: 'Éloïse Lefèvre' }).waitFor();
        await screenshot(page, 'client-file', viewport);

        await page.getByRole('tab', { name: 'Notes' }).click();
        const body = `Préfère le soin du soir (${viewport}).`;
        await page.getByLabel('Nouvelle note').fill(body);
        await page.getByRole('button', { name: 'Ajouter une note' }).click();
        const note = page.locator('[data-note-id]').filter({ hasText: body });
        await note.waitFor();
        expect(await note.textContent()).toContain('Camille Roux');
        await screenshot(page, 'client-notes', viewport);

        await page.getByRole('tab', { name: 'Fiche beauté' }).click();
        await page.getByRole('button', { name: 'Afficher la fiche beauté' }).click();
        await page.getByLabel('Type de peau').waitFor();
        await screenshot(page, 'client-beauty', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
