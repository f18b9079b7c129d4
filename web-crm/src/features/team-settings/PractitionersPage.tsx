import AddOutlined from '@mui/icons-material/AddOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { initials } from '@serenaia/shared/format';
import { PractitionerSettingsDocument, type SettingsPractitionerFieldsFragment } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { PractitionerDialog } from './PractitionerDialog';
import { SettingsRow, SettingsSection } from './SettingsSection';

type Practitioner = SettingsPractitionerFieldsFragment;

function PractitionerSettings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PractitionerSettingsDocument,
    requestPolicy: 'network-only',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<{ practitioner: Practitioner | null } | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  if (data === undefined) {
    if (error && !fetching)
      return <LoadError message={t('teamSettings.practitioners.loadError')} error={error} onRetry={reload} />;
    return <Skeleton variant="rounded" height={320} />;
  }
  const practitioners = data.practitioners;
  return (
    <>
      <SettingsSection
        title={t('teamSettings.practitioners.list')}
        listLabel={t('teamSettings.practitioners.list')}
        empty={practitioners.length > 0 ? null : t('teamSettings.practitioners.empty')}
        action={
          <Button
            variant="contained"
            size="small"
            startIcon={<AddOutlined />}
            onClick={() => setEditing({ practitioner: null })}
          >
            {t('teamSettings.practitioners.add')}
          </Button>
        }
      >
        {practitioners.map((p) => (
          <SettingsRow
            key={p.id}
            label={p.displayName}
            muted={!p.active}
            longDetails
            leading={
              <Avatar
                src={p.photoUrl ?? undefined}
                alt=""
                sx={(theme) => ({
                  width: 48,
                  height: 48,
                  bgcolor: p.color,
                  color: theme.palette.getContrastText(p.color),
                  fontWeight: 600,
                  border: `3px solid ${p.color}`,
                })}
              >
                {initials(p.displayName)}
              </Avatar>
            }
            title={
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {p.displayName}
                <Chip
                  size="small"
                  label={t(p.active ? 'teamSettings.active' : 'teamSettings.inactive')}
                  color={p.active ? 'success' : 'default'}
                  variant={p.active ? 'filled' : 'outlined'}
                />
              </Box>
            }
            details={
              <>
                <Box component="span" sx={{ display: 'block' }}>
                  {t('teamSettings.practitioners.services', { count: p.serviceIds.length })}
                </Box>
                <Box
                  component="span"
                  sx={{
                    display: '-webkit-box',
                    WebkitLineClamp: 2,
                    WebkitBoxOrient: 'vertical',
                    overflow: 'hidden',
                    fontStyle: p.bio ? 'normal' : 'italic',
                  }}
                >
                  {p.bio ?? t('teamSettings.practitioners.noBio')}
                </Box>
              </>
            }
            actions={
              <Button
                size="small"
                onClick={() => setEditing({ practitioner: p })}
                aria-label={t('teamSettings.practitioners.editFor', { name: p.displayName })}
              >
                {t('teamSettings.practitioners.edit')}
              </Button>
            }
          />
        ))}
      </SettingsSection>
      {editing ? (
        <PractitionerDialog
          practitioner={editing.practitioner}
          categories={data.serviceCategories}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            reload();
            setToast(
              t(created ? 'teamSettings.practitioners.created' : 'teamSettings.practitioners.saved', {
                name: saved.displayName,
              }),
            );
          }}
        />
      ) : null}
      <Snackbar
        open={toast !== null}
        autoHideDuration={5000}
        onClose={() => setToast(null)}
        message={toast}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </>
  );
}

/** `/reglages/praticiennes` (admins): who performs what, their agenda colour and public profile. */
export function PractitionersPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="upsertPractitioner"
      denied={t('teamSettings.adminOnly')}
      maxWidth={860}
      institute={institute?.name}
      pageTitle={t('teamSettings.practitioners.pageTitle')}
      title={t('teamSettings.practitioners.title')}
      subtitle={t('teamSettings.practitioners.subtitle')}
    >
      <PractitionerSettings />
    </SettingsPage>
  );
}
