/**
 * The loyalty card in Chromium against the real server on the demo data, at the checkout test's
 * instant: Hélène Dupont (540 points, « Argent ») books online and her manage page shows her points,
 * tier and card QR code; at the till, her card's token typed in the client field (what a scanner
 * types) attaches her to a ticket with a service, her reward is offered, and it goes on the ticket once
 * her consent is ticked.
 * Screenshots: the manage page at phone and desktop widths, the till at tablet and phone widths.
 */
import './checkout-clock';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { graphqlData, serviceIdByName, signInToCrm, STAFF } from './agenda-helpers';
import { freeSlots } from './booking-api';
import { launchBrowser, newContext, screenshot, startServer, watchPage, type TestServer } from './harness';

jest.setTimeout(240_000);

let server: TestServer;
let browser: Browser;
let manageToken: string;
let cardToken: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const serviceId = await serviceIdByName(server, 'Soin éclat express');
  const from = new Date(Date.parse(process.env.E2E_NOW as string) + 3 * 24 * 3600_000);
  const [slot] = await freeSlots(server, {
    from,
    to: new Date(from.getTime() + 10 * 24 * 3600_000),
    serviceIds: [serviceId],
    practitionerId: null,
  });
  if (slot === undefined) throw new Error('No free slot for the loyalty card test');
  const made = await graphqlData<{ createBooking: { manageToken: string } }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken } }`,
    {
      input: {
        serviceIds: [serviceId],
        practitionerId: slot.practitionerId,
        start: slot.start,
        client: {
          firstName: 'Hélène',
          lastName: 'Dupont',
          email: 'helene.dupont@exemple.fr',
          phone: '06 11 22 33 44',
        },
      },
    },
  );
  manageToken = made.createBooking.manageToken;
  const card = await graphqlData<{ bookingByToken: { loyalty: { cardToken: string; balance: number } } }>(
    server,
    `query ($token: String!) { bookingByToken(token: $token) { loyalty { cardToken balance } } }`,
    { token: manageToken },
  );
  cardToken = card.bookingByToken.loyalty.cardToken;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('loyalty card', () => {
  it.each(['phone', 'desktop'] as const)(
    'shows the client’s card on her manage page (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await page.goto(`${server.url}/rendez-vous/${manageToken}`);
        const card = page.getByRole('region', { name: 'Ma carte de fidélité' });
        await card.getByRole('img', { name: 'QR code de votre carte de fidélité' }).waitFor();
        expect(await card.textContent()).toContain('Palier Argent');
        await card.scrollIntoViewIfNeeded();
        await screenshot(page, 'manage-loyalty-card', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['tablet', 'phone'] as const)(
    'attaches the client by her card at the till and offers her reward with consent (%s)',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await page.goto(`${server.url}/crm/caisse`);
        await page.getByRole('heading', { level: 1, name: 'Encaissement' }).waitFor();
        // A service on the ticket first: a reward needs a ticket holding at least its value.
        await page
          .getByRole('listitem', { name: /Soin éclat express/ })
          .first()
          .click();
        // The line is on the ticket before the card is scanned, so the screenshots below are taken on
        // a settled ticket (a scan sent meanwhile would be queued after the line and applied too).
        await page
          .getByRole('button', { name: /^Retirer Soin éclat express/ })
          .first()
          .waitFor({ state: 'attached' });
        await page
          .getByLabel('Rechercher une cliente (nom, téléphone, e-mail, carte de fidélité)')
          .fill(cardToken);
        await page.getByText(/points · palier Argent/).waitFor();
        await page.getByRole('button', { name: '10 € offerts (500 pts)' }).click();
        const dialog = page.getByRole('dialog', { name: 'Utiliser une récompense ?' });
        await dialog.getByLabel('La cliente accepte d’utiliser ses points.').check();
        await screenshot(page, 'till-loyalty-reward', viewport);
        // Once (the reward then holds her points on this ticket): on the tablet, the till's device.
        if (viewport === 'tablet') {
          await dialog.getByRole('button', { name: 'Ajouter au ticket' }).click();
          await page
            .getByText(/Fidélité : 10\s€ offerts/)
            .first()
            .waitFor();
          await screenshot(page, 'till-loyalty-reward-added', viewport);
          // What the reward reduces cannot leave the ticket: never a negative total.
          await page.getByRole('button', { name: /^Retirer Soin éclat express/ }).click();
          await page
            .getByRole('alert')
            .getByText(
              'Le total du ticket deviendrait négatif : retirez d’abord la récompense fidélité qu’il contient.',
            )
            .waitFor();
          await screenshot(page, 'till-loyalty-reward-refused', viewport);
        }
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
