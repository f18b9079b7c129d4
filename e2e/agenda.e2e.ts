import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ADMIN,
  STAFF,
  accessToken,
  agendaColumn,
  agendaLoaded,
  clickInColumn,
  agendaOf,
  graphqlData,
  dayWhenAllWork,
  parisTime,
  pointInColumn,
  scrollGridTo,
  serviceIdByName,
  signInToCrm,
  type Practitioner,
} from './agenda-helpers';
import { formatFrenchDate as frenchDate } from '@serenaia/shared/french-date';
import { freeSlots, type FreeSlot as Slot } from './booking-api';
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
let camille: Practitioner;
let lea: Practitioner;
let ines: Practitioner;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  staffToken = await accessToken(server, STAFF);
  adminToken = await accessToken(server, ADMIN);
  // A day with nothing booked yet: the tests place bookings an hour or two apart and need the room.
  day = await dayWhenAllWork(server, staffToken, { withoutBookings: true });
  const { practitioners } = await agendaOf(server, staffToken, day);
  const byName = (name: string) => {
    const found = practitioners.find((p) => p.displayName === name);
    if (found === undefined) throw new Error(`No practitioner ${name} in ${JSON.stringify(practitioners)}`);
    return found;
  };
  camille = byName('Camille Roux');
  lea = byName('Léa Fontaine');
  ines = byName('Inès Moreau');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const MINUTE = 60_000;
const at = (slot: Slot) => Date.parse(slot.start);
const parisMinutes = (iso: string) => {
  const [h, m] = parisTime(iso).split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The free slot closest to `target`, among those the filter keeps. */
function closest(slots: Slot[], target: number, keep: (slot: Slot) => boolean = () => true): Slot {
  const candidates = slots.filter(keep).sort((a, b) => Math.abs(at(a) - target) - Math.abs(at(b) - target));
  const found = candidates[0];
  if (found === undefined) throw new Error(`No free slot near ${new Date(target).toISOString()}`);
  return found;
}

let phoneCounter = 0;

interface CreatedBooking {
  id: string;
  start: string;
  end: string;
}

async function staffBooking(
  practitionerId: string,
  serviceId: string,
  start: string,
  client: { firstName: string; lastName: string },
): Promise<CreatedBooking> {
  const data = await graphqlData<{ createBooking: { booking: CreatedBooking } }>(
    server,
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id start end } } }`,
    {
      input: {
        practitionerId,
        serviceIds: [serviceId],
        start,
        client: {
          ...client,
          // The server matches an existing client by phone: one number per test client.
          phone: `06 98 76 ${String(10 + (phoneCounter++ % 90))} 32`,
          email: `${client.firstName}.${client.lastName}`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z0-9.]+/g, '-')
            .concat('@exemple.fr'),
        },
      },
    },
    staffToken,
  );
  return data.createBooking.booking;
}

async function openAgenda(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}/crm/agenda?jour=${day}${query}`);
  await page.getByRole('region', { name: /^Agenda du/ }).waitFor();
  await agendaLoaded(page);
}

/** Drags with the mouse from a point to another, in small steps (pointer events, like a person). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Where to grab a booking block: a little below its top edge, in the middle. */
async function grabPoint(block: Locator, dy = 10): Promise<{ x: number; y: number }> {
  await block.hover(); // waits until the grid is still
  const box = await block.boundingBox();
  if (box === null) throw new Error('The booking is not visible');
  return { x: box.x + box.width / 2, y: box.y + dy };
}

describe('CRM agenda', () => {
  it('shows a booking made on the public site in an open agenda, without reload; moves and cancellations follow', async () => {
    const staffContext = await newContext(browser, 'desktop');
    const clientContext = await newContext(browser, 'phone');
    const staffPage = await staffContext.newPage();
    const watcher = watchPage(staffPage);
    try {
      await signInToCrm(staffPage, server, STAFF);
      expect(new URL(staffPage.url()).pathname).toBe('/crm/agenda');
      await openAgenda(staffPage);
      await staffPage.getByText('En direct', { exact: true }).waitFor();
      await staffPage.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });

      // An anonymous client books on the public site (web-public has no booking pages yet: the
      // public GraphQL API, from the client's own browser).
      const serviceId = await serviceIdByName(server, 'Soin hydratant profond');
      const slot = closest(
        await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: camille.id }),
        Date.parse(`${day}T10:00:00Z`),
      );
      const clientPage = await clientContext.newPage();
      await clientPage.goto(`${server.url}/`);
      const created = await clientPage.evaluate(
        async ({ serviceId, practitionerId, start }) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query:
                'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id status } } }',
              variables: {
                input: {
                  serviceIds: [serviceId],
                  practitionerId,
                  start,
                  client: {
                    firstName: 'Zoé',
                    lastName: 'Direct',
                    phone: '06 11 22 33 44',
                    email: 'zoe.direct@exemple.fr',
                  },
                },
              },
            }),
          });
          return (await response.json()) as {
            data?: { createBooking: { booking: { id: string; status: string } } };
          };
        },
        { serviceId, practitionerId: camille.id, start: slot.start },
      );
      const booking = created.data?.createBooking.booking;
      expect(booking?.status).toBe('PENDING'); // a deposit is due online

      // It appears in Camille's column, pending, with the "updated" hint.
      const block = agendaColumn(staffPage, camille.id).locator(`[data-booking-id="${booking?.id}"]`);
      await block.waitFor();
      expect(await block.getAttribute('aria-label')).toContain('Zoé Direct');
      expect(await block.getAttribute('data-status')).toBe('PENDING');
      expect(await block.textContent()).toContain('En attente');
      expect(await block.textContent()).toContain(parisTime(slot.start));
      await staffPage
        .getByRole('status')
        .getByText(/^Mis à jour à \d\d:\d\d$/)
        .waitFor();
      await block.scrollIntoViewIfNeeded();
      await screenshot(staffPage, 'agenda-live', 'desktop');

      // Another desk moves it to Léa: it leaves Camille's column for Léa's.
      const target = closest(
        await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: lea.id }, staffToken),
        at(slot),
      );
      await graphqlData(
        server,
        'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { id } }',
        { input: { id: booking?.id, start: target.start, practitionerId: lea.id } },
        adminToken,
      );
      await agendaColumn(staffPage, lea.id).locator(`[data-booking-id="${booking?.id}"]`).waitFor();
      await block.waitFor({ state: 'detached' });

      // Cancelled elsewhere: gone (cancelled bookings are hidden unless asked for).
      await graphqlData(
        server,
        'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }',
        { input: { id: booking?.id, reason: 'Empêchement' } },
        adminToken,
      );
      await staffPage.locator(`[data-booking-id="${booking?.id}"]`).waitFor({ state: 'detached' });
      await staffPage.getByText('Afficher les annulés').click();
      const cancelled = staffPage.locator(`[data-booking-id="${booking?.id}"]`);
      await cancelled.waitFor();
      expect(await cancelled.getAttribute('data-status')).toBe('CANCELLED');

      expect(
        await staffPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
      ).toBe(true);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await clientContext.close();
      await staffContext.close();
    }
  });

  it('moves a booking by drag and drop to another practitioner and time; a taken time puts it back with the conflict toast', async () => {
    const serviceId = await serviceIdByName(server, 'Soin éclat express');
    // Constance takes a time of Léa's; Bérénice (Camille's) will move to another free time of Léa's
    // an hour or more later, then be dropped onto Constance's.
    const leaFree = await freeSlots(
      server,
      { day, serviceIds: [serviceId], practitionerId: lea.id },
      staffToken,
    );
    const takenSlot = leaFree.find((s) =>
      leaFree.some((t) => at(t) - at(s) >= 60 * MINUTE && at(t) - at(s) <= 120 * MINUTE),
    );
    if (takenSlot === undefined) throw new Error(`Léa has no two free times an hour apart on ${day}`);
    const taken = await staffBooking(lea.id, serviceId, takenSlot.start, {
      firstName: 'Constance',
      lastName: 'Occupée',
    });
    const camilleSlot = closest(
      await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: camille.id }, staffToken),
      at(takenSlot) + 60 * MINUTE,
    );
    const moving = await staffBooking(camille.id, serviceId, camilleSlot.start, {
      firstName: 'Bérénice',
      lastName: 'Glisser',
    });
    const target = closest(
      await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: lea.id }, staffToken),
      at(takenSlot) + 60 * MINUTE,
      (s) => at(s) - at(takenSlot) >= 60 * MINUTE,
    );

    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await openAgenda(page);
      const camilleColumn = agendaColumn(page, camille.id);
      const leaColumn = agendaColumn(page, lea.id);
      const block = page.locator(`[data-booking-id="${moving.id}"]`);
      await scrollGridTo(page, camilleColumn, moving.start);
      await camilleColumn.locator(`[data-booking-id="${moving.id}"]`).waitFor();

      // Drag to Léa's column, at the target time.
      await drag(page, await grabPoint(block), await pointInColumn(leaColumn, target.start, 10));
      await leaColumn.locator(`[data-booking-id="${moving.id}"]`).waitFor();
      await page
        .getByRole('alert')
        .getByText(`Rendez-vous déplacé : ${parisTime(target.start)}, Léa Fontaine.`)
        .waitFor();
      expect(await camilleColumn.locator(`[data-booking-id="${moving.id}"]`).count()).toBe(0);

      // Saved: the server has it there, and so does the agenda after a reload.
      const saved = (await agendaOf(server, staffToken, day)).bookings.find((b) => b.id === moving.id);
      expect(saved?.items.map((i) => [i.practitionerId, i.start])).toEqual([
        [lea.id, new Date(target.start).toISOString()],
      ]);
      await page.reload();
      await leaColumn.locator(`[data-booking-id="${moving.id}"]`).waitFor();
      expect(await block.textContent()).toContain(parisTime(target.start));

      // Onto Constance's time: refused, back in place, the server's message and the free slots near.
      await scrollGridTo(page, leaColumn, taken.start);
      const before = await block.boundingBox();
      await drag(page, await grabPoint(block), await pointInColumn(leaColumn, taken.start, 10));
      const toast = page.getByRole('alert').filter({ hasText: 'Créneaux libres les plus proches' });
      await toast.waitFor();
      expect(await toast.textContent()).toMatch(/Ce créneau (n’est plus disponible|vient d’être réservé)/);
      await screenshot(page, 'agenda-conflict-toast', 'desktop');
      await leaColumn.locator(`[data-booking-id="${moving.id}"]`).waitFor();
      const after = await block.boundingBox();
      expect(Math.round(after?.y ?? 0)).toBe(Math.round(before?.y ?? -1));
      const unchanged = (await agendaOf(server, staffToken, day)).bookings.find((b) => b.id === moving.id);
      expect(unchanged?.items[0]?.start).toBe(new Date(target.start).toISOString());

      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('creates a booking from a click on a free time, then blocks and unblocks a slot', async () => {
    // The client the desk will look up: the test's own record, not whoever the demo data drew.
    await graphqlData(
      server,
      'mutation ($input: UpsertClientInput!) { upsertClient(input: $input) { id } }',
      {
        input: {
          firstName: 'Aminata',
          lastName: 'Diallo',
          phone: '06 45 67 89 01',
          email: 'aminata.diallo@exemple.fr',
        },
      },
      staffToken,
    );
    const serviceId = await serviceIdByName(server, 'Manucure classique');
    const slots = await freeSlots(
      server,
      { day, serviceIds: [serviceId], practitionerId: ines.id },
      staffToken,
    );
    const first = closest(slots, Date.parse(`${day}T09:30:00Z`));
    const second = closest(
      slots,
      at(first) + 90 * MINUTE,
      (s) => at(s) >= at(first) + 60 * MINUTE && parisMinutes(s.start) <= 17 * 60,
    );

    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, STAFF);
      await openAgenda(page);
      const column = agendaColumn(page, ines.id);

      // Click on the free time: the dialog opens on Inès at that time.
      await scrollGridTo(page, column, first.start);
      await clickInColumn(column, first.start, 6);
      const dialog = page.getByRole('dialog', { name: /Nouveau rendez-vous/ });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(`${parisTime(first.start)} · Inès Moreau`);
      await dialog.getByLabel('Prestations').fill('manuc');
      await page.getByRole('option', { name: /Manucure classique/ }).click();
      await dialog.getByLabel('Rechercher un client').fill('Diallo');
      const clientName = 'Aminata Diallo';
      await page.getByRole('option', { name: new RegExp(clientName) }).click();
      await dialog.getByText(/30 min · 28,00\s€ · fin à/).waitFor();
      await dialog.getByRole('button', { name: 'Réserver' }).click();
      await page
        .getByRole('alert')
        .getByText(`Rendez-vous créé pour ${clientName} à ${parisTime(first.start)}.`)
        .waitFor();
      await dialog.waitFor({ state: 'detached' });
      const created = column.getByRole('button', {
        name: new RegExp(`${clientName}, Manucure classique, Confirmé`),
      });
      await created.waitFor();

      // Block another free time with a reason, then unblock it.
      await scrollGridTo(page, column, second.start);
      await clickInColumn(column, second.start, 6);
      await page.getByRole('tab', { name: 'Bloquer ce créneau' }).click();
      const blockDialog = page.getByRole('dialog', { name: /Bloquer ce créneau/ });
      const end = new Date(at(second) + 30 * MINUTE).toISOString();
      await blockDialog.getByLabel('Fin').fill(parisTime(end));
      await blockDialog.getByLabel('Motif (facultatif)').fill('Formation produits');
      await blockDialog.getByRole('button', { name: 'Bloquer' }).click();
      await page
        .getByRole('alert')
        .getByText(`Créneau bloqué de ${parisTime(second.start)} à ${parisTime(end)}.`)
        .waitFor();
      const blocked = column.getByRole('button', { name: /^Bloqué .* : Formation produits$/ });
      await blocked.waitFor();
      await screenshot(page, 'agenda-block', 'desktop');
      await blocked.click();
      const drawer = page.getByRole('dialog', { name: 'Créneau bloqué' });
      await drawer.getByText('Formation produits').waitFor();
      await drawer.getByRole('button', { name: 'Débloquer' }).click();
      await blocked.waitFor({ state: 'detached' });
      await page.getByRole('alert').getByText('Créneau débloqué.').waitFor();

      const agenda = await agendaOf(server, staffToken, day);
      expect(
        agenda.bookings.some(
          (b) =>
            b.items[0]?.practitionerId === ines.id &&
            b.start === new Date(first.start).toISOString() &&
            b.status === 'CONFIRMED',
        ),
      ).toBe(true);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe.each<ViewportName>(['desktop', 'phone'])('on a %s', (viewport) => {
    it('shows the day, the week, the create dialog, a booking’s drawer and the conflict toast', async () => {
      const serviceId = await serviceIdByName(server, 'Épilation sourcils');
      const slots = await freeSlots(
        server,
        { day, serviceIds: [serviceId], practitionerId: camille.id },
        staffToken,
      );
      // A time around 14:00 with room around it, whatever the demo data put on that day: a free slot
      // in the 90 minutes before (for the create dialog) and one 30 to 120 minutes after.
      const one = closest(
        slots,
        Date.parse(`${day}T13:00:00Z`),
        (s) =>
          slots.some((t) => at(t) >= at(s) - 90 * MINUTE && Date.parse(t.end) <= at(s)) &&
          slots.some((t) => at(t) >= at(s) + 30 * MINUTE && at(t) <= at(s) + 120 * MINUTE),
      );
      const first = await staffBooking(camille.id, serviceId, one.start, {
        firstName: 'Écran',
        lastName: `Un ${viewport}`,
      });
      const two = closest(
        await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: camille.id }, staffToken),
        at(one) + 60 * MINUTE,
        (s) => at(s) >= at(one) + 30 * MINUTE && at(s) <= at(one) + 120 * MINUTE,
      );
      const second = await staffBooking(camille.id, serviceId, two.start, {
        firstName: 'Écran',
        lastName: `Deux ${viewport}`,
      });

      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watcher = watchPage(page);
      try {
        await signInToCrm(page, server, STAFF);
        await openAgenda(page);
        const column = agendaColumn(page, camille.id);
        await scrollGridTo(page, column, first.start);
        await page.locator(`[data-booking-id="${first.id}"]`).waitFor();
        if (viewport === 'phone') {
          // One practitioner at a time, tabs to switch.
          await page.getByRole('tab', { name: 'Camille Roux' }).waitFor();
          const box = await column.boundingBox();
          expect(Math.round((box?.width ?? 0) + 52)).toBeGreaterThanOrEqual(340);
        }
        // The toolbar's date reads jj/mm/aaaa whatever the browser's language.
        expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(frenchDate(day));
        await screenshot(page, 'agenda-day', viewport);

        // Week view of one practitioner.
        await page.getByRole('button', { name: 'Semaine', exact: true }).click();
        await page.getByRole('region', { name: /^Semaine du/ }).waitFor();
        const dayColumn = page.locator(`[data-agenda-column="${day}"]`);
        await dayColumn.locator(`[data-booking-id="${first.id}"]`).waitFor();
        await agendaLoaded(page);
        await scrollGridTo(page, dayColumn, first.start, /^Semaine du/);
        await screenshot(page, 'agenda-week', viewport);
        await page.getByRole('button', { name: 'Jour', exact: true }).click();
        await page.getByRole('region', { name: /^Agenda du/ }).waitFor();

        // Create dialog from a free time shortly before the first booking.
        const freeSlot = closest(
          await freeSlots(server, { day, serviceIds: [serviceId], practitionerId: camille.id }, staffToken),
          at(one) - 45 * MINUTE,
          (s) => at(s) < at(one) && at(s) >= at(one) - 90 * MINUTE,
        );
        await scrollGridTo(page, column, first.start);
        await clickInColumn(column, freeSlot.start, 4);
        const dialog = page.getByRole('dialog', { name: /Nouveau rendez-vous/ });
        await dialog.waitFor();
        await dialog.getByLabel('Prestations').fill('sourc');
        await page.getByRole('option', { name: /Épilation sourcils/ }).click();
        await dialog.getByRole('button', { name: 'Nouveau client' }).click();
        await dialog.getByLabel('Prénom').fill('Inès');
        await dialog.getByLabel('Nom', { exact: true }).fill('Nouvelle');
        await dialog.getByLabel('Téléphone').fill('06 12 34 56 78');
        await dialog.getByLabel('E-mail').fill('ines.nouvelle@');
        await dialog.getByRole('button', { name: 'Réserver' }).click();
        await dialog
          .getByText('Saisissez une adresse e-mail valide (exemple : prenom@exemple.fr).')
          .waitFor();
        expect(await dialog.getByLabel('Date', { exact: true }).inputValue()).toBe(frenchDate(day));
        await screenshot(page, 'agenda-create-dialog', viewport);
        // The block-slot form: same French date field.
        await dialog.getByRole('tab', { name: 'Bloquer ce créneau' }).click();
        const blockDialog = page.getByRole('dialog', { name: /Bloquer ce créneau/ });
        expect(await blockDialog.getByLabel('Date', { exact: true }).inputValue()).toBe(frenchDate(day));
        await screenshot(page, 'agenda-block-form', viewport);
        await blockDialog.getByRole('button', { name: 'Annuler' }).click();
        await blockDialog.waitFor({ state: 'detached' });

        // A booking's drawer.
        await page.locator(`[data-booking-id="${first.id}"]`).click();
        const drawer = page.getByRole('dialog', { name: /^Rendez-vous [A-Z0-9]{6}$/ });
        await drawer.getByText(`Écran Un ${viewport}`).waitFor();
        const call = drawer.getByRole('link', { name: /^Appeler 06 98 76 \d\d 32$/ });
        expect(await call.getAttribute('href')).toMatch(/^tel:\+3369876\d\d32$/);
        expect(await drawer.getByRole('button', { name: 'Terminé' }).isDisabled()).toBe(true);
        await drawer
          .getByText(/Possible à partir de \d\d:\d\d, une fois le rendez-vous commencé\./)
          .waitFor();
        await screenshot(page, 'agenda-booking-drawer', viewport);
        await drawer.getByRole('button', { name: 'Fermer' }).click();
        await drawer.waitFor({ state: 'detached' });

        // Drop the second booking onto the first: the conflict toast.
        await scrollGridTo(page, column, first.start);
        const block = page.locator(`[data-booking-id="${second.id}"]`);
        await drag(page, await grabPoint(block, 6), await pointInColumn(column, first.start, 6));
        const toast = page.getByRole('alert').filter({ hasText: 'Créneaux libres les plus proches' });
        await toast.waitFor();
        await screenshot(page, 'agenda-conflict-toast', viewport);
        expect(watcher.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
