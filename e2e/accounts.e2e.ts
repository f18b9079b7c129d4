/**
 * Team and access in the CRM, in Chromium against the real server and a real SMTP server: an admin
 * invites a new staff member, whose invitation e-mail's link sets a password, and who then signs in;
 * a staff member who forgot her password gets a link by e-mail from the login page and signs in with
 * the new one. Screenshots of the new pages at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ADMIN, STAFF, signInToCrm } from './agenda-helpers';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  type TestServer,
  type ViewportName,
} from './harness';
import { TestSmtpServer } from '@serenaia/test-support';

jest.setTimeout(240_000);

let server: TestServer;
let browser: Browser;
let smtp: TestSmtpServer;

/** The path of the link in the last e-mail to `address` (the server's PUBLIC_URL is its own URL). */
async function linkMailedTo(address: string, count = 1): Promise<string> {
  const mail = await smtp.mailTo(address, count);
  const match = /\/crm\/mot-de-passe\?jeton=[A-Za-z0-9_-]+/.exec(mail.text);
  if (match === null) throw new Error(`No link in ${mail.text}`);
  return match[0];
}

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  server = await startServer({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Sérénaia <rdv@serenaia.test>',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function setPasswordThenSignIn(page: Page, link: string, email: string, password: string) {
  await page.goto(`${server.url}${link}`);
  await page.getByRole('heading', { level: 1, name: 'Choisir un mot de passe' }).waitFor();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.getByText('Votre mot de passe est enregistré. Connectez-vous avec.').waitFor();
  await signInToCrm(page, server, { email, password });
}

describe('team and access', () => {
  it('an admin invites a staff member, who sets a password from the e-mail and signs in', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/equipe`);
      await page.getByRole('heading', { level: 1, name: 'Équipe et accès' }).waitFor();
      await page.getByRole('listitem', { name: 'Camille Roux' }).waitFor();
      await page.getByRole('button', { name: 'Inviter' }).click();
      const dialog = page.getByRole('dialog', { name: 'Inviter un membre de l’équipe' });
      await dialog.getByLabel('Prénom').fill('Nora');
      await dialog.getByLabel('Nom', { exact: true }).fill('Benali');
      await dialog.getByLabel('Adresse e-mail').fill('nora@serenaia.test');
      await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await page.getByText('Invitation envoyée à nora@serenaia.test.').waitFor();
      const nora = page.getByRole('listitem', { name: 'Nora Benali' });
      expect(await nora.textContent()).toContain('Invitation envoyée');

      const link = await linkMailedTo('nora@serenaia.test');
      expect(smtp.to('nora@serenaia.test')[0]?.subject).toMatch(/^Invitation à rejoindre/);
      const fresh = await (await newContext(browser, 'desktop')).newPage();
      const freshWatch = watchPage(fresh);
      await setPasswordThenSignIn(fresh, link, 'nora@serenaia.test', 'nora-chose-this');
      await fresh.getByRole('button', { name: /^Mon compte : Nora Benali/ }).click();
      await fresh.getByRole('menuitem', { name: 'Mon compte' }).click();
      await fresh.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
      await fresh.getByText('Cette session').waitFor();
      expect(freshWatch.problems()).toEqual([]);

      // The admin's list now shows Nora without the pending invitation.
      await page.reload();
      await nora.waitFor();
      expect(await nora.textContent()).not.toContain('Invitation envoyée');
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a forgotten password is reset from the login page with the e-mailed link', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await page.goto(`${server.url}/crm/connexion`);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await page.getByLabel('Adresse e-mail').fill(STAFF.email);
      await page.getByRole('button', { name: 'Envoyer le lien' }).click();
      await page.getByRole('status').filter({ hasText: 'Si un compte de l’équipe correspond' }).waitFor();
      const link = await linkMailedTo(STAFF.email);
      await setPasswordThenSignIn(page, link, STAFF.email, 'camille-new-password');
      // The link is single-use.
      await page.goto(`${server.url}${link}`);
      await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('yet-another-password');
      await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill('yet-another-password');
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByText('Ce lien n’est plus valide : demandez-en un nouveau.').first().waitFor();
      expect(watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each<ViewportName>(['desktop', 'phone'])('screenshots of the account pages (%s)', async (viewport) => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/crm/mot-de-passe-oublie`);
      await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await screenshot(page, 'accounts-forgot', viewport);
      await page.goto(`${server.url}/crm/mot-de-passe?jeton=${'a'.repeat(43)}`);
      await page.getByRole('heading', { level: 1, name: 'Choisir un mot de passe' }).waitFor();
      await screenshot(page, 'accounts-set-password', viewport);
      await page.goto(`${server.url}/crm/connexion`);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).waitFor();
      await screenshot(page, 'accounts-login', viewport);
      await signInToCrm(page, server, ADMIN);
      await page.goto(`${server.url}/crm/equipe`);
      await page.getByRole('listitem', { name: 'Camille Roux' }).waitFor();
      await screenshot(page, 'accounts-team', viewport);
      await page.getByRole('button', { name: 'Inviter' }).click();
      await page.getByRole('dialog').waitFor();
      await screenshot(page, 'accounts-invite', viewport);
      await page.keyboard.press('Escape');
      await page.goto(`${server.url}/crm/mon-compte`);
      await page.getByText('Cette session').waitFor();
      await screenshot(page, 'accounts-my-account', viewport);
    } finally {
      await context.close();
    }
  });
});
