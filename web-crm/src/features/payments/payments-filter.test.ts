import { apiFilter, filtersFromParams, filtersToParams, periodProblem } from './payments-filter';

describe('ledger filters', () => {
  it('reads the URL, ignoring unknown values', () => {
    expect(
      filtersFromParams(new URLSearchParams('moyen=CASH&statut=REFUNDED&du=2026-11-01&au=2026-11-30')),
    ).toEqual({
      method: 'CASH',
      status: 'REFUNDED',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(filtersFromParams(new URLSearchParams('moyen=BITCOIN&statut=x&du=2026-02-30'))).toEqual({
      method: null,
      status: null,
      from: null,
      to: null,
    });
    expect(filtersToParams({ method: 'CASH', status: null, from: null, to: '2026-11-30' })).toEqual({
      moyen: 'CASH',
      statut: null,
      du: null,
      au: '2026-11-30',
    });
  });

  it('turns Paris dates into instants: midnight of the first day to midnight after the last', () => {
    expect(
      apiFilter(
        { method: 'CASH', status: null, from: '2026-03-01', to: '2026-03-31' },
        { offset: 50, limit: 25 },
      ),
    ).toEqual({
      method: 'CASH',
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z', // summer time from 29 March
      page: { offset: 50, limit: 25 },
    });
    expect(apiFilter({ method: null, status: null, from: null, to: null })).toEqual({});
  });

  it('flags a period that ends before it starts', () => {
    expect(periodProblem({ method: null, status: null, from: '2026-03-02', to: '2026-03-01' })).toBe(true);
    expect(periodProblem({ method: null, status: null, from: '2026-03-01', to: '2026-03-01' })).toBe(false);
  });
});
