/**
 * Stock messages, in French, pure: the low-stock alert to the institute and the purchase order to a
 * supplier. Laid out by the same e-mail layout as the booking messages.
 */
import type { EmailContent } from './messages.js';
import { formatEuros } from './messages.js';

export interface LowStockContext {
  product: { name: string; brand: string | null; quantity: number; threshold: number; unitLabel: string };
  supplierName: string | null;
  crmUrl: string;
}

export interface PurchaseOrderContext {
  institute: { name: string; addressLines: string[]; phone: string | null; email: string | null };
  order: {
    reference: string;
    supplierName: string;
    contactName: string | null;
    notes: string | null;
    lines: { name: string; barcode: string | null; quantity: number; unitCostCents: number }[];
  };
}

export function lowStockEmail(ctx: LowStockContext): EmailContent {
  const p = ctx.product;
  const label = p.brand === null ? p.name : `${p.name} (${p.brand})`;
  return {
    subject: `Stock bas : ${p.name} (${p.quantity} ${p.unitLabel})`,
    preheader: `Seuil d’alerte : ${p.threshold}`,
    heading: 'Stock bas',
    paragraphs: [
      `« ${label} » est passé à ${p.quantity} ${p.unitLabel}, au niveau de son seuil d’alerte ou en dessous (${p.threshold}).`,
      'Vous ne recevrez pas d’autre alerte pour ce produit avant qu’il soit repassé au-dessus du seuil.',
    ],
    details: [
      ['Produit', label],
      ['En stock', `${p.quantity} ${p.unitLabel}`],
      ['Seuil', String(p.threshold)],
      ['Fournisseur', ctx.supplierName ?? '—'],
    ],
    button: { label: 'Ouvrir le stock', url: ctx.crmUrl },
  };
}

export function purchaseOrderTotalCents(ctx: PurchaseOrderContext): number {
  return ctx.order.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0);
}

export function purchaseOrderEmail(ctx: PurchaseOrderContext): EmailContent {
  const o = ctx.order;
  return {
    subject: `Bon de commande ${o.reference} – ${ctx.institute.name}`,
    preheader: `${o.lines.length} article(s), ${formatEuros(purchaseOrderTotalCents(ctx))} HT`,
    heading: `Bon de commande ${o.reference}`,
    paragraphs: [
      `Bonjour${o.contactName === null ? '' : ` ${o.contactName}`},`,
      `Veuillez trouver ci-joint notre bon de commande ${o.reference} (PDF). Merci de nous confirmer la date de livraison en répondant à cet e-mail.`,
      ...(o.notes === null ? [] : [`Remarque : ${o.notes}`]),
    ],
    details: [
      ...o.lines.map((l): [string, string] => [l.name, `${l.quantity} × ${formatEuros(l.unitCostCents)}`]),
      ['Total HT', formatEuros(purchaseOrderTotalCents(ctx))],
    ],
    button: null,
  };
}
