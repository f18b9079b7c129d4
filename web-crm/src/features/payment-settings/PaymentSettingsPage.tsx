import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PaymentSettingsDocument } from '../../gql/graphql';
import { useCurrentUser } from '../auth';
import { useInstitute } from '../institute';
import { AdminGate, LoadError, Page, PageHeader } from '../../shared/page';
import { PaymentSettingsForm } from './PaymentSettingsForm';

/** `/reglages/paiements` (admins): providers' keys (secrets write-only) and the refund rule. */
export function PaymentSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user, fetching: userFetching } = useCurrentUser();
  const admin = user?.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PaymentSettingsDocument,
    pause: !admin,
    requestPolicy: 'network-only',
  });

  return (
    <Page maxWidth={760} pageTitle={t('paymentSettings.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('paymentSettings.title')} subtitle={t('paymentSettings.subtitle')} />
      <AdminGate user={user} userFetching={userFetching} denied={t('paymentSettings.adminOnly')}>
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
      </AdminGate>
    </Page>
  );
}
