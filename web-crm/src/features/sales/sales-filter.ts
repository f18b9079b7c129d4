/** The sales history's filters as they live in the URL, and as the API takes them. Pure. */
import type { SalesFilterInput } from '../../gql/graphql';
import { addDays, isLocalDate, zonedInstant, type LocalDate } from '@serenaia/shared/paris-time';

/** What the « Statut » select offers: a completed ticket, a credit note, an open or a parked ticket. */
export const SALE_STATES = ['COMPLETED', 'CREDIT_NOTE', 'OPEN', 'PARKED'] as const;
export type SaleState = (typeof SALE_STATES)[number];

export interface SalesFilters {
  /** First and last Paris dates, both included. */
  from: LocalDate | null;
  to: LocalDate | null;
  tillId: string | null;
  state: SaleState | null;
  clientId: string | null;
  /** Total including VAT (absolute), cents. */
  minCents: number | null;
  maxCents: number | null;
}

export const NO_FILTERS: SalesFilters = {
  from: null,
  to: null,
  tillId: null,
  state: null,
  clientId: null,
  minCents: null,
  maxCents: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cents(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** URL parameters: `du`, `au`, `caisse`, `statut`, `client`, `min`, `max` (cents). Unknown values are ignored. */
export function filtersFromParams(params: URLSearchParams): SalesFilters {
  const from = params.get('du');
  const to = params.get('au');
  const till = params.get('caisse');
  const state = params.get('statut');
  const client = params.get('client');
  return {
    from: isLocalDate(from) ? from : null,
    to: isLocalDate(to) ? to : null,
    tillId: till !== null && UUID.test(till) ? till : null,
    state: SALE_STATES.find((s) => s === state) ?? null,
    clientId: client !== null && UUID.test(client) ? client : null,
    minCents: cents(params.get('min')),
    maxCents: cents(params.get('max')),
  };
}

export function filtersToParams(f: SalesFilters): Record<string, string | null> {
  return {
    du: f.from,
    au: f.to,
    caisse: f.tillId,
    statut: f.state,
    client: f.clientId,
    min: f.minCents === null ? null : String(f.minCents),
    max: f.maxCents === null ? null : String(f.maxCents),
  };
}

/** The API's filter: Paris midnight of the first day to Paris midnight after the last one. */
export function apiFilter(f: SalesFilters): SalesFilterInput {
  const state: Partial<SalesFilterInput> =
    f.state === 'COMPLETED'
      ? { kind: 'SALE', status: 'COMPLETED' }
      : f.state === 'CREDIT_NOTE'
        ? { kind: 'CREDIT_NOTE' }
        : f.state === null
          ? {}
          : { status: f.state };
  return {
    ...state,
    ...(f.tillId ? { tillId: f.tillId } : {}),
    ...(f.clientId ? { clientId: f.clientId } : {}),
    ...(f.from ? { from: new Date(zonedInstant(f.from, 0)).toISOString() } : {}),
    ...(f.to ? { to: new Date(zonedInstant(addDays(f.to, 1), 0)).toISOString() } : {}),
    ...(f.minCents !== null ? { minTotalCents: f.minCents } : {}),
    ...(f.maxCents !== null ? { maxTotalCents: f.maxCents } : {}),
  };
}

/** A period whose end comes before its start, or a maximum under the minimum. */
export function filterProblems(f: SalesFilters): { period: boolean; amount: boolean } {
  return {
    period: f.from !== null && f.to !== null && f.to < f.from,
    amount: f.minCents !== null && f.maxCents !== null && f.maxCents < f.minCents,
  };
}
