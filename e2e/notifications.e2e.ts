/**
 * Messages in the CRM, in Chromium against the real server and a real SMTP server (the `smtp-server`
 * package, in this process): a booking made online shows its confirmation e-mail, sent, in the agenda
 * drawer and in /notifications (its SMS is skipped: no OVH account in tests, and the page says why);
 * an administrator switches a template off and finds it saved, previews a message and sends a test.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  STAFF,
  accessToken,
  agendaOf,
  graphqlData,
  dayWhenAllWork,
  serviceIdByName,
  signInToCrm,
  openSettings,
} from './agenda-helpers';
import { freeSlots } from './booking-api';
import {
  SCREENSHOT_DIR,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  until,
  type TestServer,
  type ViewportName,
} from './harness';
import { TestSmtpServer } from '@serenaia/test-support';

jest.setTimeout(180_000);

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;
let staffToken: string;
let adminToken: string;
let bookingId: string;
/** Fresh database per file: one address is enough. */
const clientEmail = 'ines.message@exemple.fr';

interface LogRow {
  id: string;
  channel: string;
  template: string;
  status: string;
  skipReason: string | null;
}

async function log(filter: Record<string, unknown>): Promise<LogRow[]> {
  const data = await graphqlData<{ notifications: { items: LogRow[] } }>(
    server,
    `query ($filter: NotificationsFilter) { notifications(filter: $filter) {
      items { id channel template status skipReason } } }`,
    { filter },
    staffToken,
  );
  return data.notifications.items;
}

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  server = await startServer({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Sérénaia Beauté <rdv@serenaia.test>',
  });
  browser = await launchBrowser();
  staffToken = await accessToken(server, STAFF);
  adminToken = await accessToken(server, ADMIN);

  const day = await dayWhenAllWork(server, staffToken);
  const { practitioners } = await agendaOf(server, staffToken, day);
  const camille = practitioners.find((p) => p.displayName === 'Camille Roux');
  if (camille === undefined) throw new Error('No Camille Roux in the demo data');
  const serviceId = await serviceIdByName(server, 'Soin éclat express');
  const [slot] = await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: camille.id });
  if (slot === undefined) throw new Error(`Camille has no free slot on ${day}`);
  // Online, anonymous: as the public site books.
  const created = await graphqlData<{ createBooking: { booking: { id: string } } }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } } }`,
    {
      input: {
        practitionerId: camille.id,
        serviceIds: [serviceId],
        start: slot.start,
        client: { firstName: 'Inès', lastName: 'Message', phone: '06 11 22 33 44', email: clientEmail },
      },
    },
  );
  bookingId = created.createBooking.booking.id;
  // The confirmation really left: the SMTP server has it, and the log says SENT.
  await smtp.mailTo(clientEmail);
  await until(
    async () =>
      (await log({ bookingId, channel: 'EMAIL', template: 'BOOKING_CONFIRMED' })).find(
        (r) => r.status === 'SENT',
      ),
    'the confirmation SENT in the log',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}/crm${path}`);
}

describe('CRM messages', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'the booking drawer lists the booking’s messages: the confirmation sent, the SMS skipped with its reason (%s)',
    async (viewport) => {
      const [sms] = await log({ bookingId, channel: 'SMS', template: 'BOOKING_CONFIRMED' });
      // What really happens without an OVH account in tests: SKIPPED, with the reason.
      expect(sms).toMatchObject({ status: 'SKIPPED', skipReason: 'Envoi de SMS non configuré (OVH).' });

      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watcher = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await open(page, `/agenda?rdv=${bookingId}`);
        const drawer = page.getByRole('dialog', { name: /^Rendez-vous / });
        await drawer.waitFor();
        const list = drawer.getByRole('list', { name: 'Messages' });
        await list.waitFor();
        const items = list.getByRole('listitem');
        const confirmation = items.filter({ hasText: 'Confirmation' }).filter({ hasText: clientEmail });
        await confirmation.getByText('Envoyé', { exact: true }).waitFor();
        const skipped = items.filter({ hasText: 'Non envoyé' }).first();
        await skipped.getByText(sms.skipReason ?? '', { exact: true }).waitFor();
        await list.scrollIntoViewIfNeeded();
        await screenshot(page, 'notifications-drawer', viewport);
        expect(watcher.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<ViewportName>(['desktop', 'phone'])(
    '/notifications shows the log with its statuses and filters it (%s)',
    async (viewport) => {
      const [row] = await log({ bookingId, channel: 'EMAIL', template: 'BOOKING_CONFIRMED' });
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watcher = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        if (viewport === 'desktop') {
          await page
            .getByRole('navigation', { name: 'Navigation principale' })
            .getByRole('link', { name: 'Messages' })
            .click();
        } else {
          await open(page, '/notifications');
        }
        await page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
        const sent = page.locator(`[data-notification-id="${row.id}"]`);
        await sent.getByText('Envoyé', { exact: true }).waitFor();
        expect(await sent.textContent()).toContain(clientEmail);
        await page
          .getByRole('status')
          .filter({ hasText: /\d+ messages?/ })
          .waitFor();
        await screenshot(page, 'notifications-log', viewport);

        // Filter: skipped only.
        await page.getByLabel('Statut').click();
        await page.getByRole('option', { name: 'Non envoyé' }).click();
        await page.waitForURL(/statut=SKIPPED/);
        await sent.waitFor({ state: 'detached' });
        const chips = page.locator('[data-status]');
        await chips.first().waitFor();
        expect(
          new Set(await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))),
        ).toEqual(new Set(['SKIPPED']));
        expect(watcher.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('an admin switches a template off and finds it saved; previews a message and sends a test e-mail', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await openSettings(page, 'Messages');
      await page.getByRole('heading', { name: 'Réglages des messages', level: 1 }).waitFor();
      const reminderEmail = page.getByRole('switch', { name: 'Rappel la veille par E-mail' });
      expect(await reminderEmail.isChecked()).toBe(true);
      await reminderEmail.click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Réglages des messages enregistrés.').waitFor();

      const settings = await graphqlData<{
        notificationSettings: { templates: { template: string; email: boolean; sms: boolean }[] };
      }>(server, '{ notificationSettings { templates { template email sms } } }', {}, adminToken);
      expect(settings.notificationSettings.templates.find((r) => r.template === 'BOOKING_REMINDER')).toEqual({
        template: 'BOOKING_REMINDER',
        email: false,
        sms: true,
      });
      await page.reload();
      await page.getByRole('switch', { name: 'Rappel la veille par E-mail' }).waitFor();
      expect(await page.getByRole('switch', { name: 'Rappel la veille par E-mail' }).isChecked()).toBe(false);

      // The preview of a real booking, in a sandboxed frame.
      const subject = page.getByTestId('preview-subject');
      await subject.waitFor();
      expect(await subject.textContent()).toMatch(/^Rendez-vous confirmé le .+ – Sérénaia/);
      const frame = page.frameLocator('iframe[title="Aperçu de l’e-mail"]');
      await frame
        .getByText(/^Bonjour /)
        .first()
        .waitFor();
      await screenshot(page, 'notification-settings', 'desktop');
      // The e-mail as the frame shows it (full-page captures may leave out-of-process frames blank).
      const iframe = page.locator('iframe[title="Aperçu de l’e-mail"]');
      await iframe.scrollIntoViewIfNeeded();
      await iframe.screenshot({ path: path.join(SCREENSHOT_DIR, 'notification-preview-desktop.png') });

      const test = page.getByRole('region', { name: 'Envoyer un test' });
      await test.getByLabel('Adresse e-mail').fill('essai@serenaia.test');
      await test.getByRole('button', { name: 'Envoyer un test' }).click();
      await test
        .getByText('Test mis en file d’envoi vers essai@serenaia.test. Suivez-le dans Messages.')
        .waitFor();
      await smtp.mailTo('essai@serenaia.test');
      expect(smtp.to('essai@serenaia.test').map(({ to, subject }) => ({ to, subject }))).toEqual([
        { to: ['essai@serenaia.test'], subject: expect.stringMatching(/^\[Test\] Rendez-vous confirmé/) },
      ]);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the settings page on a phone: switches, preview of an SMS with its count', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await open(page, '/reglages/notifications');
      await page.getByRole('switch', { name: 'Confirmation par E-mail' }).waitFor();
      await page.getByTestId('preview-subject').waitFor();
      await screenshot(page, 'notification-settings', 'phone');
      await page.getByLabel('Canal', { exact: true }).click();
      await page.getByRole('option', { name: 'SMS' }).click();
      const segments = page.getByTestId('preview-segments');
      await segments.waitFor();
      expect(await segments.textContent()).toMatch(/^\d SMS \(.+\) · \d+ caractères$/);
      await page.getByTestId('preview-text').scrollIntoViewIfNeeded();
      await screenshot(page, 'notification-settings-sms', 'phone');
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
