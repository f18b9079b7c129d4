import type { LocalDate } from '@serenaia/shared/paris-time';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AccountingSettingsDocument } from '../../gql/graphql';
import { useAccountingContext } from './AccountingPage';
import { fiscalYearOf } from './periods';

/**
 * The period of a report tab, kept in the address (`du`, `au`, so a link carries it from the balance
 * to the ledger): the current fiscal year (from the settings' first month) unless the address says.
 * `extra` are the tab's other parameters (`compte`).
 */
export function usePeriodParams() {
  const { today } = useAccountingContext();
  const [params, setParams] = useSearchParams();
  const [settings] = useQuery({ query: AccountingSettingsDocument });
  const fiscalYear = fiscalYearOf(today, settings.data?.accountingSettings.fiscalYearStartMonth ?? 1);
  const from: LocalDate | null = params.has('du') ? params.get('du') || null : fiscalYear.from;
  const to: LocalDate | null = params.has('au') ? params.get('au') || null : fiscalYear.to;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value ?? '');
    setParams(next, { replace: true });
  };
  return {
    from,
    to,
    params,
    setPeriod: (period: { from: LocalDate | null; to: LocalDate | null }) =>
      set({ du: period.from, au: period.to }),
    set,
  };
}
