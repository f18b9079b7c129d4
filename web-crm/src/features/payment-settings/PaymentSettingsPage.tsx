import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PaymentSettingsDocument } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { PaymentSettingsForm } from './PaymentSettingsForm';

/** `/reglages/paiements` (admins): providers' keys (secrets write-only) and the refund rule. */
export function PaymentSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const allowed = usePermissions().can('paymentSettings');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PaymentSettingsDocument,
    pause: !allowed,
    requestPolicy: 'network-only',
  });

  return (
    <SettingsPage
      operation="paymentSettings"
      denied={t('paymentSettings.adminOnly')}
      maxWidth={760}
      institute={institute?.name}
      pageTitle={t('paymentSettings.pageTitle')}
      title={t('paymentSettings.title')}
      subtitle={t('paymentSettings.subtitle')}
    >
      {data ? (
        <PaymentSettingsForm settings={data.paymentSettings} />
      ) : error && !fetching ? (
        <LoadError
          message={t('paymentSettings.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <Skeleton variant="rounded" height={320} />
      )}
    </SettingsPage>
  );
}
