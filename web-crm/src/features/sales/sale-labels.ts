/** How a ticket is named and which status the history shows for it. Pure. */
import type { TFunction } from 'i18next';
import type { SaleKind, SaleStatus } from '../../gql/graphql';
import type { SaleState } from './sales-filter';

export function saleStateOf(sale: { kind: SaleKind; status: SaleStatus }): SaleState {
  if (sale.kind === 'CREDIT_NOTE') return 'CREDIT_NOTE';
  return sale.status;
}

export function saleTitle(t: TFunction, sale: { kind: SaleKind; number?: number | null }): string {
  if (sale.number === null || sale.number === undefined) return t('sales.unnumbered');
  return t(sale.kind === 'CREDIT_NOTE' ? 'sales.creditNote' : 'sales.ticket', { number: sale.number });
}
