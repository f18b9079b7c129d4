/**
 * The touch checkout at /caisse in Chromium against the real server on the demo data (till
 * "Accueil" open since 09:00 with a 165 € float, the virtual card terminal), at a fixed instant set
 * by the test (`checkout-clock.ts`). On a landscape tablet the front desk collects a booked client's
 * appointment, scans a product's barcode, survives a reload, pays 20 € in cash (keypad) and the rest
 * on the virtual terminal, is offered the receipt choice, goes on to the next client; then closes the
 * cash session and makes the day's Z. Screenshots at tablet, phone and desktop widths.
 */
import './checkout-clock';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { STAFF, accessToken, graphqlData, parisDate, serviceIdByName, signInToCrm } from './agenda-helpers';
import { freeSlots } from './booking-api';
import { launchBrowser, newContext, screenshot, startServer, watchPage, type TestServer } from './harness';

jest.setTimeout(240_000);

let server: TestServer;
let browser: Browser;
let staffToken: string;

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Intl's narrow no-break spaces vs whatever the page renders: compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const euroPattern = (cents: number) => plain(euros(cents)).replace(/ /g, '\\s');

interface Product {
  id: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  priceCents: number;
  quantity: number;
  kind: string;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  staffToken = await accessToken(server, STAFF);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A confirmed booking today for a client of this test, at the first free slot. */
async function bookToday(lastName: string): Promise<{ id: string; totalCents: number; start: string }> {
  const serviceId = await serviceIdByName(server, 'Soin éclat express');
  const [slot] = await freeSlots(
    server,
    { day: parisDate(), serviceIds: [serviceId], practitionerId: null },
    staffToken,
  );
  if (slot === undefined) throw new Error(`No free slot on ${parisDate()}`);
  const created = await graphqlData<{
    createBooking: { booking: { id: string; totalCents: number; start: string } };
  }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id totalCents start } } }`,
    {
      input: {
        practitionerId: slot.practitionerId,
        serviceIds: [serviceId],
        start: slot.start,
        client: {
          firstName: 'Clémence',
          lastName,
          phone: '06 12 34 56 79',
          email: 'clemence.caisse@exemple.fr',
        },
      },
    },
    staffToken,
  );
  return created.createBooking.booking;
}

async function productToScan(): Promise<Product> {
  const data = await graphqlData<{ products: { items: Product[] } }>(
    server,
    `query { products(page: { limit: 200, offset: 0 }) { items { id name brand barcode priceCents quantity kind } } }`,
    {},
    staffToken,
  );
  const product = data.products.items.find(
    (p) => p.kind !== 'PROFESSIONAL' && p.barcode !== null && p.quantity > 2,
  );
  if (product === undefined) throw new Error('No retail product with a barcode in the demo stock');
  return product;
}

const euro = (text: string) => new RegExp(`^${text.replace(/[()]/g, '\\$&').replace(/ €/g, '\\s€')}$`);

async function typeCount(grid: Locator, counts: Record<string, number>) {
  for (const [label, n] of Object.entries(counts))
    await grid.getByLabel(euro(`Nombre de ${label}`)).fill(String(n));
}

async function checkoutScreen(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Encaissement' }).waitFor();
  await page.getByText('Caisse Accueil ouverte').waitFor();
}

describe('checkout at /caisse', () => {
  it('collects a booked client with a product, cash + virtual terminal, then the day is closed', async () => {
    const booking = await bookToday('Caisse');
    const product = await productToScan();
    const total = booking.totalCents + product.priceCents;
    const context = await newContext(browser, 'tablet');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1180, height: 820 });
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await page.getByRole('navigation').getByRole('link', { name: 'Caisse' }).click();
      await page.waitForURL(/\/crm\/caisse$/);
      await checkoutScreen(page);

      // Today's appointment waiting to be paid → its service on the ticket.
      const due = page.getByRole('region', { name: 'Rendez-vous du jour à encaisser' });
      await due.getByRole('button', { name: /^Encaisser le rendez-vous de Clémence Caisse à / }).click();
      await page.waitForURL(/\?vente=[0-9a-f-]{36}$/);
      const cart = page.getByRole('region', { name: 'Ticket', exact: true });
      await cart.getByRole('listitem', { name: 'Soin éclat express' }).waitFor();
      await cart.getByText('Clémence Caisse').waitFor();

      // The scanner types the barcode and Enter into the search field.
      await page.getByLabel('Rechercher un soin ou un produit').fill(product.barcode ?? '');
      await page.getByLabel('Rechercher un soin ou un produit').press('Enter');
      await cart.getByRole('listitem').nth(1).waitFor();
      expect(await cart.getByRole('listitem').count()).toBe(2);
      const left = page.getByTestId('left-to-pay');
      await left.getByText(new RegExp(`^${euroPattern(total)}$`)).waitFor();
      await screenshot(page, 'checkout-cart', 'tablet');

      // The open ticket survives a reload; the demo's parked ticket waits beside it.
      await page.reload();
      await checkoutScreen(page);
      await page
        .getByRole('region', { name: 'Tickets mis de côté' })
        .getByRole('button', { name: /^Reprendre le ticket de / })
        .waitFor();
      await cart.getByRole('listitem', { name: 'Soin éclat express' }).waitFor();
      expect(await cart.getByRole('listitem').count()).toBe(2);

      // 20 € in cash typed on the keypad: no change, 20 € less to pay.
      const tender = page.getByRole('region', { name: 'Paiement' });
      const keypad = tender.getByRole('group', { name: 'Pavé numérique' });
      await keypad.getByRole('button', { name: 'Effacer', exact: true }).waitFor();
      await tender.getByRole('button', { name: 'Tout effacer' }).click();
      for (const key of ['2', '0', '00'])
        await keypad.getByRole('button', { name: key, exact: true }).click();
      await tender
        .getByRole('button', { name: new RegExp(`^Encaisser ${euroPattern(2000)} en espèces$`) })
        .click();
      await tender
        .getByTestId('tender-left')
        .getByText(new RegExp(`^${euroPattern(total - 2000)}$`))
        .waitFor();
      await tender.getByRole('list', { name: 'Paiements' }).getByText('Espèces · Payé').waitFor();

      // The rest on the virtual terminal, followed live.
      await tender.getByRole('button', { name: 'Carte (terminal)' }).click();
      await tender
        .getByRole('combobox', { name: 'Terminal' })
        .getByText(/Terminal virtuel \(démo\) · en ligne/)
        .waitFor();
      await tender
        .getByRole('button', { name: new RegExp(`^Envoyer ${euroPattern(total - 2000)} au terminal$`) })
        .click();
      await tender.getByRole('status').getByText('En attente de la carte…').waitFor();
      await screenshot(page, 'checkout-terminal', 'tablet');
      await tender.getByRole('button', { name: 'Accepter la carte (démo)' }).click();

      // Paid: the receipt choice.
      const done = page.getByRole('region', { name: /^Ticket n° \d+ encaissé$/ });
      await done.waitFor();
      const saleId = new URL(page.url()).searchParams.get('vente');
      expect(await done.getByRole('link', { name: 'Imprimer le ticket' }).getAttribute('href')).toBe(
        `/crm/caisse/ventes/${saleId}/recu?imprimer=1`,
      );
      expect(await done.getByRole('link', { name: 'Imprimer le ticket' }).getAttribute('target')).toBe(
        '_blank',
      );
      expect(await done.getByRole('link', { name: 'Envoyer par e-mail' }).getAttribute('href')).toBe(
        `/crm/caisse/ventes/${saleId}?envoyer=1`,
      );
      await screenshot(page, 'checkout-done', 'tablet');
      await done.getByRole('button', { name: 'Pas de ticket' }).click();
      await done.getByText('Pas de ticket imprimé (loi AGEC).').waitFor();
      await done.getByRole('button', { name: 'Client suivant' }).click();
      await page.waitForURL(/\/crm\/caisse$/);
      await cart.getByText(/^Le ticket est vide/).waitFor();

      const sale = await graphqlData<{
        sale: {
          status: string;
          totalInclCents: number;
          tenders: { kind: string; status: string; amountCents: number }[];
        };
      }>(
        server,
        `query ($id: ID!) { sale(id: $id) { status totalInclCents tenders { kind status amountCents } } }`,
        { id: saleId },
        staffToken,
      );
      expect(sale.sale).toEqual({
        status: 'COMPLETED',
        totalInclCents: total,
        tenders: [
          { kind: 'CASH', status: 'CONFIRMED', amountCents: 2000 },
          { kind: 'CARD_TERMINAL', status: 'CONFIRMED', amountCents: total - 2000 },
        ],
      });
      // The appointment is paid: no longer waiting.
      await due
        .getByRole('button', { name: /^Encaisser le rendez-vous de Clémence Caisse à / })
        .waitFor({ state: 'detached' });

      // Phone and desktop show the same screen.
      for (const device of ['phone', 'desktop'] as const) {
        const other = await newContext(browser, device);
        const otherPage = await other.newPage();
        const otherWatch = watchPage(otherPage);
        try {
          await signInToCrm(otherPage, server, STAFF);
          await otherPage.goto(`${server.url}/crm/caisse`);
          await checkoutScreen(otherPage);
          await otherPage.getByRole('region', { name: 'Catalogue' }).getByRole('listitem').first().waitFor();
          await otherPage
            .getByRole('region', { name: 'Rendez-vous du jour à encaisser' })
            .getByRole('listitem')
            .first()
            .waitFor();
          await screenshot(otherPage, 'checkout', device);
          expect(otherWatch.problems()).toEqual([]);
        } finally {
          await other.close();
        }
      }

      // End of the day: the drawer holds the 165 € float and the 20 € taken.
      await page.getByRole('link', { name: 'Session de caisse' }).click();
      await page.waitForURL(/\/crm\/caisse\/session$/);
      await page.getByRole('button', { name: 'Fermer la caisse' }).click();
      const grid = page.getByRole('group', { name: 'Comptage par coupure' });
      await typeCount(grid, { '20 €': 4, '10 €': 5, '5 €': 4, '2 €': 10, '1 €': 10, '0,50 €': 10 });
      await page.getByRole('button', { name: 'Vérifier le comptage' }).click();
      await page.getByText('La caisse est juste.').waitFor();
      await page.getByRole('button', { name: 'Confirmer la fermeture' }).click();
      await page.getByText(/Caisse fermée\. Écart : 0,00\s€\./).waitFor();

      await page.getByRole('link', { name: 'Clôtures et journal' }).click();
      await page.getByRole('button', { name: 'Clôturer la journée (Z)' }).click();
      await page
        .getByRole('alertdialog', { name: 'Clôturer ?' })
        .getByRole('button', { name: 'Clôturer' })
        .click();
      // The demo's till has three closed days before this one: this day's Z comes fourth.
      const report = page.getByRole('article', { name: 'Ticket Z n° 4' });
      await report.waitFor();
      const text = plain(await report.textContent());
      expect(text).toContain('mardi 9 février 2027');
      expect(text).toMatch(/Tickets1/);
      expect(text).toContain(`Total de la période (TTC)${plain(euros(total))}`);
      await screenshot(page, 'checkout-day-closed', 'tablet');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
