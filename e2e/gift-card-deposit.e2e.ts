/**
 * A booking's deposit paid with a gift card on the public site in demo mode, from the manage link:
 * « J’ai une carte cadeau », a typo caught in the browser, then the demo card with 30 € left. On a
 * phone it pays the whole 19,50 € deposit (the booking is confirmed at once); on a desktop, run after,
 * the same card has 10,50 € left: it pays that, and the demo checkout takes the remaining 9 €.
 * Screenshots at 390 px (phone) and 1280 px (desktop).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkSymbol, formatCode } from '@serenaia/shared/gift-card-code';
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
/** The demo card with 30 € left of 50 € (README). */
const DEMO_CARD = formatCode('ZENSPAKG5RTM4PL' + checkSymbol('ZENSPAKG5RTM4PL'));
/** Intl writes amounts with a no-break space before "€". */
const amount = (text: string) => new RegExp(text.replace(/ €/g, '\\s€'));

async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name, viewport);
}

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

async function cardBalance(): Promise<number> {
  const data = await graphqlData<{ giftCardBalance: { balanceCents: number } }>(
    server,
    'query ($code: String!) { giftCardBalance(code: $code) { balanceCents } }',
    { code: DEMO_CARD },
  );
  return data.giftCardBalance.balanceCents;
}

/** A pending lash lift (65 €, deposit 19,50 €) booked through the API, and its manage page opened. */
async function pendingBooking(page: Page, viewport: ViewportName): Promise<string> {
  const lashLift = await serviceIdNamed(server, 'Rehaussement de cils');
  const now = testNow();
  const slots = await freeSlots(server, {
    serviceIds: [lashLift],
    practitionerId: null,
    from: new Date(now + 30 * HOUR),
    to: new Date(now + 40 * 24 * HOUR),
  });
  const slot = slots[viewport === 'phone' ? 2 : 6];
  if (slot === undefined) throw new Error('No free slot for a lash lift in 40 days');
  const made = await bookOnline(server, {
    serviceIds: [lashLift],
    practitionerId: slot.practitionerId,
    start: slot.start,
    firstName: 'Zoé',
  });
  expect(made.booking.status).toBe('PENDING');
  if (viewport === 'desktop') await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/rendez-vous/${made.manageToken}`);
  await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
  return made.manageToken;
}

describe.each<ViewportName>(['phone', 'desktop'])('a deposit paid with a gift card on a %s', (viewport) => {
  it('takes the card for what it covers, the demo checkout for the rest', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const { problems } = watchPage(page);
    try {
      const token = await pendingBooking(page, viewport);
      const payment = page.getByRole('region', { name: 'Acompte à régler' });
      await payment.getByRole('button', { name: amount('^Régler l’acompte de 19,50 €$') }).click();
      await payment.getByRole('button', { name: amount('^Payer 19,50 €$') }).waitFor();

      await payment.getByRole('button', { name: 'J’ai une carte cadeau' }).click();
      const form = payment.getByRole('form', { name: 'Payer avec une carte cadeau' });
      const field = form.getByLabel('Code de la carte cadeau');
      // A typo (two neighbours swapped): caught here, before any request.
      const swapped = DEMO_CARD.slice(0, 2) + DEMO_CARD[3] + DEMO_CARD[2] + DEMO_CARD.slice(4);
      await field.fill(swapped.replaceAll('-', ''));
      await form.getByRole('button', { name: 'Utiliser la carte' }).click();
      await form.getByText('Ce code contient une faute de frappe : vérifiez-le.').waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'gift-card-deposit-1-typo', viewport);

      await field.fill(DEMO_CARD.toLowerCase());
      await form.getByRole('button', { name: 'Utiliser la carte' }).click();
      if (viewport === 'phone') {
        // 30 € on the card: the whole deposit, the booking confirmed.
        await page
          .getByText(amount('^Acompte réglé : 19,50 €\\. Votre rendez-vous est confirmé\\.$'))
          .waitFor();
        await page.getByText('Confirmé', { exact: true }).waitFor();
        expect(await bookingStatus(token)).toBe('CONFIRMED');
        expect(await cardBalance()).toBe(1050);
        await screenshot(page, 'gift-card-deposit-2-paid', viewport);
      } else {
        // 10,50 € left: that part, and the rest by the demo checkout.
        await payment.getByText(amount('Carte cadeau : 10,50 € utilisés pour l’acompte')).waitFor();
        expect(await definition(payment, 'Payé par carte cadeau').textContent()).toMatch(
          amount('^− 10,50 €$'),
        );
        expect(await definition(payment, 'À régler maintenant').textContent()).toMatch(amount('^9 €$'));
        expect(await bookingStatus(token)).toBe('PENDING');
        expect(await cardBalance()).toBe(0);
        await screenshot(page, 'gift-card-deposit-2-partial', viewport);
        await payment.getByRole('button', { name: amount('^Payer 9 €$') }).click();
        await page.getByText('Confirmé', { exact: true }).waitFor();
        expect(await bookingStatus(token)).toBe('CONFIRMED');
        await screenshot(page, 'gift-card-deposit-3-paid', viewport);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
