import type { CheckoutCatalogQuery } from '../../gql/graphql';

/** One tile of the checkout grid. */
export interface CatalogItem {
  kind: 'SERVICE' | 'PRODUCT';
  id: string;
  name: string;
  priceCents: number;
  /** Products: units in stock. */
  stock: number | null;
  /** What the search matches (name, brand, category, barcode). */
  text: string;
}

export type CatalogFilter = { kind: 'ALL' } | { kind: 'SERVICE'; categoryId?: string } | { kind: 'PRODUCT' };

/** What a keyboard-wedge scanner types: 8 to 14 digits (EAN-8, UPC, EAN-13, GTIN-14). */
export function isBarcode(text: string): boolean {
  return /^\d{8,14}$/.test(text);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The tiles for a filter and a search (accents and case ignored), services first. Pure. */
export function catalogItems(
  data: CheckoutCatalogQuery | undefined,
  filter: CatalogFilter,
  search: string,
): CatalogItem[] {
  if (data === undefined) return [];
  const services: CatalogItem[] = data.serviceCategories
    .filter(
      (c) =>
        filter.kind !== 'PRODUCT' &&
        (filter.kind === 'ALL' || !filter.categoryId || filter.categoryId === c.id),
    )
    .flatMap((c) =>
      c.services.map((s) => ({
        kind: 'SERVICE' as const,
        id: s.id,
        name: s.name,
        priceCents: s.priceCents,
        stock: null,
        text: `${s.name} ${c.name}`,
      })),
    );
  const products: CatalogItem[] =
    filter.kind === 'SERVICE'
      ? []
      : data.products.items
          .filter((p) => p.kind !== 'PROFESSIONAL')
          .map((p) => ({
            kind: 'PRODUCT' as const,
            id: p.id,
            name: p.brand ? `${p.name} (${p.brand})` : p.name,
            priceCents: p.priceCents,
            stock: p.quantity,
            text: [p.name, p.brand, p.category, p.barcode].filter(Boolean).join(' '),
          }));
  const words = fold(search).split(/\s+/).filter(Boolean);
  return [...services, ...products].filter((item) => words.every((w) => fold(item.text).includes(w)));
}
