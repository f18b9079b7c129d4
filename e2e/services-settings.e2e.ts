import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { openSettings, signInToCrm } from './agenda-helpers';
import { adminAccessToken, graphqlData } from './booking-api';
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

const ADMIN = { email: 'admin@serenaia.test', password: 'serenaia-admin' };
const STAFF = { email: 'camille@serenaia.test', password: 'serenaia-staff' };
const CATEGORY = 'Soins du visage';

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

/** Réglages › Prestations, and its first category shown. */
async function openServicesSettings(page: Page, viewport: ViewportName): Promise<void> {
  await openSettings(page, 'Prestations', viewport);
  await page.getByRole('heading', { level: 1, name: 'Prestations' }).waitFor();
  await page.getByRole('region', { name: CATEGORY }).waitFor();
}

function servicesOf(page: Page, category: string): Locator {
  return page.getByRole('list', { name: `Prestations de ${category}` }).getByRole('listitem');
}

async function serviceOrder(page: Page, category: string): Promise<string[]> {
  return servicesOf(page, category).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('aria-label') ?? ''),
  );
}

/** Waits until the category lists exactly these services in this order. */
async function expectOrder(page: Page, category: string, expected: string[]): Promise<void> {
  await page.waitForFunction(
    ({ name, names }) => {
      const list = document.querySelector(`ul[aria-label="Prestations de ${name}"]`);
      const shown = [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) =>
        li.getAttribute('aria-label'),
      );
      return JSON.stringify(shown) === JSON.stringify(names);
    },
    { name: category, names: expected },
  );
  expect(await serviceOrder(page, category)).toEqual(expected);
}

/** Camille Roux also performs the service (practitioners' settings are another page). */
async function letCamillePerform(serviceId: string): Promise<void> {
  const token = await adminAccessToken(server);
  const data = await graphqlData<{
    practitioners: { id: string; displayName: string; serviceIds: string[] }[];
  }>(server, '{ practitioners { id displayName serviceIds } }', {}, token);
  const camille = data.practitioners.find((p) => p.displayName === 'Camille Roux')!;
  await graphqlData(
    server,
    'mutation ($input: UpsertPractitionerInput!) { upsertPractitioner(input: $input) { id } }',
    {
      input: {
        id: camille.id,
        displayName: camille.displayName,
        serviceIds: [...camille.serviceIds, serviceId],
      },
    },
    token,
  );
}

describe('services settings', () => {
  it('an admin creates a service in the CRM, orders it, and it is bookable on the public site', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await openServicesSettings(page, 'desktop');
      const before = await serviceOrder(page, CATEGORY);
      expect(before.length).toBeGreaterThan(1);

      // Create, in the category: a typo in the price is refused in French on the field first.
      await page
        .getByRole('region', { name: CATEGORY })
        .getByRole('button', { name: 'Ajouter une prestation' })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle prestation' });
      await dialog.getByLabel(/^Nom/).fill('Soin lumière');
      await dialog.getByLabel(/^Durée/).fill('45');
      await dialog.getByLabel(/^Prix TTC/).fill('49,505');
      await dialog.getByRole('button', { name: 'Créer' }).click();
      await dialog
        .getByText('Le prix s’écrit en euros, avec au plus deux décimales (par exemple 22,50).')
        .waitFor();
      await dialog.getByLabel(/^Prix TTC/).fill('49,50');
      await screenshot(page, 'services-settings-dialog', 'desktop');
      await dialog.getByRole('button', { name: 'Créer' }).click();
      await dialog.waitFor({ state: 'hidden' });

      // A new service goes last in its category.
      await expectOrder(page, CATEGORY, [...before, 'Soin lumière']);
      const row = servicesOf(page, CATEGORY).filter({ has: page.getByText('Soin lumière', { exact: true }) });
      const details = ((await row.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
      expect(details).toContain('Soin lumière45 min · 49,50 € · TVA 20 %');

      // Reorder with the keyboard: the "Monter" button, focused and pressed.
      await page.getByRole('button', { name: 'Monter Soin lumière' }).focus();
      await page.keyboard.press('Enter');
      await expectOrder(page, CATEGORY, [...before.slice(0, -1), 'Soin lumière', before[before.length - 1]]);

      // And by dragging it onto the first service.
      await servicesOf(page, CATEGORY)
        .filter({ hasText: 'Soin lumière' })
        .dragTo(servicesOf(page, CATEGORY).first());
      await expectOrder(page, CATEGORY, ['Soin lumière', ...before]);
      await page.reload();
      await expectOrder(page, CATEGORY, ['Soin lumière', ...before]);
      await screenshot(page, 'services-settings', 'desktop');
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, 'services-settings-1280', 'desktop');
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }

    // Bookable online, in its place in the category, with a practitioner who performs it.
    const services = await graphqlData<{
      serviceCategories: { name: string; services: { id: string; name: string }[] }[];
    }>(server, '{ serviceCategories { name services { id name } } }');
    const publicCategory = services.serviceCategories.find((c) => c.name === CATEGORY)!;
    expect(publicCategory.services[0].name).toBe('Soin lumière');
    await letCamillePerform(publicCategory.services[0].id);

    const visitor = await newContext(browser, 'phone');
    const site = await visitor.newPage();
    const siteWatcher = watchPage(site);
    try {
      await site.goto(`${server.url}/`);
      await site.getByRole('banner').getByRole('link', { name: 'Prendre rendez-vous' }).click();
      await site.getByRole('heading', { level: 2, name: 'Choisissez vos prestations' }).waitFor();
      const box = site.getByRole('checkbox', { name: 'Soin lumière', exact: true });
      await site.getByRole('checkbox').first().waitFor();
      if (!(await box.isVisible()))
        await site.getByRole('button', { name: new RegExp(`^${CATEGORY}`) }).click();
      await box.click();
      const summary = site.getByRole('region', { name: 'Votre sélection' });
      await summary.getByText('1 prestation').waitFor();
      await summary.getByRole('button', { name: 'Continuer' }).click();
      await site.getByRole('heading', { level: 2, name: 'Avec qui ?' }).waitFor();
      await site.getByRole('button', { name: /^Camille Roux/ }).click();
      await site.getByRole('heading', { level: 2, name: 'Choisissez la date et l’heure' }).waitFor();
      const freeDay = site.getByRole('grid').locator('button:not([aria-disabled])').first();
      await freeDay.waitFor();
      await freeDay.click();
      const time = site
        .getByRole('region', { name: /^(Matin|Après-midi)$/ })
        .first()
        .getByRole('button')
        .first();
      await time.click();
      await site.getByRole('heading', { level: 2, name: 'Vos coordonnées' }).waitFor();
      expect(siteWatcher.problems()).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('on a phone: an admin renames a category; deleting one that has services is refused in French', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await openServicesSettings(page, 'phone');
      await screenshot(page, 'services-settings', 'phone');
      await page.getByRole('button', { name: 'Modifier Soin hydratant profond' }).click();
      const editService = page.getByRole('dialog', { name: 'Modifier la prestation' });
      expect(await editService.getByLabel(/^Prix TTC/).inputValue()).toBe('75,00');
      expect(await editService.getByLabel(/^Acompte \(%\)/).inputValue()).toBe('30');
      await screenshot(page, 'services-settings-edit', 'phone');
      await editService.getByRole('button', { name: 'Annuler' }).click();
      await editService.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: `Supprimer ${CATEGORY}` }).click();
      const confirm = page.getByRole('dialog', { name: `Supprimer la catégorie « ${CATEGORY} » ?` });
      await confirm.getByRole('button', { name: 'Supprimer' }).click();
      await confirm.getByText(/^Cette catégorie contient encore \d+ prestations : déplacez-les/).waitFor();
      await confirm.getByRole('button', { name: 'Annuler' }).click();

      await page.getByRole('button', { name: 'Nouvelle catégorie' }).click();
      const create = page.getByRole('dialog', { name: 'Nouvelle catégorie' });
      await create.getByLabel(/^Nom/).fill('M');
      await create.getByRole('button', { name: 'Créer' }).click();
      await create.getByText('Le nom doit contenir entre 2 et 60 caractères.').waitFor();
      // The demo already has "Mains & pieds": the duplicate is refused on the name.
      await create.getByLabel(/^Nom/).fill('Mains & pieds');
      await create.getByRole('button', { name: 'Créer' }).click();
      await create.getByText('Une catégorie porte déjà ce nom.').waitFor();
      await create.getByLabel(/^Nom/).fill('Onglerie');
      await create.getByRole('button', { name: 'Créer' }).click();
      await create.waitFor({ state: 'hidden' });
      const created = page.getByRole('region', { name: 'Onglerie' });
      await created.waitFor();
      await screenshot(page, 'services-settings-category', 'phone');

      // A new category goes last; "Monter" puts it before the one above.
      const categoryOrder = () =>
        page
          .getByRole('region', { name: 'Catégories de prestations' })
          .getByRole('heading', { level: 2 })
          .allTextContents();
      const categories = await categoryOrder();
      expect(categories[categories.length - 1]).toBe('Onglerie');
      await page.getByRole('button', { name: 'Monter Onglerie' }).click();
      const expected = [...categories.slice(0, -2), 'Onglerie', categories[categories.length - 2]];
      await page.waitForFunction(
        (names) =>
          JSON.stringify([...document.querySelectorAll('section h2')].map((h) => h.textContent)) ===
          JSON.stringify(names),
        expected,
      );
      expect(await categoryOrder()).toEqual(expected);

      await page.getByRole('button', { name: 'Modifier Onglerie' }).click();
      const edit = page.getByRole('dialog', { name: 'Modifier la catégorie' });
      await edit.getByLabel(/^Nom/).fill('Beauté des mains');
      await edit.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('region', { name: 'Beauté des mains' }).waitFor();

      await page.getByRole('button', { name: 'Supprimer Beauté des mains' }).click();
      await page
        .getByRole('dialog', { name: /^Supprimer la catégorie/ })
        .getByRole('button', { name: 'Supprimer' })
        .click();
      await page.getByRole('region', { name: 'Beauté des mains' }).waitFor({ state: 'detached' });
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('staff find no settings to change', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    try {
      await signInToCrm(page, server, STAFF);
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Accueil' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Réglages' }).count()).toBe(0);
      await page.goto(`${server.url}/crm/reglages/prestations`);
      await page.getByText('Seul un administrateur peut modifier les prestations.').waitFor();
      expect(await page.getByRole('button', { name: 'Nouvelle prestation' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
