/**
 * Helpers of the CRM agenda's browser tests: GraphQL calls to the real server (to find free slots and
 * check what was saved), Paris dates, signing in through the CRM's login form, reaching a settings
 * page through Réglages, and pixel positions in the agenda's time grid.
 */
import type { Locator, Page } from 'playwright-core';
import { addDays, formatTime, localDateOf } from '@serenaia/shared/paris-time';
import { testNow } from './clock';
import { graphqlData } from './graphql';
import type { TestServer, ViewportName } from './harness';

export { graphql, graphqlData } from './graphql';

export const STAFF = { email: 'camille@serenaia.test', password: 'serenaia-staff' };
export const ADMIN = { email: 'admin@serenaia.test', password: 'serenaia-admin' };

export async function accessToken(
  server: TestServer,
  user: { email: string; password: string },
): Promise<string> {
  const data = await graphqlData<{ login: { accessToken: string } }>(
    server,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: user },
  );
  return data.login.accessToken;
}

/** `YYYY-MM-DD` in Europe/Paris at this instant (by default the tests' now). */
export function parisDate(instant: Date | number = testNow()): string {
  return localDateOf(instant);
}

/** `HH:MM` in Europe/Paris. */
export const parisTime = formatTime;

export { addDays };

/**
 * The first day, at least `minDaysAhead` days after `from` (the tests' today in Paris), on which every
 * active practitioner works according to the server (weekly hours, public holidays and exceptions):
 * far enough ahead for online bookings' lead time. In the demo data, a Tuesday or a Friday that is not
 * a public holiday. With `withoutBookings`, also one on which nothing is booked yet (past the weeks the
 * demo data fills), for tests that need room whatever the seed drew for the date.
 */
export async function dayWhenAllWork(
  server: TestServer,
  token: string,
  { from = parisDate(), minDaysAhead = 2, withoutBookings = false } = {},
): Promise<string> {
  for (let offset = minDaysAhead; offset < minDaysAhead + 90; offset++) {
    const day = addDays(from, offset);
    const { agenda } = await graphqlData<{
      agenda: {
        practitioners: { id: string }[];
        workingTime: { practitionerId: string }[];
        bookings: { id: string }[];
      };
    }>(
      server,
      `query ($day: LocalDate!) { agenda(day: $day) {
        practitioners { id } workingTime { practitionerId } bookings { id } } }`,
      { day },
      token,
    );
    const working = new Set(agenda.workingTime.map((w) => w.practitionerId));
    if (
      agenda.practitioners.length > 0 &&
      agenda.practitioners.every((p) => working.has(p.id)) &&
      (!withoutBookings || agenda.bookings.length === 0)
    )
      return day;
  }
  throw new Error(`No day within 90 days of ${from} on which every practitioner works`);
}

export interface Practitioner {
  id: string;
  displayName: string;
  serviceIds: string[];
}

export interface AgendaBookingView {
  id: string;
  status: string;
  start: string;
  end: string;
  client: { firstName: string; lastName: string };
  items: { serviceId: string; practitionerId: string; start: string; end: string }[];
}

export interface AgendaView {
  practitioners: Practitioner[];
  bookings: AgendaBookingView[];
}

export async function agendaOf(server: TestServer, token: string, day: string): Promise<AgendaView> {
  const data = await graphqlData<{ agenda: AgendaView }>(
    server,
    `query ($day: LocalDate!) { agenda(day: $day) {
      practitioners { id displayName serviceIds }
      bookings { id status start end client { firstName lastName } items { serviceId practitionerId start end } }
    } }`,
    { day },
    token,
  );
  return data.agenda;
}

export async function serviceIdByName(server: TestServer, name: string): Promise<string> {
  const data = await graphqlData<{ serviceCategories: { services: { id: string; name: string }[] }[] }>(
    server,
    '{ serviceCategories(includeInactive: false) { services { id name } } }',
  );
  const service = data.serviceCategories.flatMap((c) => c.services).find((s) => s.name === name);
  if (service === undefined) throw new Error(`No service named ${name}`);
  return service.id;
}

/** Signs in through the CRM's login form; staff land on the agenda. */
export async function signInToCrm(page: Page, server: TestServer, user: { email: string; password: string }) {
  await page.goto(`${server.url}/crm/`);
  await page.getByLabel('Adresse e-mail').fill(user.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
}

/**
 * Réglages › the settings card whose name starts with `card`, as an admin gets there: through the main
 * navigation (behind the burger on a phone), then the card.
 */
export async function openSettings(page: Page, card: string, viewport: ViewportName = 'desktop') {
  if (viewport === 'phone') await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Réglages' })
    .click();
  await page
    .getByRole('list', { name: 'Réglages' })
    .getByRole('link', { name: new RegExp(`^${card.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
}

/** A practitioner's column body in the day view. */
export function agendaColumn(page: Page, columnKey: string): Locator {
  return page.locator(`[data-agenda-column="${columnKey}"]`);
}

/**
 * The page coordinates of an instant in a column of the time grid (from the column's window start
 * and scale, which the grid exposes as data attributes), `dy` pixels lower.
 */
export async function pointInColumn(
  column: Locator,
  instant: string,
  dy = 0,
): Promise<{ x: number; y: number }> {
  const box = await column.boundingBox();
  if (box === null) throw new Error('The column is not visible');
  const windowStart = Date.parse((await column.getAttribute('data-window-start')) ?? '');
  const pxPerMinute = Number(await column.getAttribute('data-px-per-minute'));
  const minutes = (Date.parse(instant) - windowStart) / 60_000;
  return { x: box.x + box.width / 2, y: box.y + minutes * pxPerMinute + dy };
}

/**
 * Clicks a column of the time grid at an instant (`dy` pixels lower), once the grid is still
 * (Playwright waits for the column to be stable and to receive the click there).
 */
export async function clickInColumn(column: Locator, instant: string, dy = 0): Promise<void> {
  const box = await column.boundingBox();
  if (box === null) throw new Error('The column is not visible');
  const windowStart = Date.parse((await column.getAttribute('data-window-start')) ?? '');
  const pxPerMinute = Number(await column.getAttribute('data-px-per-minute'));
  const y = ((Date.parse(instant) - windowStart) / 60_000) * pxPerMinute + dy;
  await column.click({ position: { x: box.width / 2, y } });
}

/** Scrolls the agenda so that an instant of a column is in view (the grid scrolls inside itself). */
export async function scrollGridTo(
  page: Page,
  column: Locator,
  instant: string,
  region: RegExp = /^Agenda du/,
): Promise<void> {
  const windowStart = Date.parse((await column.getAttribute('data-window-start')) ?? '');
  const pxPerMinute = Number(await column.getAttribute('data-px-per-minute'));
  const y = ((Date.parse(instant) - windowStart) / 60_000) * pxPerMinute;
  await page.getByRole('region', { name: region }).evaluate((element, top) => {
    element.scrollTop = Math.max(0, top - 220);
  }, y);
}

/** Waits until every displayed day has loaded (the grid's thin progress bar is gone). */
export async function agendaLoaded(page: Page): Promise<void> {
  await page.getByRole('progressbar', { name: 'Mise à jour de l’agenda…' }).waitFor({ state: 'detached' });
}
