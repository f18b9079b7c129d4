/**
 * The deposit (acompte) of an online booking in demo mode: the simulated provider's checkout after
 * the booking, a refusal then a payment, the booking confirmed by the server's background job, and
 * the manage link paying a deposit a client left unpaid. The paid deposit shown on the manage page is
 * the server's (`depositPaidCents`): it survives a reload.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { bookOnline, freeSlots, graphqlData, serviceIdNamed } from './booking-api';
import { testNow } from './clock';
import {
  launchBrowser,
  newContext,
  screenshot as fullPageScreenshot,
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

const HOUR = 3_600_000;
/** "Rehaussement de cils": 65 € with a 30 % deposit. */
const LASH_LIFT = { category: 'Maquillage & regard', name: 'Rehaussement de cils' };
/** Intl writes amounts with a no-break space before "€". */
const amount = (text: string) => new RegExp(text.replace(/ €/g, '\\s€'));

async function open(
  viewport: ViewportName,
): Promise<{ context: BrowserContext; page: Page; problems: () => string[] }> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const watcher = watchPage(page);
  return { context, page, problems: watcher.problems };
}

/** A full-page screenshot taken from the top (the sticky header otherwise lands mid-page). */
async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name, viewport);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The value next to a label in a description list. */
function definition(scope: Page | Locator, term: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

async function bookingStatus(token: string): Promise<string> {
  const data = await graphqlData<{ bookingByToken: { status: string } }>(
    server,
    'query ($token: String!) { bookingByToken(token: $token) { status } }',
    { token },
  );
  return data.bookingByToken.status;
}

/** Through the booking flow to the booked slot: the lash lift, any practitioner, the first free time. */
async function bookLashLift(page: Page): Promise<void> {
  await page.goto(`${server.url}/reserver`);
  await page.getByRole('heading', { level: 2, name: 'Choisissez vos prestations' }).waitFor();
  const box = page.getByRole('checkbox', { name: LASH_LIFT.name, exact: true });
  await page.getByRole('checkbox').first().waitFor();
  if (!(await box.isVisible()))
    await page.getByRole('button', { name: new RegExp(`^${LASH_LIFT.category}`) }).click();
  await box.click();
  await page
    .getByRole('region', { name: 'Votre sélection' })
    .getByRole('button', { name: 'Continuer' })
    .click();
  await page.getByRole('button', { name: /^Sans préférence/ }).click();

  await page.getByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' }).waitFor();
  const grid = page.getByRole('grid');
  const freeDay = grid.locator('button:not([aria-disabled])');
  for (let month = 0; month < 3; month++) {
    await freeDay
      .or(page.getByText(/^Aucun créneau libre en /))
      .first()
      .waitFor();
    if ((await freeDay.count()) > 0) break;
    await page.getByRole('button', { name: 'Mois suivant' }).click();
    await grid.and(page.locator(':not([aria-busy])')).waitFor();
  }
  await freeDay.first().click();
  await page
    .getByRole('region', { name: /^(Matin|Après-midi)$/ })
    .first()
    .getByRole('button')
    .first()
    .click();

  await page.getByRole('heading', { level: 2, name: 'Vos coordonnées' }).waitFor();
  await page.getByText(amount('Un acompte de 19,50 € est demandé pour ce rendez-vous')).waitFor();
  await page.getByLabel(/^Prénom/).fill('Inès');
  await page.getByLabel(/^Nom/).fill('Garnier');
  await page.getByLabel(/^E-mail/).fill('ines.garnier@example.com');
  await page.getByLabel(/^Téléphone/).fill('06 23 45 67 89');
  await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
}

describe.each<ViewportName>(['phone', 'desktop'])('the deposit of an online booking on a %s', (viewport) => {
  it('asks for the deposit in demo mode, survives a refusal, then confirms the booking with the deposit paid', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      await bookLashLift(page);

      // The payment step: held slot, amounts, countdown, the demo checkout said to be one.
      await page.getByRole('heading', { level: 1, name: 'Votre créneau est réservé' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/reserver/confirmation');
      const payment = page.getByRole('region', { name: 'Acompte à régler' });
      await payment.waitFor();
      expect(await payment.getByRole('timer').textContent()).toMatch(
        /^Créneau réservé pendant (20:00|19:[0-5]\d)$/,
      );
      expect(await definition(payment, 'À régler maintenant').textContent()).toMatch(amount('^19,50 €$'));
      expect(await definition(payment, 'Reste à régler à l’institut').textContent()).toMatch(
        amount('^45,50 €$'),
      );
      const demo = payment.getByRole('form', { name: 'Mode démonstration — aucun paiement réel' });
      await demo.waitFor();
      expect(await demo.getByLabel('Numéro de carte').inputValue()).toBe('4242 4242 4242 4242');
      const manageHref =
        (await page.getByRole('link', { name: 'Gérer mon rendez-vous' }).getAttribute('href')) ?? '';
      const token = manageHref.replace(/^\/rendez-vous\//, '');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await bookingStatus(token)).toBe('PENDING');
      await screenshot(page, 'deposit-1-payment', viewport);
      await expectNoSidewaysScroll(page);

      // A refusal: the reason in French, the slot still held, a retry.
      await demo.getByRole('button', { name: 'Simuler un refus' }).click();
      const refusal = payment.getByRole('alert');
      await refusal.getByText('Le paiement n’a pas abouti').waitFor();
      await refusal.getByText('Paiement refusé (simulation).').waitFor();
      await payment.getByRole('timer').waitFor();
      await screenshot(page, 'deposit-2-refused', viewport);
      expect(await bookingStatus(token)).toBe('PENDING');
      await refusal.getByRole('button', { name: 'Réessayer le paiement' }).click();

      // Paid: the server's job confirms the booking, the page follows.
      await demo.getByRole('button', { name: amount('^Payer 19,50 €$') }).click();
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous est confirmé' }).waitFor();
      await page.getByText(amount('^Acompte réglé : 19,50 €$')).waitFor();
      await page.getByText(amount('Reste à régler à l’institut le jour du rendez-vous : 45,50 €')).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      expect(await page.getByRole('region', { name: 'Acompte à régler' }).count()).toBe(0);
      expect(await bookingStatus(token)).toBe('CONFIRMED');
      await screenshot(page, 'deposit-3-confirmed', viewport);
      await expectNoSidewaysScroll(page);

      // The manage link shows the booking confirmed, the deposit paid.
      await page.getByRole('link', { name: 'Gérer mon rendez-vous' }).click();
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
      await page.getByText('Confirmé', { exact: true }).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      expect(await page.getByRole('region', { name: 'Acompte à régler' }).count()).toBe(0);
      await screenshot(page, 'deposit-4-manage', viewport);

      // Reloaded (nothing carried by the browser): still the deposit the server counts as paid.
      await page.reload();
      await page.getByText('Confirmé', { exact: true }).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a client who left pay the deposit from the manage link before the hold ends', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      const lashLift = await serviceIdNamed(server, LASH_LIFT.name);
      const now = testNow();
      const slots = await freeSlots(server, {
        serviceIds: [lashLift],
        practitionerId: null,
        from: new Date(now + 30 * HOUR),
        to: new Date(now + 40 * 24 * HOUR),
      });
      // Not the slot the other test of this viewport may have taken.
      const slot = slots[viewport === 'phone' ? 3 : 5];
      if (slot === undefined) throw new Error('No free slot for a lash lift in 40 days');
      const made = await bookOnline(server, {
        serviceIds: [lashLift],
        practitionerId: slot.practitionerId,
        start: slot.start,
        firstName: 'Léna',
      });
      expect(made.booking.status).toBe('PENDING');

      await page.goto(`${server.url}/rendez-vous/${made.manageToken}`);
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
      await page.getByText('En attente d’acompte', { exact: true }).waitFor();
      const payment = page.getByRole('region', { name: 'Acompte à régler' });
      await payment.getByRole('timer').waitFor();
      await screenshot(page, 'deposit-manage-1-due', viewport);
      await expectNoSidewaysScroll(page);

      await payment.getByRole('button', { name: amount('^Régler l’acompte de 19,50 €$') }).click();
      await payment.getByRole('button', { name: amount('^Payer 19,50 €$') }).click();
      await page
        .getByText(amount('^Acompte réglé : 19,50 €\\. Votre rendez-vous est confirmé\\.$'))
        .waitFor();
      await page.getByText('Confirmé', { exact: true }).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      expect(await bookingStatus(made.manageToken)).toBe('CONFIRMED');
      await screenshot(page, 'deposit-manage-2-paid', viewport);

      // Reloaded, then opened afresh: the server's word, not this tab's memory.
      await page.reload();
      await page.getByText('Confirmé', { exact: true }).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      await page.goto(`${server.url}/`);
      await page.goto(`${server.url}/rendez-vous/${made.manageToken}`);
      await page.getByText('Confirmé', { exact: true }).waitFor();
      expect(await definition(page, 'Acompte réglé').textContent()).toMatch(amount('^19,50 €$'));
      expect(await page.getByText(/^Acompte réglé : /).count()).toBe(0);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
