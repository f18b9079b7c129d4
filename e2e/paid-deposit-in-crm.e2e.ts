/**
 * The whole deposit story across both apps, in demo mode: a client books online, pays the deposit from
 * the public site's demo checkout, and the front desk sees the booking confirmed and its deposit paid in
 * the CRM — live in the day agenda it already had open, and in the booking's payment section.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { STAFF, accessToken, agendaLoaded, agendaOf, parisDate, signInToCrm } from './agenda-helpers';
import { bookOnline, freeSlots, serviceIdNamed } from './booking-api';
import { testNow } from './clock';
import { launchBrowser, newContext, screenshot, startServer, watchPage, type TestServer } from './harness';

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

const HOUR = 3_600_000;
/** Intl's no-break spaces vs plain ones: compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('a deposit paid online, seen from the front desk', () => {
  it('a client pays the deposit in demo mode and the CRM shows the booking confirmed and paid', async () => {
    // "Rehaussement de cils": 65 € with a 30 % deposit (19,50 €).
    const lashLift = await serviceIdNamed(server, 'Rehaussement de cils');
    const now = testNow();
    const [slot] = await freeSlots(server, {
      serviceIds: [lashLift],
      practitionerId: null,
      from: new Date(now + 30 * HOUR),
      to: new Date(now + 40 * 24 * HOUR),
    });
    if (slot === undefined) throw new Error('No free slot for a lash lift in 40 days');
    const made = await bookOnline(server, {
      serviceIds: [lashLift],
      practitionerId: slot.practitionerId,
      start: slot.start,
      firstName: 'Maëlys',
    });
    expect(made.booking.status).toBe('PENDING');
    const day = parisDate(new Date(slot.start));
    const staffToken = await accessToken(server, STAFF);
    const booking = (await agendaOf(server, staffToken, day)).bookings.find(
      (b) => b.start === made.booking.start && b.client.firstName === 'Maëlys',
    );
    if (booking === undefined) throw new Error('The online booking is not in the agenda');

    // The desk has the day open before the client pays.
    const desk = await newContext(browser, 'desktop');
    const deskPage = await desk.newPage();
    const deskWatcher = watchPage(deskPage);
    const client = await newContext(browser, 'phone');
    const clientPage = await client.newPage();
    const clientWatcher = watchPage(clientPage);
    try {
      await signInToCrm(deskPage, server, STAFF);
      await deskPage.goto(`${server.url}/crm/agenda?jour=${day}`);
      await agendaLoaded(deskPage);
      const card = deskPage.locator(`[data-booking-id="${booking.id}"]`).first();
      await card.waitFor();

      // The client pays from the manage link, in the demo checkout.
      await clientPage.goto(`${server.url}/rendez-vous/${made.manageToken}`);
      const payment = clientPage.getByRole('region', { name: 'Acompte à régler' });
      await payment.getByRole('button', { name: /^Régler l’acompte de 19,50\s€$/ }).click();
      await payment.getByRole('button', { name: /^Payer 19,50\s€$/ }).click();
      await clientPage.getByText('Confirmé', { exact: true }).waitFor();

      // The desk's agenda follows without a reload; the drawer shows the deposit paid by card online.
      await deskPage.locator(`[data-booking-id="${booking.id}"][data-status="CONFIRMED"]`).first().waitFor();
      await card.click();
      await deskPage.getByRole('dialog', { name: /^Rendez-vous / }).waitFor();
      const section = deskPage.getByTestId('booking-payments');
      await section.getByText('Carte en ligne').waitFor();
      const text = plain(await section.textContent());
      expect(text).toContain('19,50 € demandé · 19,50 € payé');
      expect(text).toContain('Acompte');
      expect(text).toContain('Encaissé');
      expect(text).toContain('Reste à payer45,50 €');
      await screenshot(deskPage, 'paid-deposit-crm-drawer', 'desktop');
      expect(deskWatcher.problems()).toEqual([]);
      expect(clientWatcher.problems()).toEqual([]);
    } finally {
      await desk.close();
      await client.close();
    }
  });
});
