/**
 * Payments in the CRM, in Chromium against the real server: the desk records cash on a booking from
 * the agenda's drawer; an admin refunds part of it from the ledger; the ledger's method filter and
 * CSV export; the payment settings page is for admins only.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  STAFF,
  accessToken,
  agendaLoaded,
  agendaOf,
  graphqlData,
  dayWhenAllWork,
  serviceIdByName,
  signInToCrm,
  openSettings,
} from './agenda-helpers';
import { freeSlots } from './booking-api';
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
let staffToken: string;
let adminToken: string;
let day: string;
let bookingId: string;
let totalCents: number;
/** The cash payment the desk records in the first test. */
let cashPaymentId: string;

interface LedgerRow {
  id: string;
  method: string;
  status: string;
  amountCents: number;
  refundedCents: number;
  bookingId: string | null;
}

async function ledger(filter: Record<string, unknown>): Promise<LedgerRow[]> {
  const data = await graphqlData<{ payments: { items: LedgerRow[] } }>(
    server,
    `query ($filter: PaymentsFilter) { payments(filter: $filter) {
      items { id method status amountCents refundedCents bookingId } } }`,
    { filter },
    adminToken,
  );
  return data.payments.items;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  staffToken = await accessToken(server, STAFF);
  adminToken = await accessToken(server, ADMIN);
  day = await dayWhenAllWork(server, staffToken);
  const { practitioners } = await agendaOf(server, staffToken, day);
  const camille = practitioners.find((p) => p.displayName === 'Camille Roux');
  if (camille === undefined) throw new Error('No Camille Roux in the demo data');
  const serviceId = await serviceIdByName(server, 'Soin éclat express');
  const [slot] = await freeSlots(
    server,
    { day, serviceIds: [serviceId], practitionerId: camille.id },
    staffToken,
  );
  if (slot === undefined) throw new Error(`Camille has no free slot on ${day}`);
  const created = await graphqlData<{ createBooking: { booking: { id: string; totalCents: number } } }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id totalCents } } }`,
    {
      input: {
        practitionerId: camille.id,
        serviceIds: [serviceId],
        start: slot.start,
        client: {
          firstName: 'Apolline',
          lastName: 'Caisse',
          phone: '06 55 44 33 22',
          email: 'apolline.caisse@exemple.fr',
        },
      },
    },
    staffToken,
  );
  bookingId = created.createBooking.booking.id;
  totalCents = created.createBooking.booking.totalCents;
  // A bank transfer without a booking, for the method filter.
  await graphqlData(
    server,
    'mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }',
    { input: { kind: 'BALANCE', method: 'BANK_TRANSFER', amountCents: 12_000 } },
    adminToken,
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Intl's narrow no-break spaces vs whatever the page renders: compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openBookingDrawer(page: Page): Promise<void> {
  await page.goto(`${server.url}/crm/agenda?jour=${day}`);
  await page.getByRole('region', { name: /^Agenda du/ }).waitFor();
  await agendaLoaded(page);
  await page.locator(`[data-booking-id="${bookingId}"]`).first().click();
  await page.getByRole('dialog', { name: /^Rendez-vous / }).waitFor();
}

describe('CRM payments', () => {
  it('staff record a cash payment on a booking from the agenda drawer and see it at once', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await openBookingDrawer(page);
      const section = page.getByTestId('booking-payments');
      await section.waitFor();
      expect(plain(await section.textContent())).toContain(`Reste à payer${plain(euros(totalCents))}`);
      await section.getByRole('button', { name: 'Encaisser' }).click();
      const dialog = page.getByRole('dialog', { name: 'Encaisser' });
      await dialog.getByRole('button', { name: 'Espèces' }).click();
      // The balance is proposed; a typo is refused before anything is sent.
      const amount = dialog.getByLabel('Montant (€)');
      expect(await amount.inputValue()).toBe((totalCents / 100).toFixed(2).replace('.', ','));
      await amount.fill('abc');
      await dialog.getByRole('button', { name: 'Encaisser', exact: true }).click();
      await dialog.getByText('Montant invalide : saisissez par exemple 45 ou 45,50.').waitFor();
      await amount.fill((totalCents / 100).toFixed(2).replace('.', ','));
      await dialog.getByRole('button', { name: /^Encaisser \d/ }).click();
      await dialog.waitFor({ state: 'detached' });

      const item = section.getByRole('listitem');
      await item.waitFor();
      expect(plain(await item.getAttribute('aria-label'))).toMatch(
        new RegExp(`^Espèces, Solde, ${plain(euros(totalCents))}, Encaissé, le `),
      );
      await section.getByText('Réglé', { exact: true }).waitFor();
      // The page's toast (outside the drawer, which hides the rest of the page from the accessibility tree).
      await page.getByText(/encaissé \(Espèces\)\.$/).waitFor();

      const rows = await ledger({ bookingId });
      expect(rows).toEqual([
        expect.objectContaining({
          method: 'CASH',
          status: 'SUCCEEDED',
          amountCents: totalCents,
          refundedCents: 0,
        }),
      ]);
      cashPaymentId = rows[0].id;
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'payments-drawer', 'desktop');
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin refunds part of it from the ledger; the method filter keeps only that method', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Paiements', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Paiements' }).waitFor();
      const table = page.getByRole('table', { name: 'Paiements' });
      await table.locator(`[data-payment-id="${cashPaymentId}"]`).waitFor();
      // Header, the cash payment, the transfer, and the demo's gift card bought online.
      expect(await table.getByRole('row').count()).toBe(4);

      await page.getByRole('combobox', { name: 'Moyen' }).click();
      await page.getByRole('option', { name: 'Espèces' }).click();
      await page.waitForURL(/moyen=CASH/);
      await page.getByRole('status').getByText('1 paiement', { exact: true }).waitFor();
      expect(await table.getByRole('row').count()).toBe(2);
      const row = table.locator(`[data-payment-id="${cashPaymentId}"]`);
      expect(plain(await row.textContent())).toContain(plain(euros(totalCents)));

      await row.getByRole('button', { name: /^Rembourser le paiement/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Rembourser un paiement' });
      await dialog.getByLabel('Montant partiel').check();
      await dialog.getByLabel('Montant à rembourser (€)').fill('10');
      await dialog.getByRole('button', { name: 'Rembourser' }).click();
      await dialog.getByText('Indiquez le motif du remboursement.').waitFor();
      await dialog.getByLabel(/^Motif/).fill('Geste commercial');
      await dialog.getByRole('button', { name: 'Rembourser' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.getByText('Remboursé en partie').waitFor();
      expect(plain(await row.textContent())).toContain('10,00 €');
      expect(await ledger({ bookingId })).toEqual([
        expect.objectContaining({ id: cashPaymentId, status: 'PARTIALLY_REFUNDED', refundedCents: 1000 }),
      ]);

      await page.getByRole('combobox', { name: 'Moyen' }).click();
      await page.getByRole('option', { name: 'Virement' }).click();
      await page.waitForURL(/moyen=BANK_TRANSFER/);
      await row.waitFor({ state: 'detached' });
      expect(await table.getByRole('row').count()).toBe(2);
      expect(plain(await table.textContent())).toContain('Virement');
      expect(plain(await table.textContent())).not.toContain('Espèces');

      // A period typed the French way: nothing in 2099.
      await page.getByLabel('Du', { exact: true }).fill('01/01/2099');
      await page.getByLabel('Du', { exact: true }).press('Enter');
      await page.waitForURL(/du=2099-01-01/);
      await page.getByText('Aucun paiement ne correspond à ces filtres.').waitFor();
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports the filtered ledger as a CSV file for Excel', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    try {
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/paiements?moyen=CASH`);
      await page
        .getByRole('table', { name: 'Paiements' })
        .locator(`[data-payment-id="${cashPaymentId}"]`)
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter en CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^paiements_\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(
        'Date;Heure;Horodatage;Type;Moyen;Prestataire;Statut;Montant;Remboursé;Net encaissé;Devise;Rendez-vous;Référence prestataire;Identifiant',
      );
      expect(lines).toHaveLength(2); // the transfer is filtered out
      const fields = lines[1].split(';');
      const amount = (totalCents / 100).toFixed(2).replace('.', ',');
      const net = ((totalCents - 1000) / 100).toFixed(2).replace('.', ',');
      expect(fields.slice(3)).toEqual([
        'Solde',
        'Espèces',
        'À l’accueil',
        'Remboursé en partie',
        amount,
        '10,00',
        net,
        'EUR',
        bookingId,
        '',
        cashPaymentId,
      ]);
      expect(fields[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fields[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    } finally {
      await context.close();
    }
  });

  it('staff do not see the payment settings; admins do, with secrets never shown', async () => {
    const staff = await newContext(browser, 'desktop');
    const staffPage = await staff.newPage();
    try {
      await signInToCrm(staffPage, server, STAFF);
      const nav = staffPage.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Paiements', exact: true }).waitFor();
      // The server lets staff change no setting: no "Réglages" entry at all.
      expect(await nav.getByRole('link', { name: 'Réglages' }).count()).toBe(0);
      await staffPage.goto(`${server.url}/crm/reglages/paiements`);
      await staffPage.getByText('Cette page est réservée aux administrateurs.').waitFor();
      expect(await staffPage.locator('input[data-secret="true"]').count()).toBe(0);
    } finally {
      await staff.close();
    }

    const admin = await newContext(browser, 'desktop');
    const page = await admin.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await openSettings(page, 'Paiements');
      await page.getByTestId('online-provider').waitFor();
      expect(await page.getByTestId('online-provider').textContent()).toContain('Simulation');
      await page.getByLabel('Secret client').fill('paypal-secret-9876');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Réglages des paiements enregistrés.').waitFor();
      await page.getByText('Enregistrée (…9876)').waitFor();
      await page.reload();
      await page.getByText('Enregistrée (…9876)').waitFor();
      for (const input of await page.locator('input[data-secret="true"]').all())
        expect(await input.inputValue()).toBe('');
      expect(await page.content()).not.toContain('paypal-secret-9876');
      expect(watcher.problems()).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it.each<ViewportName>(['phone', 'desktop'])('looks right on a %s (screenshots)', async (viewport) => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      // The ledger links to the booking: the agenda opens on its day with the drawer.
      await page.goto(`${server.url}/crm/paiements`);
      await page.locator(`[data-payment-id="${cashPaymentId}"]`).waitFor();
      await screenshot(page, 'payments-list', viewport);
      await page
        .locator(`[data-payment-id="${cashPaymentId}"]`)
        .getByRole('link', { name: 'Voir le rendez-vous' })
        .click();
      const drawer = page.getByRole('dialog', { name: /^Rendez-vous / });
      await drawer.waitFor();
      expect(new URL(page.url()).searchParams.get('jour')).toBe(day);
      const section = page.getByTestId('booking-payments');
      await section.getByText('Remboursé en partie').waitFor();
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'payments-drawer', viewport);
      await page.goto(`${server.url}/crm/reglages/paiements`);
      await page.getByTestId('online-provider').waitFor();
      await screenshot(page, 'payments-settings', viewport);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
