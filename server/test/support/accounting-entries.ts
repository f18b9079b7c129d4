import { gqlOk } from '@serenaia/test-support';
import { waitFor } from './wait.js';

/** An accounting entry as the API gives it to the accountant, with its lines. */
export interface PostedEntry {
  entryDate: string;
  sourceKind: string;
  sourceId: string;
  journalCode: string;
  pieceRef: string;
  debitCents: number;
  creditCents: number;
  lines: { accountNumber: string; debitCents: number; creditCents: number }[];
}

const ENTRIES = `query { accountingEntries(page: {limit: 500}) { items {
  entryDate sourceKind sourceId journalCode pieceRef debitCents creditCents
  lines { accountNumber debitCents creditCents } } } }`;

/** The entries (the first 500), read through the API with `token` (an accountant's or an admin's). */
export async function postedEntries(url: string, token: string): Promise<PostedEntry[]> {
  return (await gqlOk<{ accountingEntries: { items: PostedEntry[] } }>(url, ENTRIES, {}, token))
    .accountingEntries.items;
}

/** The entry of one source once its outbox job has posted it. */
export function postedEntryOf(
  url: string,
  token: string,
  sourceKind: string,
  sourceId: string,
): Promise<PostedEntry> {
  return waitFor(
    async () =>
      (await postedEntries(url, token)).find((e) => e.sourceKind === sourceKind && e.sourceId === sourceId),
    `the ${sourceKind} entry of ${sourceId}`,
  );
}
