import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filtersFromParams, type ClientFilters } from './clients-filter';
import { pageIndexFromParams, paramsWithFilters, paramsWithPage } from './client-list-params';

/** The client list's filters and page, kept in the URL (replacing the history entry, not pushing one). */
export function useClientListParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageIndex = pageIndexFromParams(params);
  const update = useCallback(
    (changes: Partial<ClientFilters>) =>
      setParams((prev) => paramsWithFilters(prev, changes), { replace: true }),
    [setParams],
  );
  const goToPage = useCallback(
    (page: number) => setParams((prev) => paramsWithPage(prev, page), { replace: true }),
    [setParams],
  );
  return { filters, pageIndex, update, goToPage };
}
