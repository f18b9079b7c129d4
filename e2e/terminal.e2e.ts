/**
 * Card terminal payments in the CRM, in Chromium against the real server in demo mode (no SumUp
 * keys: the server lists its virtual terminal): the desk takes a booking's balance on the virtual
 * terminal, the card is declined once then accepted; an admin sees the virtual reader on the
 * terminals page.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
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
let practitionerId: string;
let serviceId: string;

interface LedgerRow {
  method: string;
  provider: string;
  status: string;
  amountCents: number;
  failureReason: string | null;
}

async function ledger(bookingId: string): Promise<LedgerRow[]> {
  const data = await graphqlData<{ payments: { items: LedgerRow[] } }>(
    server,
    `query ($filter: PaymentsFilter) { payments(filter: $filter) {
      items { method provider status amountCents failureReason } } }`,
    { filter: { bookingId } },
    adminToken,
  );
  return data.payments.items;
}

/** A confirmed booking for Camille on the test day, with its total. */
async function newBooking(lastName: string): Promise<{ id: string; totalCents: number }> {
  const [slot] = await freeSlots(
    server,
    { day, serviceIds: [serviceId], practitionerId: practitionerId },
    staffToken,
  );
  if (slot === undefined) throw new Error(`Camille has no free slot left on ${day}`);
  const created = await graphqlData<{ createBooking: { booking: { id: string; totalCents: number } } }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id totalCents } } }`,
    {
      input: {
        practitionerId,
        serviceIds: [serviceId],
        start: slot.start,
        client: {
          firstName: 'Clémence',
          lastName,
          phone: '06 12 34 56 78',
          email: `clemence.${lastName.toLowerCase()}@exemple.fr`,
        },
      },
    },
    staffToken,
  );
  return created.createBooking.booking;
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
  practitionerId = camille.id;
  serviceId = await serviceIdByName(server, 'Soin éclat express');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Intl's narrow no-break spaces vs whatever the page renders: compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** From the booking's drawer: "Encaisser" › "Carte (terminal)" with the virtual reader proposed. */
async function sendBalanceToVirtualTerminal(page: Page, totalCents: number) {
  const section = page.getByTestId('booking-payments');
  await section.getByRole('button', { name: 'Encaisser' }).click();
  const form = page.getByRole('dialog', { name: 'Encaisser' });
  await form.getByRole('button', { name: 'Carte (terminal)' }).click();
  const reader = form.getByRole('combobox', { name: 'Terminal' });
  await reader.getByText('Terminal virtuel (démo) · en ligne').waitFor();
  expect(await form.getByLabel('Montant (€)').inputValue()).toBe(
    (totalCents / 100).toFixed(2).replace('.', ','),
  );
  await form.getByRole('button', { name: /^Envoyer .* au terminal$/ }).click();
  const panel = page.getByRole('dialog', { name: 'Paiement par carte' });
  await panel.getByRole('status').getByText('Présentez la carte sur le terminal…').waitFor();
  return panel;
}

describe('CRM card terminal (demo)', () => {
  it('staff take the balance on the virtual terminal: declined once, retried, then accepted', async () => {
    const booking = await newBooking('Terminal');
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/agenda?jour=${day}`);
      await page.getByRole('region', { name: /^Agenda du/ }).waitFor();
      await agendaLoaded(page);
      await page.locator(`[data-booking-id="${booking.id}"]`).first().click();
      await page.getByRole('dialog', { name: /^Rendez-vous / }).waitFor();

      const panel = await sendBalanceToVirtualTerminal(page, booking.totalCents);
      const virtual = panel.getByRole('region', { name: 'Terminal virtuel — démonstration' });
      expect(plain(await virtual.textContent())).toContain(plain(euros(booking.totalCents)));
      await panel.getByRole('button', { name: 'Annuler sur le terminal' }).waitFor();

      await virtual.getByRole('button', { name: 'Refuser la carte' }).click();
      const status = panel.getByRole('status');
      await status.getByText('Carte refusée', { exact: true }).waitFor();
      expect(await status.textContent()).toContain('Carte refusée (simulation).');
      expect(await panel.getByRole('button', { name: 'Annuler sur le terminal' }).count()).toBe(0);

      await panel.getByRole('button', { name: 'Réessayer' }).click();
      await status.getByText('Présentez la carte sur le terminal…').waitFor();
      await panel
        .getByRole('region', { name: 'Terminal virtuel — démonstration' })
        .getByRole('button', { name: 'Accepter la carte' })
        .click();
      await status.getByText('Paiement accepté').waitFor();
      await panel.getByRole('button', { name: 'Terminé' }).click();
      await panel.waitFor({ state: 'detached' });
      await page.getByText(/encaissé par carte sur le terminal\.$/).waitFor();

      const section = page.getByTestId('booking-payments');
      await section.getByText('Réglé', { exact: true }).waitFor();
      const labels = await section
        .getByRole('listitem')
        .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
      expect(labels.map(plain)).toEqual([
        expect.stringMatching(
          new RegExp(`^Carte \\(terminal\\), Solde, ${plain(euros(booking.totalCents))}, Encaissé, le `),
        ),
        expect.stringMatching(
          new RegExp(`^Carte \\(terminal\\), Solde, ${plain(euros(booking.totalCents))}, Échoué, le `),
        ),
      ]);
      const rows = await ledger(booking.id);
      expect(rows).toHaveLength(2);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            method: 'CARD_TERMINAL',
            provider: 'SIMULATED',
            status: 'SUCCEEDED',
            amountCents: booking.totalCents,
          }),
          expect.objectContaining({
            method: 'CARD_TERMINAL',
            provider: 'SIMULATED',
            status: 'FAILED',
            amountCents: booking.totalCents,
          }),
        ]),
      );
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin sees the virtual reader on the terminals page; staff have no menu entry for it', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await openSettings(page, 'Terminaux de paiement');
      await page.getByRole('heading', { level: 1, name: 'Terminaux de paiement' }).waitFor();
      const item = page.getByRole('list', { name: 'Terminaux' }).getByRole('listitem', {
        name: 'Terminal virtuel (démo)',
      });
      await item.waitFor();
      expect(await item.getByTestId('reader-chips').textContent()).toBe('En ligneDémonstration');
      expect(await item.getByRole('button', { name: /^Retirer/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'Associer un terminal' }).click();
      const dialog = page.getByRole('dialog', { name: 'Associer un terminal SumUp' });
      await dialog.getByLabel('Code d’appairage').fill('ABC');
      await dialog.getByLabel('Nom du terminal').fill('Accueil');
      await dialog.getByRole('button', { name: 'Associer' }).click();
      await dialog.getByText('Le code d’appairage compte 8 ou 9 lettres et chiffres.').waitFor();
      // A well-formed code reaches the server, which says SumUp is not configured (demo).
      await dialog.getByLabel('Code d’appairage').fill('4A7X9K2Q');
      await dialog.getByRole('button', { name: 'Associer' }).click();
      await dialog
        .getByRole('alert')
        .getByText(/^SumUp n’est pas configuré/)
        .waitFor();
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }

    const staff = await newContext(browser, 'desktop');
    const staffPage = await staff.newPage();
    try {
      await signInToCrm(staffPage, server, STAFF);
      const nav = staffPage.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Paiements', exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: 'Réglages' }).count()).toBe(0);
      await staffPage.goto(`${server.url}/crm/reglages/terminaux`);
      await staffPage.getByRole('listitem', { name: 'Terminal virtuel (démo)' }).waitFor();
      await staffPage
        .getByText('Seul un administrateur peut associer, renommer ou retirer un terminal.')
        .waitFor();
      expect(await staffPage.getByRole('button', { name: 'Associer un terminal' }).count()).toBe(0);
    } finally {
      await staff.close();
    }
  });

  it.each<ViewportName>(['phone', 'desktop'])('looks right on a %s (screenshots)', async (viewport) => {
    const booking = await newBooking(viewport === 'phone' ? 'Mobile' : 'Bureau');
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.goto(`${server.url}/crm/agenda?rdv=${booking.id}`);
      await page.getByRole('dialog', { name: /^Rendez-vous / }).waitFor();
      await page.getByTestId('booking-payments').getByRole('button', { name: 'Encaisser' }).waitFor();
      const panel = await sendBalanceToVirtualTerminal(page, booking.totalCents);
      await screenshot(page, 'terminal-waiting', viewport);
      await panel.getByRole('button', { name: 'Accepter la carte' }).click();
      await panel.getByRole('status').getByText('Paiement accepté').waitFor();
      // The drawer behind the dialog already shows the booking as paid.
      await page.getByTestId('booking-payments').getByText('Réglé', { exact: true }).waitFor();
      await screenshot(page, 'terminal-approved', viewport);
      await panel.getByRole('button', { name: 'Terminé' }).click();
      await panel.waitFor({ state: 'detached' });
      await page.getByTestId('booking-payments').getByText('Réglé', { exact: true }).waitFor();
      await page.goto(`${server.url}/crm/reglages/terminaux`);
      await page.getByRole('listitem', { name: 'Terminal virtuel (démo)' }).waitFor();
      await screenshot(page, 'terminal-readers-staff', viewport);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
    const admin = await newContext(browser, viewport);
    const adminPage = await admin.newPage();
    try {
      await signInToCrm(adminPage, server, ADMIN);
      await adminPage.goto(`${server.url}/crm/reglages/terminaux`);
      await adminPage.getByRole('listitem', { name: 'Terminal virtuel (démo)' }).waitFor();
      await screenshot(adminPage, 'terminal-readers', viewport);
      await adminPage.getByRole('button', { name: 'Associer un terminal' }).click();
      await adminPage.getByRole('dialog', { name: 'Associer un terminal SumUp' }).waitFor();
      await screenshot(adminPage, 'terminal-pair', viewport);
    } finally {
      await admin.close();
    }
  });
});
