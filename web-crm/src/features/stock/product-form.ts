/** The product form's fields, as typed, and their checks before the server's. Pure. */
import type { ProductKind, StockProductFieldsFragment, StockUnit } from '../../gql/graphql';
import { eurosInput } from '../../shared/money';

export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;
export const KINDS: ProductKind[] = ['RETAIL', 'PROFESSIONAL', 'BOTH'];
export const UNITS: StockUnit[] = ['PIECE', 'ML', 'G'];

/** "5,5 %" from 550. */
export function vatLabel(bp: number): string {
  return `${String(bp / 100).replace('.', ',')} %`;
}

/** Server input fields → the form field that shows their error. */
export const FIELD_OF: Record<string, string> = { priceCents: 'price', costCents: 'cost' };
/** The fields that show their own error. */
export const SHOWN = new Set([
  'name',
  'brand',
  'category',
  'content',
  'barcode',
  'price',
  'cost',
  'vatRateBp',
  'supplierId',
  'threshold',
  'reorderTarget',
]);

export interface ProductForm {
  name: string;
  brand: string;
  category: string;
  content: string;
  barcode: string;
  kind: ProductKind;
  unit: StockUnit;
  price: string;
  vatRateBp: number;
  cost: string;
  supplierId: string;
  threshold: string;
  reorderTarget: string;
  active: boolean;
}

/** The fields typed as text. */
export type TextKey = {
  [K in keyof ProductForm]: ProductForm[K] extends string ? K : never;
}[keyof ProductForm];

export function formOf(p: StockProductFieldsFragment | null): ProductForm {
  return {
    name: p?.name ?? '',
    brand: p?.brand ?? '',
    category: p?.category ?? '',
    content: p?.content ?? '',
    barcode: p?.barcode ?? '',
    kind: p?.kind ?? 'RETAIL',
    unit: p?.unit ?? 'PIECE',
    price: p ? eurosInput(p.priceCents) : '',
    vatRateBp: p?.vatRateBp ?? 2000,
    cost: p ? eurosInput(p.costCents) : '',
    supplierId: p?.supplier?.id ?? '',
    threshold: p?.threshold?.toString() ?? '',
    reorderTarget: p?.reorderTarget?.toString() ?? '',
    active: p?.active ?? true,
  };
}

/** "" → null; a whole number ≥ 0 → it; anything else → undefined (an error). */
export function optionalCount(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}
