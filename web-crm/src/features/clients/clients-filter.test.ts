import {
  apiFilter,
  filtersFromParams,
  filtersFromSaved,
  filtersToParams,
  hasFilter,
  NO_FILTERS,
} from './clients-filter';

describe('client list filters', () => {
  it('round-trips through the URL', () => {
    const filters = {
      ...NO_FILTERS,
      search: 'hélène',
      tags: ['VIP', 'Peau sensible'],
      noVisitForMonths: 6,
      minSpentEuros: 150,
      birthdayThisMonth: true,
      marketingConsent: false,
      sort: 'TOTAL_SPENT' as const,
      descending: true,
    };
    const params = new URLSearchParams(
      Object.entries(filtersToParams(filters)).filter((e): e is [string, string] => e[1] !== null),
    );
    expect(params.toString()).toBe(
      'q=h%C3%A9l%C3%A8ne&tags=VIP%2CPeau+sensible&sans-visite=6&depense-min=150&anniversaire=1&marketing=non&tri=TOTAL_SPENT&ordre=desc',
    );
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('ignores what it does not understand', () => {
    expect(
      filtersFromParams(new URLSearchParams('tri=PRICE&sans-visite=-3&visite-du=2026-02-30&depense-min=abc')),
    ).toEqual(NO_FILTERS);
  });

  it('speaks the API: cents, only what is set', () => {
    expect(apiFilter({ ...NO_FILTERS, search: '  06 12 ', minSpentEuros: 80, archived: true })).toEqual({
      search: '06 12',
      minTotalSpentCents: 8000,
      archived: true,
    });
    expect(apiFilter(NO_FILTERS)).toEqual({});
  });

  it('reads a saved filter back', () => {
    expect(
      filtersFromSaved('{"tags":["VIP"],"minTotalSpentCents":15050,"sort":"NAME","page":{"offset":0}}'),
    ).toEqual({
      ...NO_FILTERS,
      tags: ['VIP'],
      minSpentEuros: 150,
      sort: 'NAME',
    });
    expect(filtersFromSaved('not json')).toEqual(NO_FILTERS);
  });

  it('tells whether anything is filtered (sorting aside)', () => {
    expect(hasFilter({ ...NO_FILTERS, sort: 'NAME' })).toBe(false);
    expect(hasFilter({ ...NO_FILTERS, birthdayThisMonth: true })).toBe(true);
  });
});
