import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AvailabilityPractitionersDocument, WorkingHoursDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';
import { AdminSettingsPage } from './AdminSettingsPage';
import { WeekEditor } from './WeekEditor';
import { weekFromRules } from './hours-form';

/** `/reglages/horaires` (admins): one practitioner's weekly ranges, breaks included. */
export function WorkingHoursPage() {
  const { t } = useTranslation();
  return (
    <AdminSettingsPage
      maxWidth={860}
      pageTitle={t('availabilitySettings.hours.pageTitle')}
      title={t('availabilitySettings.hours.title')}
      subtitle={t('availabilitySettings.hours.subtitle')}
    >
      {() => <HoursContent />}
    </AdminSettingsPage>
  );
}

function HoursContent() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AvailabilityPractitionersDocument });
  const [chosen, setChosen] = useState<string | null>(null);
  const practitioners = data?.practitioners ?? [];
  const practitionerId = chosen ?? practitioners[0]?.id ?? null;

  if (error && !fetching && !data) {
    return (
      <LoadError
        message={t('availabilitySettings.hours.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <Skeleton variant="rounded" height={420} />;
  if (practitionerId === null)
    return <Alert severity="info">{t('availabilitySettings.hours.noPractitioner')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('availabilitySettings.hours.practitioner')}
        value={practitionerId}
        onChange={(e) => setChosen(e.target.value)}
        sx={{ maxWidth: { sm: 320 } }}
      >
        {practitioners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            <Box
              component="span"
              aria-hidden
              sx={{
                width: 10,
                height: 10,
                borderRadius: '50%',
                bgcolor: p.color,
                mr: 1,
                display: 'inline-block',
              }}
            />
            {p.displayName}
          </MenuItem>
        ))}
      </TextField>
      <PractitionerWeek key={practitionerId} practitionerId={practitionerId} />
    </Box>
  );
}

function PractitionerWeek({ practitionerId }: { practitionerId: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: WorkingHoursDocument,
    variables: { practitionerId },
    requestPolicy: 'network-only',
  });
  if (error && !fetching && !data) {
    return (
      <LoadError
        message={t('availabilitySettings.hours.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <Skeleton variant="rounded" height={420} />;
  return <WeekEditor practitionerId={practitionerId} initial={weekFromRules(data.workingHours)} />;
}
