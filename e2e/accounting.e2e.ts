/**
 * The accountant's « Comptabilité » in Chromium against the real server on the demo data, on the
 * checkout's fixed clock (Tuesday 9 February 2027, 10:30 in Paris). Through the API the front desk
 * rings up a 96 € ticket (a 60 € treatment and a 36 € cream, paid by card) and makes the day's Z; the
 * accounting module turns it into a draft sales entry. The accountant signs in and lands on the entries
 * (no agenda, clients nor settings in the menu), opens the Z's entry, validates the drafts, reads the
 * trial balance (printable) and an account's ledger, exports the FEC (the validator's report, then the
 * file: `<SIREN>FEC<YYYYMMDD>.txt`, 18 tab-separated columns), closes January and reads the chart of
 * accounts without being able to change it; the agenda sends them back to their accounts. Screenshots
 * of every tab at 1280 and 390 pixels wide.
 */
import './checkout-clock';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { accessToken, graphqlData, parisDate, STAFF } from './agenda-helpers';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  until,
  watchPage,
  type DeviceName,
  type TestServer,
} from './harness';

jest.setTimeout(240_000);

const ACCOUNTANT = { email: 'comptable@serenaia.test', password: 'serenaia-comptable' };
/** The FEC's 18 columns, in the order of article A47 A-1 of the LPF. */
const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
];

let server: TestServer;
let browser: Browser;
let zNumber: number;
/** The drafts dated up to today when the accountant validates (the Z entries and the demo’s BQ entry). */
let draftsToValidate: number;

/** A paid 96 € ticket and the day's Z, as the front desk makes them; waits for the Z's sales entry. */
async function seedActivity() {
  const token = await accessToken(server, STAFF);
  const { tills } = await graphqlData<{ tills: { id: string; name: string }[] }>(
    server,
    '{ tills { id name } }',
    {},
    token,
  );
  const tillId = tills.find((till) => till.name === 'Accueil')!.id;
  const opened = await graphqlData<{ openSale: { id: string } }>(
    server,
    'mutation($input: OpenSaleInput!) { openSale(input: $input) { id } }',
    { input: { tillId } },
    token,
  );
  const saleId = opened.openSale.id;
  const add = 'mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { id } }';
  for (const line of [
    { label: 'Soin visage éclat', unitPriceCents: 6000 },
    { label: 'Crème hydratante', unitPriceCents: 3600 },
  ]) {
    await graphqlData(server, add, { input: { saleId, kind: 'FREE', vatRateBp: 2000, ...line } }, token);
  }
  const paid = await graphqlData<{ paySale: { status: string } }>(
    server,
    'mutation($input: PaySaleInput!) { paySale(input: $input) { status } }',
    { input: { saleId, kind: 'CARD_OTHER', amountCents: 9600, idempotencyKey: 'e2e-accounting-card' } },
    token,
  );
  expect(paid.paySale.status).toBe('COMPLETED');
  const closed = await graphqlData<{ closePeriod: { number: number; totalInclCents: number } }>(
    server,
    'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { number totalInclCents } }',
    { input: { tillId, period: 'DAY', date: parisDate() } },
    token,
  );
  expect(closed.closePeriod.totalInclCents).toBe(9600);
  zNumber = closed.closePeriod.number;
  const accountant = await accessToken(server, ACCOUNTANT);
  await until(async () => {
    const { accountingEntries } = await graphqlData<{ accountingEntries: { total: number } }>(
      server,
      '{ accountingEntries(filter: { journalCode: "VE" }) { total } }',
      {},
      accountant,
    );
    // The demo's closed days and this one: one sales entry per Z of the till, all posted.
    return accountingEntries.total === zNumber;
  }, "the Z's sales entries");
  // Every draft up to today is validated together: the Z entries and the demo's card sold online (BQ).
  const drafts = await graphqlData<{ accountingEntries: { total: number } }>(
    server,
    'query($to: LocalDate!) { accountingEntries(filter: { validated: false, to: $to }) { total } }',
    { to: parisDate() },
    accountant,
  );
  draftsToValidate = drafts.accountingEntries.total;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await seedActivity();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The accountant signs in and lands on « Comptabilité » (they have no agenda to land on). */
async function signInAsAccountant(page: Page) {
  await page.goto(`${server.url}/crm/`);
  await page.getByLabel('Adresse e-mail').fill(ACCOUNTANT.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(ACCOUNTANT.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Comptabilité' }).waitFor();
  await page.waitForURL(/\/crm\/comptabilite$/);
}

async function openTab(page: Page, name: string) {
  await page
    .getByRole('tablist', { name: 'Rubriques de la comptabilité' })
    .getByRole('tab', { name })
    .click();
}

/** 1280 wide: the harness's desktop context, narrowed. */
async function open(viewport: DeviceName | 'laptop') {
  const context = await newContext(browser, viewport === 'laptop' ? 'desktop' : viewport);
  const page = await context.newPage();
  if (viewport === 'laptop') await page.setViewportSize({ width: 1280, height: 900 });
  return { context, page };
}

describe('accounting: the accountant in « Comptabilité »', () => {
  it('validates the Z entry, reads the balance and the ledger, exports the FEC and locks January (1280)', async () => {
    const { context, page } = await open('laptop');
    const watch = watchPage(page);
    try {
      await signInAsAccountant(page);
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Caisse',
        'Paiements',
        'Comptabilité',
        'Accueil',
      ]);

      // The Z's draft entry, then its detail.
      const table = page.getByRole('table', { name: 'Écritures' });
      const row = table.getByRole('row').filter({ hasText: `Z${zNumber}` });
      await row.getByText('Brouillon').waitFor();
      expect(await row.textContent()).toMatch(
        /09\/02\/2027VEZ\d+Z n° \d+ Accueil.*96,00\s€96,00\s€Brouillon/,
      );
      await screenshot(page, 'accounting-entries', 'desktop');
      await row.getByRole('button', { name: `Voir l’écriture Z${zNumber}` }).click();
      const drawer = page.getByRole('dialog', { name: `Écriture Z${zNumber}` });
      await drawer.getByText('Clôture journalière de caisse (Z)').waitFor();
      const lines = drawer.getByRole('table', { name: 'Lignes de l’écriture' });
      expect(await lines.getByRole('row').last().textContent()).toMatch(/^Total96,00\s€96,00\s€$/);
      expect(
        await drawer.getByRole('link', { name: 'Voir les clôtures de caisse' }).getAttribute('href'),
      ).toBe('/crm/caisse/clotures');
      await screenshot(page, 'accounting-entry', 'desktop');
      await drawer.getByRole('button', { name: 'Fermer' }).click();
      await drawer.waitFor({ state: 'detached' });

      // Validation: the dialog says it is final; the entry gets its number.
      await page.getByRole('button', { name: 'Valider les écritures' }).click();
      const dialog = page.getByRole('dialog', { name: 'Valider les écritures ?' });
      await dialog.getByText(/ne peut plus être modifiée ni supprimée/).waitFor();
      await screenshot(page, 'accounting-validate', 'desktop');
      await dialog.getByRole('button', { name: 'Valider définitivement' }).click();
      // The demo's earlier closed days are validated with it: this day's entry comes last.
      await page.getByText(`${draftsToValidate} écritures validées.`).waitFor();
      await row.getByText(`Validée · n° ${zNumber}`).waitFor();

      // Trial balance: balanced, printable.
      await openTab(page, 'Balance générale');
      const balance = page.getByRole('table', { name: 'Balance générale' });
      await balance.waitFor();
      expect(await page.getByTestId('balance-totals').textContent()).toMatch(
        /^Total(\d+,\d{2})\s€\1\s€0,00\s€$/,
      );
      await screenshot(page, 'accounting-balance', 'desktop');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'accounting-balance-print', 'desktop');
      await page.emulateMedia({ media: 'screen' });

      // An account's ledger from the balance.
      await balance
        .getByRole('link', { name: /^Grand livre du compte 7/ })
        .first()
        .click();
      await page.waitForURL(/\/crm\/comptabilite\/grand-livre\?compte=7/);
      const ledger = page.getByRole('table', { name: 'Grand livre' });
      await ledger.getByText(/^Solde de clôture$/).waitFor();
      expect(
        await ledger
          .getByRole('row')
          .filter({ hasText: `Z${zNumber}` })
          .count(),
      ).toBeGreaterThan(0);
      await screenshot(page, 'accounting-ledger', 'desktop');

      // The VAT report: last month (January, nothing sold) by default, then February and its CA3.
      await openTab(page, 'TVA');
      await page.getByText('Du 01/01/2027 au 31/01/2027').waitFor();
      await page.getByRole('combobox', { name: 'Mois ou trimestre' }).click();
      await page.getByRole('option', { name: /^février$/i }).click();
      await page.getByText('Du 01/02/2027 au 28/02/2027').waitFor();
      const ca3 = page.getByRole('region', { name: 'CA3 (régime réel)' });
      // February holds the demo's closed days and this one: VAT at 20 % is due (line 08).
      const line08 = ca3.getByRole('row').filter({ hasText: /^08/ });
      expect(await line08.textContent()).toMatch(/20\s%.*[1-9]\d*,\d{2}\s€$/);
      await screenshot(page, 'accounting-vat', 'desktop');

      // The FEC: the validator's report, then the file.
      await openTab(page, 'Export FEC');
      await page.getByText('Encodage du fichier : UTF-8').waitFor();
      await page.getByRole('button', { name: 'Générer le FEC' }).click();
      const report = page.getByRole('status', { name: 'Rapport de contrôle' });
      await report.getByText('Aucune anomalie').waitFor();
      const link = page.getByRole('link', { name: /^Télécharger \d{9}FEC20271231\.txt$/ });
      await screenshot(page, 'accounting-fec', 'desktop');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^\d{9}FEC20271231\.txt$/);
      const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const [header, ...rest] = text.split(/\r?\n/).filter((line) => line !== '');
      expect(header.split('\t')).toEqual(FEC_COLUMNS);
      expect(rest.length).toBeGreaterThanOrEqual(3);
      for (const line of rest) expect(line.split('\t')).toHaveLength(18);
      // Sorted by validation order, journals interleaved: each journal's numbering starts at 1.
      const heads = rest.map((line) => line.split('\t').slice(0, 3).join(' '));
      expect(heads).toContain('VE Ventes 1');
      expect(heads).toContain('BQ Banque 1');

      // January 2027 closed.
      await openTab(page, 'Périodes');
      await page.getByRole('button', { name: 'Clôturer la période' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Clôturer janvier 2027 ?' });
      await confirm.getByText(/Cette clôture est définitive\./).waitFor();
      await confirm.getByRole('button', { name: 'Clôturer' }).click();
      await page.getByText('Janvier 2027 est clôturé.').waitFor();
      await page.getByRole('list', { name: 'Périodes clôturées' }).getByText('Janvier 2027').waitFor();
      await screenshot(page, 'accounting-periods', 'desktop');

      // The chart of accounts: read only for the accountant.
      await openTab(page, 'Plan comptable');
      await page.getByText('Seul un administrateur peut modifier le plan comptable.').waitFor();
      expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
      await screenshot(page, 'accounting-chart', 'desktop');

      // The agenda is not theirs: back to the accounts.
      await page.goto(`${server.url}/crm/agenda`);
      await page.waitForURL(/\/crm\/comptabilite$/);
      await page.getByRole('heading', { level: 1, name: 'Comptabilité' }).waitFor();
      expect(await page.getByRole('heading', { level: 1, name: 'Agenda' }).count()).toBe(0);
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows every tab on a phone (390)', async () => {
    const { context, page } = await open('phone');
    const watch = watchPage(page);
    try {
      await signInAsAccountant(page);
      const card = page.getByRole('button', { name: `Voir l’écriture Z${zNumber}` });
      await card.getByText(`Validée · n° ${zNumber}`).waitFor();
      await screenshot(page, 'accounting-entries', 'phone');
      await card.click();
      await page
        .getByRole('dialog', { name: `Écriture Z${zNumber}` })
        .getByText('Origine')
        .waitFor();
      await screenshot(page, 'accounting-entry', 'phone');
      await page.getByRole('button', { name: 'Fermer' }).click();
      await openTab(page, 'Balance générale');
      await page.getByTestId('balance-totals').waitFor();
      await screenshot(page, 'accounting-balance', 'phone');
      await openTab(page, 'Grand livre');
      await page.getByText('Choisissez un compte pour afficher son grand livre.').waitFor();
      await page.getByRole('combobox', { name: 'Compte' }).fill('445711');
      await page.getByRole('option', { name: /^445711/ }).click();
      await page
        .getByRole('table', { name: 'Grand livre' })
        .getByText(/^Solde de clôture$/)
        .waitFor();
      await screenshot(page, 'accounting-ledger', 'phone');
      await openTab(page, 'TVA');
      await page.getByText('Du 01/01/2027 au 31/01/2027').waitFor();
      await screenshot(page, 'accounting-vat', 'phone');
      await openTab(page, 'Export FEC');
      await page.getByRole('button', { name: 'Générer le FEC' }).click();
      await page.getByRole('status', { name: 'Rapport de contrôle' }).getByText('Aucune anomalie').waitFor();
      await screenshot(page, 'accounting-fec', 'phone');
      await openTab(page, 'Périodes');
      await page.getByRole('list', { name: 'Périodes clôturées' }).getByText('Janvier 2027').waitFor();
      await screenshot(page, 'accounting-periods', 'phone');
      await openTab(page, 'Plan comptable');
      await page.getByText('Seul un administrateur peut modifier le plan comptable.').waitFor();
      await screenshot(page, 'accounting-chart', 'phone');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
