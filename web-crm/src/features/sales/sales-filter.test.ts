import { apiFilter, filterProblems, filtersFromParams, filtersToParams, NO_FILTERS } from './sales-filter';

describe('sales history filters', () => {
  it('reads the URL and ignores what it does not know', () => {
    const f = filtersFromParams(
      new URLSearchParams(
        'du=2026-03-29&au=2026-03-29&statut=CREDIT_NOTE&caisse=nope&min=1000&max=12,5&client=6f1c1d1e-0000-4000-8000-000000000001',
      ),
    );
    expect(f).toEqual({
      from: '2026-03-29',
      to: '2026-03-29',
      tillId: null,
      state: 'CREDIT_NOTE',
      clientId: '6f1c1d1e-0000-4000-8000-000000000001',
      minCents: 1000,
      maxCents: null,
    });
    expect(filtersFromParams(new URLSearchParams(filtersToParams(f) as Record<string, string>))).toEqual(f);
  });

  it('sends Paris midnights (the spring-forward day is 23 h long) and the states as kind/status', () => {
    expect(apiFilter({ ...NO_FILTERS, from: '2026-03-29', to: '2026-03-29', state: 'COMPLETED' })).toEqual({
      kind: 'SALE',
      status: 'COMPLETED',
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(apiFilter({ ...NO_FILTERS, state: 'PARKED', minCents: 0, maxCents: 5000 })).toEqual({
      status: 'PARKED',
      minTotalCents: 0,
      maxTotalCents: 5000,
    });
    expect(apiFilter({ ...NO_FILTERS, state: 'CREDIT_NOTE' })).toEqual({ kind: 'CREDIT_NOTE' });
  });

  it('flags a reversed period or amount range', () => {
    expect(filterProblems({ ...NO_FILTERS, from: '2026-05-02', to: '2026-05-01' })).toEqual({
      period: true,
      amount: false,
    });
    expect(filterProblems({ ...NO_FILTERS, minCents: 500, maxCents: 100 })).toEqual({
      period: false,
      amount: true,
    });
  });
});
