/**
 * Availability settings from the CRM, seen on the public site: an admin gives Inès Moreau (who never
 * works on Thursdays in the demo data) a Thursday morning in `/crm/reglages/horaires`, and the public
 * booking calendar offers that Thursday with her, from 10:00; then the admin closes the institute that
 * day in `/crm/reglages/fermetures`, and nobody is offered anything on it. The day is chosen from the
 * tests' clock (`clock.ts`), never from the real date: the first Thursday at least three weeks ahead
 * (past the demo bookings) that is not a public holiday.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { frenchPublicHolidays } from '@serenaia/shared/time';
import { addDays, isoWeekday } from '@serenaia/shared/paris-time';
import { freeSlots, practitionerIdNamed, serviceIdNamed } from './booking-api';
import { ADMIN, parisDate, signInToCrm } from './agenda-helpers';
import {
  SCREENSHOT_DIR,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  type TestServer,
  type ViewportName,
} from './harness';

jest.setTimeout(240_000);

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

/** The first Thursday at least 22 days after the tests' today that is not a public holiday. */
function quietThursday(): string {
  let day = addDays(parisDate(), 22);
  while (isoWeekday(day) !== 4 || frenchPublicHolidays(Number(day.slice(0, 4))).has(day))
    day = addDays(day, 1);
  return day;
}

/** The public booking calendar for these choices, on `day`'s month, once its availability has loaded. */
async function publicCalendarDay(page: Page, serviceId: string, practitioner: string, day: string) {
  const query = new URLSearchParams({
    etape: 'date',
    prestations: serviceId,
    praticien: practitioner,
    mois: day.slice(0, 7),
  });
  await page.goto(`${server.url}/reserver?${query.toString()}`);
  await page.getByRole('grid').and(page.locator(':not([aria-busy])')).waitFor();
  const cell = page.locator(`[data-date="${day}"]`);
  await cell.waitFor();
  return cell;
}

/** Where a viewport-only screenshot goes (beside the full-page ones). */
async function screenshotPath(name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** Screenshots at 390 and 1280 px wide, from the top. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name, width === 390 ? 'phone' : 'desktop');
  }
}

describe('availability settings in the CRM drive the public slots', () => {
  it('a Thursday morning for Inès appears on the public site; closing the institute that day removes every slot', async () => {
    const day = quietThursday();
    const manicure = await serviceIdNamed(server, 'Manucure classique');
    const ines = await practitionerIdNamed(server, 'Inès Moreau');
    const context = await newContext(browser, 'desktop' satisfies ViewportName);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      // Before: Inès does not work on Thursdays, so the public calendar has nothing that day.
      expect(await freeSlots(server, { serviceIds: [manicure], practitionerId: ines, day })).toEqual([]);
      expect(await (await publicCalendarDay(page, manicure, ines, day)).getAttribute('aria-disabled')).toBe(
        'true',
      );

      // The admin gives her Thursday 10:00–12:00 in the CRM.
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/reglages/horaires`);
      await page.getByRole('heading', { level: 1, name: 'Horaires de travail' }).waitFor();
      await page.getByRole('combobox', { name: 'Praticienne' }).click();
      await page.getByRole('option', { name: 'Inès Moreau' }).click();
      const thursday = page.getByRole('region', { name: 'Jeudi' });
      // Camille (shown first) works on Thursdays; Inès does not.
      await thursday.getByText('Ne travaille pas').waitFor();
      await thursday.getByRole('button', { name: 'Ajouter une plage' }).click();
      // A mistake is named on its field, in French, and nothing is saved until it is fixed.
      await page.getByLabel('Jeudi, plage 1 : Début').fill('25:00');
      // Leave the field first: its error appears under it (the layout moves), then save.
      await page.getByLabel('Jeudi, plage 1 : Début').blur();
      await page.getByText('Heure invalide (HH:MM, ex. 09:30).').waitFor();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('alert').filter({ hasText: 'Corrigez les heures signalées' }).waitFor();
      await page.getByLabel('Jeudi, plage 1 : Début').scrollIntoViewIfNeeded();
      await page.screenshot({ path: await screenshotPath('crm-working-hours-error') });
      await page.getByLabel('Jeudi, plage 1 : Début').fill('10:00');
      await page.getByLabel('Jeudi, plage 1 : Fin').fill('12h');
      await page.getByLabel('Jeudi, plage 1 : Fin').blur();
      await expect(page.getByLabel('Jeudi, plage 1 : Fin').inputValue()).resolves.toBe('12:00');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Horaires enregistrés. Les créneaux en ligne suivent dès maintenant.').waitFor();
      await shoot(page, 'crm-working-hours');

      // The public site now offers that Thursday with her, from 10:00, and nothing after 11:30.
      const cell = await publicCalendarDay(page, manicure, ines, day);
      expect(await cell.getAttribute('aria-disabled')).toBeNull();
      await cell.click();
      const firstTime = page.getByRole('region', { name: 'Matin' }).getByRole('button').first();
      await firstTime.waitFor();
      expect((await firstTime.textContent())?.trim()).toMatch(/^10:00/);
      expect(await page.getByRole('region', { name: 'Après-midi' }).count()).toBe(0);
      const offered = await freeSlots(server, { serviceIds: [manicure], practitionerId: ines, day });
      expect(offered.length).toBeGreaterThan(0);
      const times = offered.map((s) =>
        new Date(s.start).toLocaleTimeString('fr-FR', {
          timeZone: 'Europe/Paris',
          hour: '2-digit',
          minute: '2-digit',
        }),
      );
      expect(times[0]).toBe('10:00');
      expect(times.every((t) => t >= '10:00' && t <= '11:30')).toBe(true);

      // The admin closes the whole institute that day.
      await page.goto(`${server.url}/crm/reglages/fermetures?mois=${day.slice(0, 7)}`);
      await page.getByRole('heading', { level: 1, name: 'Fermetures et congés' }).waitFor();
      const form = page.getByRole('region', { name: 'Nouvelle fermeture' });
      const [y, m, d] = day.split('-');
      await form.getByLabel('Du').fill(`${d}/${m}/${y}`);
      await form.getByLabel('Du').blur();
      await form.getByLabel('Motif (facultatif)').fill('Formation de l’équipe');
      await form.getByRole('button', { name: 'Fermer ces jours (1 jour)' }).click();
      await form.getByText('1 jour fermé.').waitFor();
      await page.locator(`[data-date="${day}"][data-closed="true"]`).waitFor();
      await page.getByText('Formation de l’équipe').first().waitFor();
      await shoot(page, 'crm-closures');

      // No slot that day, for anyone: neither with Inès nor without preference, for any service.
      expect(await freeSlots(server, { serviceIds: [manicure], practitionerId: ines, day })).toEqual([]);
      const facial = await serviceIdNamed(server, 'Soin éclat express');
      expect(await freeSlots(server, { serviceIds: [facial], practitionerId: null, day })).toEqual([]);
      expect(await (await publicCalendarDay(page, manicure, ines, day)).getAttribute('aria-disabled')).toBe(
        'true',
      );
      expect(
        await (await publicCalendarDay(page, facial, 'sans-preference', day)).getAttribute('aria-disabled'),
      ).toBe('true');
      // The day before is untouched.
      expect(
        (await freeSlots(server, { serviceIds: [facial], practitionerId: null, day: addDays(day, -1) }))
          .length,
      ).toBeGreaterThan(0);

      // The booking policy page, for the screenshots.
      await page.goto(`${server.url}/crm/reglages/reservation`);
      await page.getByLabel('Délai minimum avant un rendez-vous en ligne').waitFor();
      await shoot(page, 'crm-booking-policy');
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
