/**
 * Purchase orders in Chromium against the real server on the demo data and a real SMTP server (the
 * `smtp-server` package, in this process): an admin turns a supplier's reorder suggestions into a
 * purchase order, sends it (the supplier gets the e-mail), receives it in two deliveries and sees the
 * stock level rise on /stock; an admin previews a product CSV with a bad line (nothing written), imports
 * the valid lines and finds the new product on /stock; an admin creates a product with a price typed
 * with a comma, is told on the barcode field that its check digit is wrong, fixes it. Screenshots at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
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
import { TestSmtpServer } from '@serenaia/test-support';

jest.setTimeout(180_000);

let smtp: TestSmtpServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  server = await startServer({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Sérénaia Beauté <rdv@serenaia.test>',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

/** One supplier per viewport (same database): its e-mail, one product with its demo stock. */
const CASES: Record<
  ViewportName,
  { supplier: string; email: string; product: string; before: number; ordered: number; other?: string }
> = {
  desktop: {
    supplier: 'Dermapro France',
    email: 'service.client@dermapro.test',
    product: 'Crème mains réparatrice',
    before: 3,
    ordered: 4,
    other: 'Contour des yeux lissant',
  },
  phone: {
    supplier: 'Maison Lys Cosmétiques',
    email: 'commandes@maisonlys.test',
    product: 'Crème hydratante 24 h',
    before: 3,
    ordered: 6,
  },
};

async function stockRow(page: Page, product: string) {
  await page.goto(`${server.url}/crm/stock`);
  await page.getByRole('heading', { level: 1, name: 'Stock' }).waitFor();
  const row = page.getByRole('button', { name: new RegExp(`^${product}`) });
  await row.waitFor();
  return row;
}

describe('stock purchase orders', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'an admin orders from the suggestions, sends the order, receives it in two parts and the stock rises (%s)',
    async (viewport) => {
      const c = CASES[viewport];
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);
        expect(await (await stockRow(page, c.product)).textContent()).toContain(`${c.before} u.`);
        await page.getByRole('link', { name: 'Commandes fournisseurs' }).click();
        await page.getByRole('heading', { level: 1, name: 'Commandes fournisseurs' }).waitFor();

        // The supplier's suggestions: type a quantity, check the refusal of a bad one, create.
        const group = page.getByRole('region', { name: c.supplier });
        await group.waitFor();
        await screenshot(page, 'stock-orders', viewport);
        const quantity = group.getByLabel(`Quantité à commander de « ${c.product} »`);
        await quantity.fill('-2');
        await group.getByRole('button', { name: 'Créer le bon de commande' }).click();
        await group.getByText('Saisissez un nombre entier positif.').waitFor();
        expect(await quantity.getAttribute('aria-invalid')).toBe('true');
        await quantity.fill(String(c.ordered));
        if (c.other) await group.getByLabel(`Quantité à commander de « ${c.other} »`).fill('0');
        await group.getByRole('button', { name: 'Créer le bon de commande' }).click();

        const orders = page.getByRole('list', { name: 'Bons de commande' });
        const row = orders
          .getByRole('listitem')
          .filter({ hasText: c.supplier })
          .filter({ hasText: 'Brouillon' });
        await row.waitFor();
        expect(await row.textContent()).toContain(`${c.product} × ${c.ordered}`);
        // Ordered: no longer suggested; what was left out still is.
        if (c.other) {
          await group.getByText(c.product, { exact: true }).waitFor({ state: 'detached' });
          expect(await group.getByText(c.other, { exact: true }).count()).toBe(1);
        } else await group.waitFor({ state: 'detached' });

        // Sent: the supplier gets the order by e-mail.
        await row.getByRole('button', { name: 'Envoyer au fournisseur' }).click();
        const sent = orders
          .getByRole('listitem')
          .filter({ hasText: c.supplier })
          .filter({ hasText: 'Envoyée' });
        await sent.waitFor();
        const reference = (await sent.getAttribute('aria-label')) ?? '';
        expect(reference).toMatch(/^BC-\d{4}$/);
        const mail = await smtp.mailTo(c.email);
        expect(mail.subject).toContain(reference);
        expect(mail.attachments).toEqual([`${reference}.pdf`]);

        // First delivery: part of it.
        await sent.getByRole('button', { name: 'Réceptionner' }).click();
        let dialog = page.getByRole('dialog', { name: `Réception de ${reference}` });
        await dialog.waitFor();
        const received = dialog.getByLabel(`Reçu de « ${c.product} »`);
        expect(await received.inputValue()).toBe(String(c.ordered));
        await received.fill(String(c.ordered + 1));
        await dialog.getByRole('button', { name: 'Enregistrer la réception' }).click();
        await dialog.getByText(`Il ne reste que ${c.ordered} unités à recevoir.`).waitFor();
        await received.fill('1');
        await screenshot(page, 'stock-orders-receive', viewport);
        await dialog.getByRole('button', { name: 'Enregistrer la réception' }).click();
        await dialog.waitFor({ state: 'detached' });
        const partly = orders.getByRole('listitem', { name: reference });
        await partly.getByText('Reçue en partie').waitFor();

        // Second delivery: the rest.
        await partly.getByRole('button', { name: 'Réceptionner' }).click();
        dialog = page.getByRole('dialog', { name: `Réception de ${reference}` });
        expect(await dialog.getByLabel(`Reçu de « ${c.product} »`).inputValue()).toBe(String(c.ordered - 1));
        await dialog.getByRole('button', { name: 'Enregistrer la réception' }).click();
        await dialog.waitFor({ state: 'detached' });
        await partly.getByText('Reçue', { exact: true }).waitFor();
        expect(await partly.getByRole('button', { name: 'Réceptionner' }).count()).toBe(0);

        // The ledger moved the stock.
        expect(await (await stockRow(page, c.product)).textContent()).toContain(`${c.before + c.ordered} u.`);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<ViewportName>(['desktop', 'phone'])(
    'an admin previews a product CSV, sees the bad line, imports the valid ones (%s)',
    async (viewport) => {
      const name = `Baume import ${viewport}`;
      const csv = `nom;marque;prix_ttc;tva;type;fournisseur\n${name};Lys;12,50;20;vente;Maison Lys Cosmétiques\nHuile ${viewport};Lys;9,90 €€;20;vente;\n`;
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);
        await page.goto(`${server.url}/crm/stock`);
        await page.getByRole('link', { name: 'Importer' }).click();
        await page.getByRole('heading', { level: 1, name: 'Importer des produits' }).waitFor();
        await page.getByLabel('Contenu du fichier').fill(csv);
        await page.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }).click();
        const preview = page.getByRole('region', { name: 'Aperçu de l’import' });
        await preview.waitFor();
        expect(await preview.textContent()).toContain('1 produit à créer · 0 produit à mettre à jour');
        const problems = preview.getByRole('list', { name: 'Problèmes par ligne' }).getByRole('listitem');
        expect(await problems.count()).toBe(1);
        expect(await problems.first().textContent()).toContain('Ligne 3 · colonne prix_ttc');
        await screenshot(page, 'stock-import', viewport);

        // The dry run wrote nothing.
        await stockRow(page, 'Crème mains réparatrice');
        expect(await page.getByRole('button', { name: new RegExp(`^${name}`) }).count()).toBe(0);

        await page.goBack();
        await page.getByLabel('Contenu du fichier').fill(csv);
        await page.getByRole('button', { name: 'Vérifier (sans rien enregistrer)' }).click();
        await preview.getByRole('button', { name: 'Importer seulement la ligne valide' }).click();
        await page.getByText('Import terminé : 1 créé(s), 0 mis à jour.').waitFor();
        const row = await stockRow(page, name);
        expect(await row.textContent()).toContain('0 u.');
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<ViewportName>(['desktop', 'phone'])(
    'an admin creates a product: euros with a comma, the EAN refusal on its field (%s)',
    async (viewport) => {
      const name = `Lait corps ${viewport}`;
      // Valid EAN-13s (check digit computed), one per viewport; the bad one only changes the last digit.
      const good = viewport === 'desktop' ? '3760000000024' : '3760000000031';
      const bad = `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`;
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);
        await page.goto(`${server.url}/crm/stock`);
        await page.getByRole('button', { name: 'Nouveau produit' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nouveau produit' });
        await dialog.getByLabel('Nom').fill(name);
        await dialog.getByLabel('Prix de vente TTC (€)').fill('14,90 €');
        await dialog.getByLabel('Coût d’achat HT (€)').fill('5,2');
        await dialog.getByLabel('Code-barres (EAN-13)').fill(bad);
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog
          .getByText(
            'Le code-barres est invalide : son dernier chiffre (clé de contrôle EAN-13) ne correspond pas.',
          )
          .waitFor();
        expect(await dialog.getByLabel('Code-barres (EAN-13)').getAttribute('aria-invalid')).toBe('true');
        await screenshot(page, 'stock-product-dialog', viewport);
        await dialog.getByLabel('Code-barres (EAN-13)').fill(good);
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.waitFor({ state: 'detached' });
        // Saved and opened in the drawer.
        await page.getByRole('heading', { level: 2, name }).waitFor();
        expect(await page.getByText(good, { exact: true }).count()).toBe(1);
        const row = await stockRow(page, name);
        expect(await row.textContent()).toContain('0 u.');
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
