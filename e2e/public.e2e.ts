import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Route } from 'playwright-core';
import {
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  watchPage,
  VIEWPORTS,
  type TestServer,
  type ViewportName,
} from './harness';
import { graphqlData } from './graphql';
import { formatPrice } from '@serenaia/shared/format';

jest.setTimeout(120_000);

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

describe.each<ViewportName>(['phone', 'desktop'])('public site on a %s', (viewport) => {
  it('shows the institute rendered by the server: name, address, phone and e-mail links, legal footer', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      // The page arrives rendered by the server with its data: it asks the API nothing.
      const graphqlRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/graphql')) graphqlRequests.push(request.url());
      });
      await page.goto(`${server.url}/`);

      const title = page.getByRole('heading', { level: 1, name: 'Sérénaia Beauté' });
      await title.waitFor();
      expect(await page.title()).toBe('Sérénaia Beauté · Institut de beauté à Paris');

      const findUs = page.getByRole('region', { name: 'Nous trouver' });
      await findUs.getByText('18 rue des Martyrs').waitFor();
      await findUs.getByText('75009 Paris').waitFor();
      expect(await findUs.getByRole('link', { name: '01 42 80 12 34' }).getAttribute('href')).toBe(
        'tel:+33142801234',
      );
      expect(await findUs.getByRole('link', { name: 'bonjour@serenaia.test' }).getAttribute('href')).toBe(
        'mailto:bonjour@serenaia.test',
      );
      const footer = page.getByRole('contentinfo');
      expect(await footer.textContent()).toContain('Sérénaia Beauté SARL · SIRET 912 345 675 00017');

      // Nothing wider than the screen (no sideways scrolling on a phone).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'public-home', viewport);

      // The header link scrolls to the contact section.
      await page.getByRole('banner').getByRole('link', { name: 'Nous trouver' }).click();
      await page.waitForURL(/#nous-trouver$/);
      expect(graphqlRequests).toEqual([]);

      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a skeleton, then a friendly French message when the API cannot be reached, and recovers on retry', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    try {
      // Reached from another page of the app, the home page asks the API for its data itself.
      await page.goto(`${server.url}/reserver`);
      await page.getByRole('heading', { name: 'Choisissez vos prestations' }).waitFor();
      // That heading is already in the server's HTML (the page's first look); the header's link to
      // the home page shows once the page itself runs and has the institute's details.
      const homeLink = page.getByRole('banner').getByRole('link', { name: 'Accueil de Sérénaia Beauté' });
      await homeLink.waitFor();
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/graphql', async (route: Route) => {
        await held;
        await route.abort('connectionrefused');
      });
      await homeLink.click();
      await page.getByRole('status').getByText('Chargement des informations de l’institut…').waitFor({
        state: 'attached',
      });
      await screenshot(page, 'public-loading', viewport);
      release();

      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Le site est momentanément indisponible');
      await screenshot(page, 'public-error', viewport);

      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Réessayer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sérénaia Beauté' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('answers an unknown address with a French "page not found"', async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    const watcher = watchPage(page);
    try {
      await page.goto(`${server.url}/soins/inexistant`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      await screenshot(page, 'public-not-found', viewport);
      await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sérénaia Beauté' }).waitFor();
      expect(watcher.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('public home page without JavaScript', () => {
  it('has the institute’s name, its services and their prices in the HTML the server sends', async () => {
    const { serviceCategories } = await graphqlData<{
      serviceCategories: { services: { name: string; priceCents: number }[] }[];
    }>(server, '{ serviceCategories { services { name priceCents } } }');
    const previewed = serviceCategories.flatMap((c) => c.services.slice(0, 3));
    expect(previewed.length).toBeGreaterThan(3);

    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>Sérénaia Beauté · Institut de beauté à Paris</title>');
    expect(html).toMatch(/<h1[^>]*>Sérénaia Beauté<\/h1>/);
    expect(html).toContain('18 rue des Martyrs');
    for (const service of previewed) {
      expect(html).toContain(`>${service.name}<`);
      expect(html).toContain(`>${formatPrice(service.priceCents)}<`);
    }
    // The page no longer says it needs JavaScript, and loads none: its styles are in <head>.
    expect(html).not.toContain('<noscript>');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toContain('modulepreload');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<style>[^<]*\.css-[^<]*<\/style>/);
    expect(html.slice(html.indexOf('</head>'))).not.toContain('<style');
  });

  it('sends the booking page’s first look in the HTML: title, steps, the first step’s hint', async () => {
    const response = await fetch(`${server.url}/reserver?prestations=inconnue`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Prendre rendez-vous · Prestations</title>');
    expect(html).toMatch(/<h1[^>]*>Prendre rendez-vous<\/h1>/);
    expect(html).toContain('Étape 1 sur 4');
    expect(html).toContain('Jusqu’à 5 prestations, réalisées à la suite dans l’ordre choisi.');
    expect(html).not.toContain('<noscript>');
    // Another page of the app is the plain shell, which the browser renders.
    const other = await (await fetch(`${server.url}/rendez-vous/inconnu`)).text();
    expect(other).toContain('<div id="root"></div>');
  });

  it('shows that content in a browser with JavaScript turned off', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Sérénaia Beauté' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Nos prestations' }).waitFor();
      expect(await page.getByRole('article').count()).toBeGreaterThan(1);
      await screenshot(page, 'public-home-no-js', 'phone');
    } finally {
      await context.close();
    }
  });
});
