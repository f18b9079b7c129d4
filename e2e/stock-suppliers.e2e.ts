/**
 * Suppliers and purchase orders in Chromium against the real server on the demo data: an admin opens
 * the suppliers from /stock, is told on the field that an e-mail is malformed, saves the supplier's new
 * contact details; orders from the supplier's suggestions, sends the order, sends it again and cancels
 * it (each confirmed in French), and finds it cancelled on the supplier's page, next to its products.
 * Screenshots at phone and desktop widths.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
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

/** One supplier of the demo data per viewport (same database), with a product to reorder. */
const CASES: Record<ViewportName, { supplier: string; product: string; email: string }> = {
  desktop: { supplier: 'Dermapro France', product: 'Crème mains réparatrice', email: 'achats@dermapro.test' },
  phone: {
    supplier: 'Aroma Sud Distribution',
    product: 'Gommage corps sucre & monoï',
    email: 'cmd@aromasud.test',
  },
};

describe('suppliers', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'an admin edits a supplier, then sends, re-sends and cancels an order to it (%s)',
    async (viewport) => {
      const c = CASES[viewport];
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const watch = watchPage(page);
      try {
        await signInToCrm(page, server, ADMIN);
        await page.goto(`${server.url}/crm/stock`);
        await page.getByRole('link', { name: 'Fournisseurs', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Fournisseurs' }).waitFor();
        await page.getByRole('link', { name: new RegExp(`^${c.supplier}`) }).click();
        await page.getByRole('heading', { level: 1, name: c.supplier }).waitFor();
        const products = page.getByRole('region', { name: 'Produits' });
        await products.getByRole('link', { name: c.product }).waitFor();

        // Contact details: a malformed e-mail is refused on its field, then saved.
        await page.getByRole('button', { name: 'Modifier' }).click();
        const dialog = page.getByRole('dialog', { name: `Modifier « ${c.supplier} »` });
        const email = dialog.getByLabel('E-mail (reçoit les bons de commande)');
        await email.fill('achats@@dermapro');
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.getByText('Adresse e-mail invalide.').waitFor();
        expect(await email.getAttribute('aria-invalid')).toBe('true');
        await email.fill(c.email);
        await dialog.getByLabel('Contact').fill('Léa Martin');
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.waitFor({ state: 'detached' });
        const contact = page.getByRole('region', { name: 'Coordonnées' });
        await contact.getByRole('link', { name: c.email }).waitFor();
        expect(await contact.textContent()).toContain('Léa Martin');

        // An order from the suggestions, sent, sent again, cancelled.
        await page.goto(`${server.url}/crm/stock/commandes`);
        const group = page.getByRole('region', { name: c.supplier });
        await group.getByRole('button', { name: 'Créer le bon de commande' }).click();
        const orders = page.getByRole('list', { name: 'Bons de commande' });
        const row = orders
          .getByRole('listitem')
          .filter({ hasText: c.supplier })
          .filter({ hasText: 'Brouillon' });
        await row.waitFor();
        const reference = (await row.getAttribute('aria-label')) ?? '';
        const order = orders.getByRole('listitem', { name: reference });
        expect(await order.textContent()).toMatch(new RegExp(`${c.product} × \\d+ u\\.`));
        await order.getByRole('button', { name: 'Envoyer au fournisseur' }).click();
        await order.getByText('Envoyée').waitFor();

        await order.getByRole('button', { name: 'Renvoyer' }).click();
        const resend = page.getByRole('alertdialog', { name: `Renvoyer ${reference} ?` });
        expect(await resend.textContent()).toContain(`à ${c.supplier} (${c.email})`);
        await resend.getByRole('button', { name: 'Renvoyer le bon' }).click();
        await page.getByText(`Bon de commande ${reference} renvoyé au fournisseur.`).waitFor();

        await order.getByRole('button', { name: 'Annuler la commande' }).click();
        const cancel = page.getByRole('alertdialog', { name: `Annuler ${reference} ?` });
        expect(await cancel.textContent()).toContain(`${c.supplier} a déjà reçu ce bon`);
        await screenshot(page, 'stock-order-cancel', viewport);
        await cancel.getByRole('button', { name: 'Annuler la commande' }).click();
        await order.getByText('Annulée').waitFor();
        expect(await order.getByRole('button', { name: 'Réceptionner' }).count()).toBe(0);
        // Nothing on order any more: the product is suggested again.
        await page.getByRole('region', { name: c.supplier }).getByText(c.product, { exact: true }).waitFor();

        // The supplier's page lists the cancelled order.
        await order.getByRole('link', { name: c.supplier }).click();
        await page.getByRole('heading', { level: 1, name: c.supplier }).waitFor();
        const onPage = page
          .getByRole('region', { name: 'Bons de commande' })
          .getByRole('listitem', { name: reference });
        await onPage.getByText('Annulée').waitFor();
        await screenshot(page, 'stock-supplier', viewport);
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
