import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  adminAccessToken,
  bookOnline,
  freeSlots,
  graphqlData,
  openExtraHours,
  parisWallClock,
  practitionerIdNamed,
  serviceIdNamed,
} from './booking-api';
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

const CONFIRMED_OR_HELD = /^(Votre rendez-vous est confirmé|Votre créneau est réservé)$/;
const HOUR = 3_600_000;

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

/** Nothing wider than the screen (no sideways scrolling on a phone). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The value next to a label in a description list (confirmation and manage pages). */
function definition(page: Page, term: string): Locator {
  return page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

function param(page: Page, name: string): string {
  const value = new URL(page.url()).searchParams.get(name);
  if (value === null) throw new Error(`No ${name} in ${page.url()}`);
  return value;
}

/**
 * Chooses the first day with a free slot in the calendar inside `scope` (from `notBefore`, a
 * `YYYY-MM-DD` Paris date, if given), turning to the next month (through the empty state's button or
 * the arrow) when the month shown has none left.
 */
async function pickFirstFreeDay(scope: Page | Locator, page: Page, notBefore = ''): Promise<void> {
  const grid = scope.getByRole('grid');
  const freeDay = grid.locator('button:not([aria-disabled])');
  const empty = scope.getByText(/^Aucun créneau libre en /);
  for (let month = 0; month < 3; month++) {
    await freeDay.or(empty).first().waitFor();
    for (const day of await freeDay.all()) {
      if (((await day.getAttribute('data-date')) ?? '') >= notBefore) {
        await day.click();
        return;
      }
    }
    const title = (await grid.getAttribute('aria-labelledby')) ?? '';
    const shown = (await page.locator(`[id="${title}"]`).textContent()) ?? '';
    await scope.getByRole('button', { name: 'Mois suivant' }).click();
    await scope.getByRole('grid').and(page.locator(`:not([aria-busy])`)).waitFor();
    await page.locator(`[id="${title}"]`).filter({ hasNotText: shown }).waitFor();
  }
  throw new Error(`No free day in three months:\n${page.url()}`);
}

/** The first time offered for the chosen day (morning first); returns its label ("10:30", "10:30 avec …"). */
async function pickFirstTime(scope: Page | Locator): Promise<string> {
  const time = scope
    .getByRole('region', { name: /^(Matin|Après-midi)$/ })
    .first()
    .getByRole('button')
    .first();
  await time.waitFor();
  const label = (await time.textContent()) ?? '';
  await time.click();
  return label;
}

interface Choice {
  services: { category: string; name: string }[];
  /** "Sans préférence" or a practitioner's name. */
  practitioner: string;
}

/** From the home page's call to action through services, practitioner, day and time to the contact form. */
async function goToContactStep(page: Page, viewport: ViewportName, choice: Choice, shots: string | null) {
  const shot = async (name: string) => {
    if (shots !== null) await screenshot(page, `${shots}-${name}`, viewport);
  };
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Sérénaia Beauté' }).waitFor();
  await page.getByRole('region', { name: 'Nos prestations' }).getByRole('article').first().waitFor();
  await shot('0-home');
  await page.getByRole('banner').getByRole('link', { name: 'Prendre rendez-vous' }).click();

  // 1. Prestations
  await page.getByRole('heading', { level: 2, name: 'Choisissez vos prestations' }).waitFor();
  await page.getByRole('checkbox').first().waitFor();
  await shot('1-services');
  for (const service of choice.services) {
    const box = page.getByRole('checkbox', { name: service.name, exact: true });
    if (!(await box.isVisible()))
      await page.getByRole('button', { name: new RegExp(`^${service.category}`) }).click();
    await box.click();
    await page.getByRole('checkbox', { name: service.name, exact: true, checked: true }).waitFor();
  }
  const summary = page.getByRole('region', { name: 'Votre sélection' });
  await summary.getByText(`${choice.services.length} prestation`).waitFor();
  await shot('1-services-chosen');
  await expectNoSidewaysScroll(page);
  await summary.getByRole('button', { name: 'Continuer' }).click();

  // 2. Praticien
  await page.getByRole('heading', { level: 2, name: 'Avec qui ?' }).waitFor();
  await page.getByRole('button', { name: /^Sans préférence/ }).waitFor();
  await shot('2-practitioner');
  await page.getByRole('button', { name: new RegExp(`^${choice.practitioner}`) }).click();

  // 3. Date et heure
  await page.getByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' }).waitFor();
  await page
    .getByRole('grid')
    .locator('button:not([aria-disabled])')
    .or(page.getByText(/^Aucun créneau libre en /))
    .first()
    .waitFor();
  await shot('3-calendar');
  await pickFirstFreeDay(page, page);
  await page.getByRole('heading', { name: /^Horaires du / }).waitFor();
  await shot('3-times');
  await expectNoSidewaysScroll(page);
  const time = await pickFirstTime(page);

  // 4. Vos coordonnées
  await page.getByRole('heading', { level: 2, name: 'Vos coordonnées' }).waitFor();
  return { time };
}

async function fillContact(page: Page, details: { firstName: string; phone: string }): Promise<void> {
  await page.getByLabel(/^Prénom/).fill(details.firstName);
  await page.getByLabel(/^Nom/).fill('Lefèvre');
  await page.getByLabel(/^E-mail/).fill(`${details.firstName.toLowerCase()}.lefevre@example.com`);
  await page.getByLabel(/^Téléphone/).fill(details.phone);
}

describe.each<ViewportName>(['phone', 'desktop'])('online booking on a %s', (viewport) => {
  it('books through every step, confirms in words, offers the .ics and the manage link, which shows the booking', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      // The phone books a service asking a deposit with "Sans préférence"; the desktop two services with Camille.
      const choice: Choice =
        viewport === 'phone'
          ? {
              services: [{ category: 'Soins du visage', name: 'Soin hydratant profond' }],
              practitioner: 'Sans préférence',
            }
          : {
              services: [
                { category: 'Soins du visage', name: 'Soin éclat express' },
                { category: 'Épilations', name: 'Épilation sourcils' },
              ],
              practitioner: 'Camille Roux',
            };
      const { time } = await goToContactStep(page, viewport, choice, 'booking');
      expect(param(page, 'etape')).toBe('coordonnees');
      expect(time).toMatch(viewport === 'phone' ? /^\d\d:\d\d avec \S+/ : /^\d\d:\d\d$/);
      await screenshot(page, 'booking-4-contact', viewport);

      // French validation before anything is sent.
      await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
      await page.getByText('Indiquez votre prénom.').waitFor();
      await page.getByLabel(/^Téléphone/).fill('06 12 34');
      await page.getByLabel(/^Téléphone/).blur();
      await page.getByText(/Ce numéro ne semble pas valide/).waitFor();
      await screenshot(page, 'booking-4-contact-errors', viewport);
      await expectNoSidewaysScroll(page);

      await fillContact(page, {
        firstName: 'Juliette',
        phone: viewport === 'phone' ? '06 12 34 56 78' : '+44 20 7946 0958',
      });
      await page.getByLabel(/^Message/).fill('Première visite, peau sensible.');
      await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();

      // 5. Confirmation
      const title = page.getByRole('heading', { level: 1, name: CONFIRMED_OR_HELD });
      await title.waitFor();
      expect(new URL(page.url()).pathname).toBe('/reserver/confirmation');
      const reference = (await definition(page, 'Référence').textContent()) ?? '';
      expect(reference).toMatch(/^[A-Z0-9]{6}$/);
      const whenText = (await definition(page, 'Date').textContent()) ?? '';
      expect(whenText).toMatch(
        /^(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) \d{1,2} \S+ \d{4} à \d\d:\d\d$/,
      );
      expect(whenText.endsWith(`à ${time.slice(0, 5)}`)).toBe(true);
      for (const service of choice.services) await page.getByText(service.name, { exact: true }).waitFor();
      if (viewport === 'phone') {
        // 75 € with a 30 % deposit: held, not confirmed, and said so.
        expect(await title.textContent()).toBe('Votre créneau est réservé');
        await page
          .getByText(
            /Votre créneau est gardé jusqu’au .* Il sera confirmé par le versement d’un acompte de 22,50/,
          )
          .waitFor();
      } else {
        expect(await title.textContent()).toBe('Votre rendez-vous est confirmé');
        await page.getByText('Camille Roux', { exact: true }).waitFor();
      }
      await screenshot(page, 'booking-5-confirmation', viewport);
      await expectNoSidewaysScroll(page);

      // "Ajouter à mon agenda": a real .ics, generated in the browser.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ajouter à mon agenda' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`rendez-vous-${reference}.ics`);
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics).toContain(`UID:${reference}@serenaia\r\n`);
      expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
      expect(ics).toContain('LOCATION:Sérénaia Beauté\\, 18 rue des Martyrs\\, 75009 Paris\r\n');

      // The manage link leads to the booking itself.
      const manage = page.getByRole('link', { name: 'Gérer mon rendez-vous' });
      const href = (await manage.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/rendez-vous\/[A-Za-z0-9_-]{43}$/);
      await manage.click();
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
      await page.getByText(`Référence ${reference}`).waitFor();
      await page.getByText(whenText, { exact: true }).waitFor();
      await page.getByText('Bonjour Juliette, voici le détail de votre rendez-vous.').waitFor();
      await screenshot(page, 'booking-6-manage', viewport);
      // The token is only kept for the confirmation page.
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('turns a slot taken while the client hesitates into the nearest free slots, one of which books', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      const choice: Choice =
        viewport === 'phone'
          ? {
              services: [{ category: 'Mains & pieds', name: 'Manucure classique' }],
              practitioner: 'Inès Moreau',
            }
          : {
              services: [{ category: 'Massages & bien-être', name: 'Réflexologie plantaire' }],
              practitioner: 'Léa Fontaine',
            };
      await goToContactStep(page, viewport, choice, null);
      await fillContact(page, { firstName: 'Nadia', phone: '+33 6 11 22 33 44' });

      // Someone else books the very same slot meanwhile.
      const other = await bookOnline(server, {
        serviceIds: param(page, 'prestations').split(','),
        practitionerId: param(page, 'avec'),
        start: param(page, 'heure'),
      });
      expect(other.booking.start).toBe(param(page, 'heure'));

      await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'Voici les créneaux libres les plus proches.' });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^Ce créneau (n’est plus disponible|vient d’être réservé)\./);
      const choices = page.getByRole('region', { name: 'Créneaux libres les plus proches' });
      const alternative = choices
        .getByRole('button', { name: new RegExp(`avec ${choice.practitioner}$`) })
        .first();
      await alternative.waitFor();
      // The form keeps what was typed.
      expect(await page.getByLabel(/^Téléphone/).inputValue()).toBe('+33 6 11 22 33 44');
      expect(new URL(page.url()).pathname).toBe('/reserver');
      await screenshot(page, 'booking-conflict', viewport);
      await expectNoSidewaysScroll(page);

      const label = (await alternative.textContent()) ?? '';
      const [, day, time] = /^(.+) (\d\d:\d\d) avec /.exec(label) ?? [];
      expect(day).toBeDefined();
      await alternative.click();

      await page.getByRole('heading', { level: 1, name: CONFIRMED_OR_HELD }).waitFor();
      const when = (await definition(page, 'Date').textContent()) ?? '';
      expect(when.startsWith(`${day} `)).toBe(true);
      expect(when.endsWith(`à ${time}`)).toBe(true);
      await page.getByText(choice.practitioner, { exact: true }).waitFor();
      await screenshot(page, 'booking-conflict-booked', viewport);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the client move then cancel a booking from the manage link', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      const manicure = await serviceIdNamed(server, 'Manucure classique');
      const ines = await practitionerIdNamed(server, 'Inès Moreau');
      const now = testNow();
      const slots = await freeSlots(server, {
        serviceIds: [manicure],
        practitionerId: ines,
        from: new Date(now + 30 * HOUR),
        to: new Date(now + 40 * 24 * HOUR),
      });
      const first = slots[viewport === 'phone' ? 0 : 1];
      if (first === undefined) throw new Error('No free slot for a manicure with Inès in 40 days');
      const made = await bookOnline(server, {
        serviceIds: [manicure],
        practitionerId: ines,
        start: first.start,
        firstName: 'Chloé',
      });

      await page.goto(`${server.url}/rendez-vous/${made.manageToken}`);
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
      await page.getByText(`Référence ${made.booking.reference}`).waitFor();
      await page.getByText(/^Modifiable en ligne jusqu’au .* à \d\d:\d\d\.$/).waitFor();
      await screenshot(page, 'manage-1-booking', viewport);

      // Déplacer: the same calendar, for the same service and practitioner.
      await page.getByRole('button', { name: 'Déplacer' }).click();
      const panel = page.getByRole('region', { name: 'Choisissez un nouveau créneau' });
      await panel.getByText('Mêmes prestations, avec Inès Moreau.').waitFor();
      // Still more than 24 h ahead once moved, so that it can then be cancelled online.
      await pickFirstFreeDay(panel, page, parisWallClock(new Date(testNow() + 48 * HOUR)).date);
      const time = await pickFirstTime(panel);
      const confirm = page.getByRole('dialog', { name: 'Déplacer ce rendez-vous ?' });
      await confirm.waitFor();
      await screenshot(page, 'manage-2-move', viewport);
      await confirm.getByRole('button', { name: 'Confirmer le déplacement' }).click();
      const moved = page.getByText(/^Votre rendez-vous est déplacé au .* à \d\d:\d\d\.$/);
      await moved.waitFor();
      expect(((await moved.textContent()) ?? '').endsWith(`à ${time}.`)).toBe(true);
      await screenshot(page, 'manage-3-moved', viewport);

      // Annuler: a confirmation with an optional reason.
      await page.getByRole('button', { name: 'Annuler le rendez-vous' }).click();
      const dialog = page.getByRole('dialog', { name: 'Annuler ce rendez-vous ?' });
      await dialog.getByLabel('Motif (facultatif)').fill('Un empêchement de dernière minute');
      await screenshot(page, 'manage-4-cancel', viewport);
      await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
      await page.getByText('Votre rendez-vous est annulé.').waitFor();
      await page.getByText('Ce rendez-vous est annulé').waitFor();
      const again = page.getByRole('link', { name: 'Reprendre rendez-vous' });
      expect(await again.getAttribute('href')).toBe(`/reserver?prestations=${manicure}`);
      await screenshot(page, 'manage-5-cancelled', viewport);
      await expectNoSidewaysScroll(page);

      const after = await graphqlData<{ bookingByToken: { status: string; canChange: boolean } }>(
        server,
        'query ($token: String!) { bookingByToken(token: $token) { status canChange } }',
        { token: made.manageToken },
      );
      expect(after.bookingByToken).toEqual({ status: 'CANCELLED', canChange: false });
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses online changes inside the cancellation deadline and gives the institute’s phone', async () => {
    const { context, page, problems } = await open(viewport);
    try {
      // A slot just after the 2 h lead time, hence inside the 24 h deadline: extra hours make sure one exists.
      const brows = await serviceIdNamed(server, 'Épilation sourcils');
      const ines = await practitionerIdNamed(server, 'Inès Moreau');
      let start = Math.ceil((testNow() + 2.5 * HOUR) / (15 * 60_000)) * 15 * 60_000;
      if (parisWallClock(new Date(start)).date !== parisWallClock(new Date(start + 2 * HOUR)).date) {
        // Past 22:00 in Paris: open the first two hours of the next day instead.
        const nextDay = parisWallClock(new Date(start + 2 * HOUR)).date;
        start = [`${nextDay}T00:00:00+01:00`, `${nextDay}T00:00:00+02:00`]
          .map(Date.parse)
          .find((instant) => parisWallClock(new Date(instant)).time === '00:00')!;
      }
      await openExtraHours(
        server,
        await adminAccessToken(server),
        ines,
        new Date(start),
        new Date(start + 2 * HOUR),
      );
      const now = testNow();
      const [soon] = await freeSlots(server, {
        serviceIds: [brows],
        practitionerId: ines,
        from: new Date(now),
        to: new Date(now + 23 * HOUR),
      });
      expect(soon).toBeDefined();
      const made = await bookOnline(server, {
        serviceIds: [brows],
        practitionerId: ines,
        start: soon.start,
      });

      await page.goto(`${server.url}/rendez-vous/${made.manageToken}`);
      await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' }).waitFor();
      await page
        .getByText(/^Les modifications en ligne ne sont possibles que jusqu’à 24 h avant le rendez-vous/)
        .waitFor();
      const call = page.getByRole('link', { name: /01 42 80 12 34/ });
      expect(await call.getAttribute('href')).toBe('tel:+33142801234');
      expect(await page.getByRole('button', { name: 'Annuler le rendez-vous' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Déplacer' }).count()).toBe(0);
      await screenshot(page, 'manage-deadline-passed', viewport);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers an unknown manage link with a clear French page and the institute’s phone', async () => {
    const { context, page } = await open(viewport);
    try {
      await page.goto(`${server.url}/rendez-vous/${'A'.repeat(43)}`);
      await page.getByRole('heading', { level: 1, name: 'Lien de gestion introuvable' }).waitFor();
      await page.getByText('Ce lien de gestion n’est plus valide. Contactez l’institut.').waitFor();
      const call = page.getByRole('link', { name: /Appeler l’institut/ });
      expect(await call.getAttribute('href')).toBe('tel:+33142801234');
      await screenshot(page, 'manage-unknown-link', viewport);
    } finally {
      await context.close();
    }
  });
});
