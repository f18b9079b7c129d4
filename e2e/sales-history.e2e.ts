/**
 * Sales history and receipts in Chromium against the real server on the demo data (till "Accueil" with
 * its session opened this morning), on the tests' fixed clock. A ticket is rung up and paid through the
 * API (a 60 € service at 20 %, 2 × 5,28 € at 5,5 %, 20 € cash with change + card); the front desk finds
 * it in « Ventes », opens it, reprints it (DUPLICATA n° 1) and reads the print view's mentions, then the
 * A4 note. Screenshots of the three pages at tablet, phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { accessToken, graphqlData, STAFF, signInToCrm } from './agenda-helpers';
import {
  launchBrowser,
  newContext,
  screenshot,
  SCREENSHOT_DIR,
  startServer,
  watchPage,
  type DeviceName,
  type TestServer,
} from './harness';

jest.setTimeout(180_000);

let server: TestServer;
let browser: Browser;
let saleId: string;
let ticketNumber: number;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const token = await accessToken(server, STAFF);
  const { tills } = await graphqlData<{ tills: { id: string; name: string }[] }>(
    server,
    '{ tills { id name } }',
    {},
    token,
  );
  const tillId = tills.find((t) => t.name === 'Accueil')!.id;
  const S = 'id status number';
  const opened = await graphqlData<{ openSale: { id: string } }>(
    server,
    `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${S} } }`,
    { input: { tillId } },
    token,
  );
  saleId = opened.openSale.id;
  const add = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${S} } }`;
  await graphqlData(
    server,
    add,
    { input: { saleId, kind: 'FREE', label: 'Soin visage éclat', unitPriceCents: 6000, vatRateBp: 2000 } },
    token,
  );
  await graphqlData(
    server,
    add,
    {
      input: { saleId, kind: 'FREE', label: 'Tisane bio', quantity: 2, unitPriceCents: 528, vatRateBp: 550 },
    },
    token,
  );
  const pay = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${S} } }`;
  await graphqlData(
    server,
    pay,
    { input: { saleId, kind: 'CARD_OTHER', amountCents: 6000, idempotencyKey: 'e2e-sales-card' } },
    token,
  );
  const paid = await graphqlData<{ paySale: { status: string; number: number } }>(
    server,
    pay,
    { input: { saleId, kind: 'CASH', amountCents: 2000, idempotencyKey: 'e2e-sales-cash' } },
    token,
  );
  expect(paid.paySale.status).toBe('COMPLETED');
  ticketNumber = paid.paySale.number;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Keeps the print dialog shut in headless Chromium and counts the calls. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number; print: () => void };
    w.printCalls = 0;
    w.print = () => {
      w.printCalls += 1;
    };
  });
}

describe('sales history and receipts', () => {
  it('finds the ticket, opens it, reprints a DUPLICATA and shows every mention on the receipt (tablet)', async () => {
    const context = await newContext(browser, 'tablet');
    const page = await context.newPage();
    await stubPrint(page);
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/caisse/session`);
      await page.getByRole('link', { name: 'Ventes' }).click();
      await page.waitForURL(/\/crm\/caisse\/ventes$/);
      await page.getByRole('heading', { level: 1, name: 'Ventes' }).waitFor();
      const row = page.getByRole('link', { name: `Ticket n° ${ticketNumber}` });
      await row.waitFor();
      await screenshot(page, 'sales-history', 'tablet');

      // Filters: credit notes only → nothing; back to everything.
      await page.getByRole('combobox', { name: 'Statut' }).click();
      await page.getByRole('option', { name: 'Avoir' }).click();
      await page.getByText('Aucune vente ne correspond à ces filtres.').waitFor();
      await page.getByRole('button', { name: 'Effacer les filtres' }).click();

      await row.click();
      await page.waitForURL(new RegExp(`/crm/caisse/ventes/${saleId}$`));
      await page.getByRole('heading', { level: 1, name: `Ticket n° ${ticketNumber}` }).waitFor();
      const lines = page.getByRole('table', { name: 'Lignes' });
      await lines.getByText('Soin visage éclat').waitFor();
      await lines.getByText('Tisane bio').waitFor();
      await page.getByText(/Monnaie rendue : 9,44\s€/).waitFor();
      await page.getByText(new RegExp(`N° ${ticketNumber} · empreinte [0-9A-F]{8}`)).waitFor();
      await screenshot(page, 'sales-detail', 'tablet');

      await page.getByRole('button', { name: 'Réimprimer (duplicata)' }).click();
      await page.waitForURL(new RegExp(`/crm/caisse/ventes/${saleId}/recu\\?imprimer=1$`));
      const receipt = page.getByRole('article', { name: `Ticket n° ${ticketNumber}` });
      await receipt.getByText('*** DUPLICATA n° 1 ***').waitFor();
      const text = (await receipt.textContent()) ?? '';
      for (const mention of [
        'Sérénaia Beauté',
        '18 rue des Martyrs',
        '75009 Paris',
        'SIRET 91234567500017',
        'TVA intracom. FR65912345675',
        `Ticket n° ${ticketNumber}`,
        '09/02/2027',
        'Caisse : Accueil',
        'Soin visage éclat',
        'Tisane bio',
        'TOTAL TTC',
        'Total HT',
        'Espèces',
        'Carte bancaire',
        'Monnaie rendue',
      ]) {
        expect(text).toContain(mention);
      }
      expect(text).toMatch(/70,56\s€/);
      expect(text).toMatch(/TVA 5,5\s% : HT 10,01\s€/);
      expect(text).toMatch(/Empreinte [0-9A-F]{8}/);
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
      await screenshot(page, 'sales-receipt', 'tablet');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
      await screenshot(page, 'sales-receipt-print', 'tablet');
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('button', { name: 'Note A4' }).click();
      await page.waitForURL(/format=note/);
      await page.getByText(`Note – Ticket n° ${ticketNumber}`).waitFor();
      await screenshot(page, 'sales-receipt-note', 'tablet');

      // The till's own tablet (1180 × 820, landscape).
      await page.setViewportSize({ width: 1180, height: 820 });
      for (const [name, path] of [
        ['sales-history', '/crm/caisse/ventes'],
        ['sales-detail', `/crm/caisse/ventes/${saleId}`],
        ['sales-receipt', `/crm/caisse/ventes/${saleId}/recu`],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.getByText(`Ticket n° ${ticketNumber}`).first().waitFor();
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/${name}-tablet-1180.png`,
          fullPage: true,
          animations: 'disabled',
        });
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each<DeviceName>(['phone', 'desktop'])('lays the three pages out on a %s', async (device) => {
    const context = await newContext(browser, device);
    const page = await context.newPage();
    await stubPrint(page);
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/caisse/ventes`);
      await page.getByText(`Ticket n° ${ticketNumber}`).first().waitFor();
      await screenshot(page, 'sales-history', device);
      await page.goto(`${server.url}/crm/caisse/ventes/${saleId}`);
      await page.getByRole('button', { name: 'Télécharger le PDF' }).waitFor();
      await screenshot(page, 'sales-detail', device);
      await page.goto(`${server.url}/crm/caisse/ventes/${saleId}/recu`);
      await page
        .getByRole('article', { name: `Ticket n° ${ticketNumber}` })
        .getByText('Empreinte', { exact: false })
        .waitFor();
      await screenshot(page, 'sales-receipt', device);
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
