import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AvailabilityPractitionersDocument, WorkingHoursDocument } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { WeekEditor } from './WeekEditor';
import { weekFromRules } from './hours-form';

/** `/reglages/horaires` (admins): one practitioner's weekly ranges, breaks included. */
export function WorkingHoursPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="setWorkingHours"
      denied={t('availabilitySettings.adminOnly')}
      maxWidth={860}
      institute={institute?.name}
      pageTitle={t('availabilitySettings.hours.pageTitle')}
      title={t('availabilitySettings.hours.title')}
      subtitle={t('availabilitySettings.hours.subtitle')}
    >
      <HoursContent />
    </SettingsPage>
  );
}

function HoursContent() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AvailabilityPractitionersDocument });
  const [chosen, setChosen] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  /** A practitioner asked for while the week shown has unsaved changes. */
  const [pending, setPending] = useState<string | null>(null);
  const choose = (id: string) => {
    setChosen(id);
    setDirty(false);
    setPending(null);
  };
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
        onChange={(e) => (dirty ? setPending(e.target.value) : choose(e.target.value))}
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
      <PractitionerWeek key={practitionerId} practitionerId={practitionerId} onDirtyChange={setDirty} />
      <Dialog open={pending !== null} onClose={() => setPending(null)} maxWidth="xs">
        <DialogTitle>{t('availabilitySettings.hours.discardTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('availabilitySettings.hours.discardText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(null)}>{t('availabilitySettings.hours.keepEditing')}</Button>
          <Button color="error" onClick={() => pending !== null && choose(pending)}>
            {t('availabilitySettings.hours.discard')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

function PractitionerWeek({
  practitionerId,
  onDirtyChange,
}: {
  practitionerId: string;
  onDirtyChange: (dirty: boolean) => void;
}) {
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
  return (
    <WeekEditor
      practitionerId={practitionerId}
      initial={weekFromRules(data.workingHours)}
      onDirtyChange={onDirtyChange}
    />
  );
}
