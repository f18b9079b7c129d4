/** Pure builders of the client list's URL (filters and page) and of what the filter panel's inputs mean. */
import type { ClientSort } from '../../gql/graphql';
import { filtersFromParams, filtersToParams, type ClientFilters } from './clients-filter';

/** The 0-based page index from the URL's 1-based `page` parameter. */
export function pageIndexFromParams(params: URLSearchParams): number {
  return Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
}

/** The URL with some filters changed; any change goes back to the first page. */
export function paramsWithFilters(prev: URLSearchParams, changes: Partial<ClientFilters>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const merged = { ...filtersFromParams(prev), ...changes };
  for (const [key, value] of Object.entries(filtersToParams(merged))) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  next.delete('page');
  return next;
}

/** The URL showing the 0-based page `page` (the first page has no parameter). */
export function paramsWithPage(prev: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (page <= 0) next.delete('page');
  else next.set('page', String(page + 1));
  return next;
}

/** Clicking a column: the same column flips the order; another starts ascending by name, descending otherwise. */
export function sortChange(filters: ClientFilters, sort: ClientSort): Partial<ClientFilters> {
  return { sort, descending: filters.sort === sort ? !filters.descending : sort !== 'NAME' };
}

/** The tags field: comma-separated, trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** The minimum-spent field: whole euros, never negative; empty means no filter. */
export function parseMinSpent(text: string): number | null {
  return text === '' ? null : Math.max(0, Math.floor(Number(text)));
}
