/**
 * Team settings in Chromium against the real server on the demo data: an admin adds a cabin (and is
 * told, in French, that a cabin type still in use cannot be deleted), then a practitioner performing
 * one service, with a presentation and a portrait; on the public site, that practitioner is offered for
 * that service, portrait and presentation included. Screenshots at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { ADMIN, signInToCrm } from './agenda-helpers';
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

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PORTRAIT_HOST = 'https://portraits.serenaia.test';
const PORTRAIT = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
  <rect width="96" height="96" fill="#e9dcd3"/>
  <circle cx="48" cy="38" r="18" fill="#8e5b6e"/>
  <path d="M14 96c4-22 18-32 34-32s30 10 34 32z" fill="#8e5b6e"/>
</svg>`;

/** Portraits are "on the web" (any https host): the browser gets them from here instead. */
async function servePortraits(context: BrowserContext): Promise<void> {
  await context.route(`${PORTRAIT_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PORTRAIT }),
  );
}

const PEOPLE: Record<ViewportName, { cabin: string; name: string; bio: string }> = {
  desktop: {
    cabin: 'Cabine Orchidée',
    name: 'Zoé Lambert',
    bio: 'Prothésiste ongulaire depuis huit ans, Zoé soigne vos mains avec douceur et précision.',
  },
  phone: {
    cabin: 'Cabine Pivoine',
    name: 'Nina Perret',
    bio: 'Nina aime les manucures soignées et les conseils qui font durer le résultat.',
  },
};

describe('team settings', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'an admin adds a cabin and a practitioner who is then offered on the public site (%s)',
    async (viewport) => {
      const person = PEOPLE[viewport];
      const context = await newContext(browser, viewport);
      await servePortraits(context);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);

        // Cabins: add one; the demo's only cabin type is in use and cannot be deleted.
        await page.goto(`${server.url}/crm/reglages/cabines`);
        await page.getByRole('heading', { level: 1, name: 'Cabines' }).waitFor();
        const cabins = page.getByRole('list', { name: 'Cabines' });
        await cabins.getByRole('listitem', { name: 'Cabine Jasmin' }).waitFor();
        await screenshot(page, 'team-cabins', viewport);
        await page.getByRole('button', { name: 'Nouvelle cabine' }).click();
        let dialog = page.getByRole('dialog', { name: 'Nouvelle cabine' });
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.getByText('Saisissez un nom.').waitFor();
        await dialog.getByLabel('Nom').fill(person.cabin);
        expect(await dialog.getByRole('combobox', { name: 'Type de cabine' }).textContent()).toBe(
          'Cabine de soin',
        );
        await screenshot(page, 'team-cabin-dialog', viewport);
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        const added = cabins.getByRole('listitem', { name: person.cabin });
        await added.waitFor();
        expect(await added.textContent()).toContain('Cabine de soin');

        await page.getByRole('button', { name: 'Supprimer « Cabine de soin »' }).click();
        const confirm = page.getByRole('alertdialog', { name: 'Supprimer ce type de cabine ?' });
        await confirm.getByRole('button', { name: 'Supprimer' }).click();
        const refusal = confirm.getByRole('alert');
        await refusal.waitFor();
        expect(await refusal.textContent()).toMatch(
          /^Le type « Cabine de soin » est encore utilisé par \d+ cabines et \d+ prestations : changez/,
        );
        await confirm.getByRole('button', { name: 'Annuler' }).click();
        await confirm.waitFor({ state: 'detached' });

        // Practitioners: a new one performing one service, with a presentation and a portrait.
        await page.goto(`${server.url}/crm/reglages/praticiennes`);
        await page.getByRole('heading', { level: 1, name: 'Praticiennes' }).waitFor();
        const list = page.getByRole('list', { name: 'Praticiennes' });
        await list.getByRole('listitem', { name: 'Camille Roux' }).waitFor();
        await page.getByRole('button', { name: 'Nouvelle praticienne' }).click();
        dialog = page.getByRole('dialog', { name: 'Nouvelle praticienne' });
        await dialog.getByLabel('Nom affiché').fill(person.name);
        await dialog.getByLabel('Photo (adresse https)').fill('http://portraits.serenaia.test/x.svg');
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.getByText('Saisissez une adresse https:// complète (https://…/photo.jpg).').waitFor();
        const photoUrl = `${PORTRAIT_HOST}/${viewport}.svg`;
        await dialog.getByLabel('Photo (adresse https)').fill(photoUrl);
        await dialog.getByLabel('Présentation (site de réservation)').fill(person.bio);
        await dialog.getByRole('checkbox', { name: 'Manucure classique', exact: true }).check();
        await dialog.getByText('1 sur ').waitFor();
        await screenshot(page, 'team-practitioner-dialog', viewport);
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        const created = list.getByRole('listitem', { name: person.name });
        await created.waitFor();
        expect(await created.textContent()).toContain('1 prestation');
        expect(await created.textContent()).toContain(person.bio);
        await screenshot(page, 'team-practitioners', viewport);

        // The public booking flow offers them for that service, with portrait and presentation.
        await page.goto(`${server.url}/`);
        await page.getByRole('banner').getByRole('link', { name: 'Prendre rendez-vous' }).click();
        await page.getByRole('heading', { level: 2, name: 'Choisissez vos prestations' }).waitFor();
        const box = page.getByRole('checkbox', { name: 'Manucure classique', exact: true });
        await page.getByRole('checkbox').first().waitFor();
        if (!(await box.isVisible())) await page.getByRole('button', { name: /^Mains & pieds/ }).click();
        await box.click();
        await page
          .getByRole('region', { name: 'Votre sélection' })
          .getByRole('button', { name: 'Continuer' })
          .click();
        await page.getByRole('heading', { level: 2, name: 'Avec qui ?' }).waitFor();
        const option = page.getByRole('button', { name: new RegExp(`^${person.name}`) });
        await option.waitFor();
        expect(await option.textContent()).toContain(person.bio);
        const portrait = option.locator(`img[src="${photoUrl}"]`);
        await portrait.waitFor();
        await expect(
          portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        ).resolves.toBe(true);
        // Someone who does not perform the service is not offered.
        expect(await page.getByRole('button', { name: /^Léa Fontaine/ }).count()).toBe(0);
        await screenshot(page, 'team-public-practitioner', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
