import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BookingPolicyDocument } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { BookingPolicyForm } from './BookingPolicyForm';

/** `/reglages/reservation` (admins): the booking policy the public site and the agenda follow. */
export function BookingPolicyPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="updateBookingSettings"
      denied={t('availabilitySettings.adminOnly')}
      maxWidth={760}
      institute={institute?.name}
      pageTitle={t('availabilitySettings.policy.pageTitle')}
      title={t('availabilitySettings.policy.title')}
      subtitle={t('availabilitySettings.policy.subtitle')}
    >
      <PolicyContent />
    </SettingsPage>
  );
}

function PolicyContent() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BookingPolicyDocument,
    requestPolicy: 'network-only',
  });
  if (data) return <BookingPolicyForm settings={data.settings.booking} />;
  if (error && !fetching) {
    return (
      <LoadError
        message={t('availabilitySettings.policy.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  return <Skeleton variant="rounded" height={360} />;
}
