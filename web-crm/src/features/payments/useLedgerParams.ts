import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filtersFromParams, filtersToParams, type LedgerFilters } from './payments-filter';

/** The ledger's filters and page, kept in the URL (`moyen`, `statut`, `du`, `au`, `page`). */
export function useLedgerParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;

  const update = (changes: Partial<LedgerFilters>, page: number | null = null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const merged = { ...filtersFromParams(prev), ...changes };
        for (const [key, value] of Object.entries(filtersToParams(merged))) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        if (page === null || page <= 0) next.delete('page');
        else next.set('page', String(page + 1));
        return next;
      },
      { replace: true },
    );
  const setPage = (page: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (page <= 0) next.delete('page');
        else next.set('page', String(page + 1));
        return next;
      },
      { replace: true },
    );

  return { filters, pageIndex, update, setPage };
}
