import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NotificationSettingsDocument, type NotificationSettingsFieldsFragment } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { NotificationSettingsForm } from './NotificationSettingsForm';
import { NotificationPreviewCard } from './NotificationPreviewCard';

/** `/reglages/notifications` (admins): which messages go out, the SMS sender, a preview and a test. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const allowed = usePermissions().can('notificationSettings');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationSettingsDocument,
    pause: !allowed,
    requestPolicy: 'network-only',
  });
  const [latest, setLatest] = useState<NotificationSettingsFieldsFragment | null>(null);
  const settings = latest ?? data?.notificationSettings ?? null;

  return (
    <SettingsPage
      operation="notificationSettings"
      denied={t('notificationSettings.adminOnly')}
      maxWidth={900}
      institute={institute?.name}
      pageTitle={t('notificationSettings.pageTitle')}
      title={t('notificationSettings.title')}
      subtitle={t('notificationSettings.subtitle')}
    >
      {settings ? (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <NotificationSettingsForm settings={settings} onSaved={setLatest} />
          <NotificationPreviewCard settings={settings} />
        </Box>
      ) : error && !fetching ? (
        <LoadError
          message={t('notificationSettings.loadError')}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : (
        <Skeleton variant="rounded" height={320} />
      )}
    </SettingsPage>
  );
}
