import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { graphql } from './graphql';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  type TestServer,
  type ViewportName,
} from './harness';

/** What an admin's navigation offers, in order. */
const ADMIN_NAVIGATION = [
  'Agenda',
  'Clients',
  'Caisse',
  'Cartes cadeaux',
  'Paiements',
  'Comptabilité',
  'Stock',
  'Messages',
  'Accueil',
  'Réglages',
];
/** Staff: the same pages, without "Réglages" (the server lets them change no setting). */
const STAFF_NAVIGATION = [
  'Agenda',
  'Clients',
  'Caisse',
  'Cartes cadeaux',
  'Paiements',
  'Stock',
  'Messages',
  'Accueil',
];

jest.setTimeout(120_000);

const ADMIN = { email: 'admin@serenaia.test', password: 'serenaia-admin' };
const SESSION_KEY = 'serenaia.crm.session';

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

/** Whether the server still accepts this refresh token (sends it, so only for a revoked one). */
async function refreshAccepted(refreshToken: string): Promise<boolean> {
  const body = await graphql<{ refreshToken?: unknown }>(
    server,
    'mutation ($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }',
    { input: { refreshToken } },
  );
  return Boolean(body.data?.refreshToken);
}

describe.each<ViewportName>(['phone', 'desktop'])('CRM on a %s', (viewport) => {
  it('signs in (after a wrong password), keeps the session on reload, signs out', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      // A visitor is sent to the login page, which shows the institute's name from the API.
      await page.goto(`${server.url}/crm/`);
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/crm/connexion');
      await page.getByText('Sérénaia Beauté', { exact: true }).waitFor();
      expect(await page.title()).toBe('Connexion · Sérénaia Beauté');
      await screenshot(page, 'crm-login', viewport);

      // Client-side validation, before anything is sent.
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByText('Saisissez votre adresse e-mail.').waitFor();
      await page.getByText('Saisissez votre mot de passe.').waitFor();
      await screenshot(page, 'crm-login-validation', viewport);

      // A wrong password: the server's French message.
      await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('E-mail ou mot de passe incorrect.');
      await screenshot(page, 'crm-login-error', viewport);

      // The right password: the agenda is the front desk's first page.
      await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/crm/agenda');
      expect(await page.title()).toBe('Agenda · Sérénaia Beauté');

      // The home page greets the user by first name.
      const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
      if (viewport === 'phone') await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await navigation.getByRole('link', { name: 'Accueil' }).click();
      const greeting = page.getByRole('heading', { level: 1, name: 'Bonjour Sophie' });
      await greeting.waitFor();
      await page.getByRole('region', { name: 'Votre institut' }).getByText('912 345 675 00017').waitFor();
      const account = page.getByRole('button', { name: /^Mon compte/ });
      expect(await account.getAttribute('aria-label')).toBe('Mon compte : Sophie Marchand, Administration');
      expect(await page.title()).toBe('Accueil · Sérénaia Beauté');
      await screenshot(page, 'crm-home', viewport);

      // Navigation: only pages that exist. Permanent on desktop, behind the burger on phones.
      if (viewport === 'phone') {
        expect(await navigation.isVisible()).toBe(false);
        await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
        await navigation.waitFor();
        expect(await navigation.getByRole('link').allTextContents()).toEqual(ADMIN_NAVIGATION);
        await screenshot(page, 'crm-navigation', viewport);
        await page.keyboard.press('Escape');
        await navigation.waitFor({ state: 'hidden' });
      } else {
        await navigation.waitFor();
        expect(await navigation.getByRole('link').allTextContents()).toEqual(ADMIN_NAVIGATION);
        expect(await page.getByRole('button', { name: 'Ouvrir le menu' }).count()).toBe(0);
      }

      // Tokens live in localStorage under the CRM's namespace only.
      const stored = await page.evaluate(() => Object.keys(localStorage));
      expect(stored).toEqual([SESSION_KEY]);
      const session = JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)) ?? '{}',
      ) as {
        refreshToken?: string;
      };
      expect(typeof session.refreshToken).toBe('string');

      // A reload keeps the session.
      await page.reload();
      await greeting.waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/crm\/?$/);

      // "Réglages" gathers the settings pages the admin may use.
      if (viewport === 'phone') await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await navigation.getByRole('link', { name: 'Réglages' }).click();
      await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/crm/reglages');
      expect(
        await page.getByRole('list', { name: 'Réglages' }).getByRole('heading').allTextContents(),
      ).toEqual([
        'Prestations',
        'Praticiennes',
        'Horaires de travail',
        'Fermetures et congés',
        'Règles de réservation',
        'Cabines',
        'Équipe et accès',
        'Paiements',
        'Règles de caisse',
        'Fidélité',
        'Cartes cadeaux',
        'Terminaux de paiement',
        'Messages',
      ]);
      await screenshot(page, 'crm-settings-hub', viewport);

      // Sign out from the account menu: back to the login page, tokens forgotten and revoked.
      await account.click();
      const signOut = page.getByRole('menuitem', { name: 'Se déconnecter' });
      await signOut.waitFor();
      await screenshot(page, 'crm-account-menu', viewport);
      await signOut.click();
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/crm/connexion');
      expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
      expect(await refreshAccepted(session.refreshToken as string)).toBe(false);

      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('brings the user back to the page they asked for after signing in', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await page.goto(`${server.url}/crm/page-inconnue?onglet=2`);
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();
      const login = new URL(page.url());
      expect(login.pathname).toBe('/crm/connexion');
      expect(login.searchParams.get('retour')).toBe('/page-inconnue?onglet=2');

      await page.getByLabel('Adresse e-mail').fill('camille@serenaia.test');
      await page.getByLabel('Mot de passe', { exact: true }).fill('serenaia-staff');
      await page.getByRole('button', { name: 'Se connecter' }).click();

      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      const landed = new URL(page.url());
      expect(`${landed.pathname}${landed.search}`).toBe('/crm/page-inconnue?onglet=2');
      await page
        .getByRole('button', { name: /^Mon compte/ })
        .getByText('Équipe')
        .waitFor({ state: 'attached' });
      await screenshot(page, 'crm-not-found', viewport);

      await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bonjour Camille' }).waitFor();

      const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
      if (viewport === 'phone') await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await navigation.getByRole('link', { name: 'Accueil' }).waitFor();
      expect(await navigation.getByRole('link').allTextContents()).toEqual(STAFF_NAVIGATION);
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
