/** The client list's search and filters as they live in the URL, and as the API takes them. Pure. */
import type { ClientSort, ClientsFilter } from '../../gql/graphql';
import { isLocalDate, type LocalDate } from '@serenaia/shared/paris-time';

export const CLIENT_SORTS: readonly ClientSort[] = [
  'RELEVANCE',
  'NAME',
  'CREATED_AT',
  'LAST_VISIT',
  'TOTAL_SPENT',
];
export const NO_VISIT_MONTHS = [3, 6, 12] as const;

export interface ClientFilters {
  search: string;
  tags: string[];
  noVisitForMonths: number | null;
  lastVisitFrom: LocalDate | null;
  lastVisitBefore: LocalDate | null;
  /** Whole euros, as typed. */
  minSpentEuros: number | null;
  birthdayThisMonth: boolean;
  marketingConsent: boolean | null;
  archived: boolean;
  sort: ClientSort | null;
  descending: boolean;
}

export const NO_FILTERS: ClientFilters = {
  search: '',
  tags: [],
  noVisitForMonths: null,
  lastVisitFrom: null,
  lastVisitBefore: null,
  minSpentEuros: null,
  birthdayThisMonth: false,
  marketingConsent: null,
  archived: false,
  sort: null,
  descending: false,
};

const positiveInt = (raw: string | null): number | null =>
  raw !== null && /^\d{1,7}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;

/** URL parameters: `q`, `tags`, `sans-visite`, `visite-du`, `visite-avant`, `depense-min`, `anniversaire`, `marketing`, `archives`, `tri`, `ordre`. */
export function filtersFromParams(params: URLSearchParams): ClientFilters {
  const sort = params.get('tri');
  const marketing = params.get('marketing');
  const from = params.get('visite-du');
  const before = params.get('visite-avant');
  const months = positiveInt(params.get('sans-visite'));
  return {
    search: (params.get('q') ?? '').slice(0, 100),
    tags: (params.get('tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    noVisitForMonths: months !== null && months <= 120 ? months : null,
    lastVisitFrom: isLocalDate(from) ? from : null,
    lastVisitBefore: isLocalDate(before) ? before : null,
    minSpentEuros: positiveInt(params.get('depense-min')),
    birthdayThisMonth: params.get('anniversaire') === '1',
    marketingConsent: marketing === 'oui' ? true : marketing === 'non' ? false : null,
    archived: params.get('archives') === '1',
    sort: CLIENT_SORTS.find((s) => s === sort) ?? null,
    descending: params.get('ordre') === 'desc',
  };
}

export function filtersToParams(f: ClientFilters): Record<string, string | null> {
  return {
    q: f.search.trim() === '' ? null : f.search,
    tags: f.tags.length === 0 ? null : f.tags.join(','),
    'sans-visite': f.noVisitForMonths === null ? null : String(f.noVisitForMonths),
    'visite-du': f.lastVisitFrom,
    'visite-avant': f.lastVisitBefore,
    'depense-min': f.minSpentEuros === null ? null : String(f.minSpentEuros),
    anniversaire: f.birthdayThisMonth ? '1' : null,
    marketing: f.marketingConsent === null ? null : f.marketingConsent ? 'oui' : 'non',
    archives: f.archived ? '1' : null,
    tri: f.sort,
    ordre: f.descending ? 'desc' : null,
  };
}

/** The API's filter (no paging). */
export function apiFilter(f: ClientFilters): ClientsFilter {
  const filter: ClientsFilter = {};
  if (f.search.trim() !== '') filter.search = f.search.trim();
  if (f.tags.length > 0) filter.tags = f.tags;
  if (f.noVisitForMonths !== null) filter.noVisitForMonths = f.noVisitForMonths;
  if (f.lastVisitFrom !== null) filter.lastVisitFrom = f.lastVisitFrom;
  if (f.lastVisitBefore !== null) filter.lastVisitBefore = f.lastVisitBefore;
  if (f.minSpentEuros !== null) filter.minTotalSpentCents = f.minSpentEuros * 100;
  if (f.birthdayThisMonth) filter.birthdayThisMonth = true;
  if (f.marketingConsent !== null) filter.marketingConsent = f.marketingConsent;
  if (f.archived) filter.archived = true;
  if (f.sort !== null) filter.sort = f.sort;
  if (f.descending) filter.descending = true;
  return filter;
}

/** A saved filter (the API's JSON) back into the list's filters; unknown keys are ignored. */
export function filtersFromSaved(json: string): ClientFilters {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed !== null && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    return NO_FILTERS;
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  const cents = num(saved.minTotalSpentCents);
  return {
    search: str(saved.search) ?? '',
    tags: Array.isArray(saved.tags) ? saved.tags.filter((t): t is string => typeof t === 'string') : [],
    noVisitForMonths: num(saved.noVisitForMonths),
    lastVisitFrom: isLocalDate(str(saved.lastVisitFrom)) ? str(saved.lastVisitFrom) : null,
    lastVisitBefore: isLocalDate(str(saved.lastVisitBefore)) ? str(saved.lastVisitBefore) : null,
    minSpentEuros: cents === null ? null : Math.floor(cents / 100),
    birthdayThisMonth: saved.birthdayThisMonth === true,
    marketingConsent: typeof saved.marketingConsent === 'boolean' ? saved.marketingConsent : null,
    archived: saved.archived === true,
    sort: CLIENT_SORTS.find((s) => s === saved.sort) ?? null,
    descending: saved.descending === true,
  };
}

export function hasFilter(f: ClientFilters): boolean {
  return Object.keys(apiFilter({ ...f, sort: null, descending: false })).length > 0;
}
