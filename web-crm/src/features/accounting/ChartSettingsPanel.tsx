import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AccountingSettingsDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { ChartSettingsForm } from './ChartSettingsForm';

/** « Plan comptable »: editable by whoever the server lets change it (admins); read-only for the others. */
export function ChartSettingsPanel() {
  const { t } = useTranslation();
  const { can, ready } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AccountingSettingsDocument,
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) {
    return (
      <LoadError
        message={t('accounting.chart.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data || !ready) return fetching || !ready ? <Skeleton variant="rounded" height={420} /> : null;
  const editable = can('updateAccountingSettings');
  return (
    <>
      {editable ? null : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('accounting.chart.readOnly')}
        </Alert>
      )}
      <ChartSettingsForm settings={data.accountingSettings} editable={editable} />
    </>
  );
}
