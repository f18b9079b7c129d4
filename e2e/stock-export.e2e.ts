/**
 * Stock figures in Chromium against the real server on the demo data: a staff member opens a product
 * and reads its quantity-over-time chart; downloads the inventory as an Excel file (read back: the
 * sheet holds the product with its quantity as a number and money in euros) and the valuation at today's
 * date as CSV (its total is the one the page shows). Screenshots at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { unzip } from '@serenaia/test-support';
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

async function download(page: Page, group: string, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: group }).getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('stock chart and exports', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'staff read a product’s chart and download the inventory (Excel) and the valuation (CSV) (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await page.goto(`${server.url}/crm/stock`);
        await page.getByRole('heading', { level: 1, name: 'Stock' }).waitFor();
        const product = page.getByRole('button', { name: /^Crème hydratante 24 h/ });
        await product.waitFor();
        const total = (await page.getByText(/^Valeur du stock : /).textContent()) ?? '';

        // The drawer: the chart ends at the product's quantity, from the ledger.
        await product.click();
        const drawer = page.getByRole('presentation').filter({ hasText: 'Quantité dans le temps' });
        const chart = drawer.getByRole('img', { name: /^Évolution du stock : de \d+ à 3 u\., du / });
        await chart.waitFor();
        await screenshot(page, 'stock-drawer-chart', viewport);
        await drawer.getByRole('button', { name: 'Fermer' }).click();
        await drawer.waitFor({ state: 'detached' });

        // The inventory as XLSX: a real workbook, numbers as numbers, money formatted in euros.
        const xlsx = await download(page, 'Inventaire', 'Excel');
        expect(xlsx.name).toMatch(/^inventaire-stock-\d{4}-\d{2}-\d{2}\.xlsx$/);
        const parts = unzip(xlsx.bytes);
        const sheet = parts.get('xl/worksheets/sheet1.xml')?.toString() ?? '';
        const row = sheet.match(/<row r="\d+">(?:(?!<\/row>).)*Crème hydratante 24 h.*?<\/row>/)?.[0] ?? '';
        expect(row).toMatch(/<c r="H\d+"><v>3<\/v><\/c>/);
        expect(row).toMatch(/<c r="L\d+" s="2"><v>36<\/v><\/c>/);
        expect(parts.get('xl/styles.xml')?.toString()).toContain('formatCode="#,##0.00\\ &quot;€&quot;"');

        // The valuation at today's date as CSV: its total is the page's.
        // Its date reads jj/mm/aaaa whatever the browser's language, and is the file's day.
        const shownDay = await page.getByLabel('Date', { exact: true }).inputValue();
        expect(shownDay).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        await screenshot(page, 'stock-exports', viewport);
        const csv = await download(page, 'Exporter la valeur à cette date', 'CSV');
        expect(csv.name).toBe(`valorisation-stock-${shownDay.split('/').reverse().join('-')}.csv`);
        const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
        const cents = (text: string) => Number(text.replace(/[^\d]/g, ''));
        expect(cents(lines[lines.length - 1])).toBe(cents(total));
        expect(lines[lines.length - 1]).toMatch(/^Total;+\d+,\d{2}$/);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
