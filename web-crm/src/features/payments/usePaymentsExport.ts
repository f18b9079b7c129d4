import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { localDateOf } from '@serenaia/shared/paris-time';
import { downloadText, exportFileName, fetchAllPayments } from './payments-export';
import { paymentsCsv, type CsvLabels } from './payments-csv';
import { type LedgerFilters } from './payments-filter';

export interface Notice {
  severity: 'success' | 'error';
  message: string;
}

/** The ledger's CSV export: every payment the filters match, named after them and today (Paris). */
export function usePaymentsExport(
  filters: LedgerFilters,
  clock: () => number,
  onNotice: (n: Notice) => void,
) {
  const { t } = useTranslation();
  const client = useClient();
  const [exporting, setExporting] = useState(false);

  const labels = (): CsvLabels => ({
    headers: t('payments.csv.headers', { returnObjects: true }),
    kind: t('payments.kind', { returnObjects: true }),
    method: t('payments.method', { returnObjects: true }),
    provider: t('payments.provider', { returnObjects: true }),
    status: t('payments.status', { returnObjects: true }),
  });
  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows = await fetchAllPayments(client, filters);
      const today = localDateOf(clock());
      downloadText(exportFileName(t('payments.csv.fileName'), filters, today), paymentsCsv(rows, labels()));
      onNotice({ severity: 'success', message: t('payments.list.exported', { count: rows.length }) });
    } catch (e) {
      const detail =
        e instanceof Error && 'graphQLErrors' in e
          ? errorMessage(e as Parameters<typeof errorMessage>[0], {
              network: t('errors.network'),
              unexpected: t('errors.unexpected'),
            })
          : t('errors.unexpected');
      onNotice({ severity: 'error', message: `${t('payments.list.exportError')} ${detail}` });
    } finally {
      setExporting(false);
    }
  };

  return { exporting, exportCsv };
}
