import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { ExportClientsDocument, type ClientsFilter } from '../../gql/graphql';
import { downloadBlob } from '../../shared/download';

/** CSV export of the current result (the page shows it only to whom `exportClientsCsv` is allowed). */
export function ExportClientsButton({ filter }: { filter: ClientsFilter }) {
  const { t } = useTranslation();
  const urql = useClient();
  const [exporting, setExporting] = useState(false);
  const exportCsv = async () => {
    setExporting(true);
    const result = await urql.query(ExportClientsDocument, { filter }).toPromise();
    setExporting(false);
    const csv = result.data?.exportClientsCsv.csv;
    if (csv) downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'clients.csv');
  };
  return (
    <Button variant="outlined" disabled={exporting} onClick={() => void exportCsv()}>
      {t('clients.export')}
    </Button>
  );
}
