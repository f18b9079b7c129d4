/** Every ledger row matching the filters, fetched page by page through the API, as a CSV download. */
import type { Client } from '@urql/core';
import { PaymentsDocument } from '../../gql/graphql';
import { apiFilter, type LedgerFilters } from './payments-filter';
import type { LedgerPayment } from './payment-summary';

/** The API serves at most 200 rows a page. */
export const EXPORT_PAGE_SIZE = 200;

export async function fetchAllPayments(client: Client, filters: LedgerFilters): Promise<LedgerPayment[]> {
  const byId = new Map<string, LedgerPayment>();
  let offset = 0;
  for (;;) {
    const result = await client
      .query(
        PaymentsDocument,
        { filter: apiFilter(filters, { offset, limit: EXPORT_PAGE_SIZE }) },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw result.error;
    const page = result.data?.payments;
    if (page === undefined) throw new Error('No data');
    // A payment arriving meanwhile shifts the pages: the same row may come twice, kept once.
    for (const item of page.items) byId.set(item.id, item);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return [...byId.values()];
}

/** "paiements_2026-11-01_2026-11-30.csv", or with today's date when no period is chosen. */
export function exportFileName(base: string, filters: LedgerFilters, today: string): string {
  const period = filters.from || filters.to ? `${filters.from ?? 'debut'}_${filters.to ?? today}` : today;
  return `${base}_${period}.csv`;
}

/** Hands a text file to the browser's downloads. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
