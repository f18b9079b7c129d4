import AddOutlined from '@mui/icons-material/AddOutlined';
import MeetingRoomOutlined from '@mui/icons-material/MeetingRoomOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CabinSettingsDocument, type SettingsCabinFieldsFragment } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { CabinDialog, CabinTypeDialog, DeleteCabinTypeDialog, type CabinTypeRow } from './CabinDialogs';
import { SettingsRow, SettingsSection } from './SettingsSection';

type Dialog =
  | { kind: 'type'; type: CabinTypeRow | null }
  | { kind: 'deleteType'; type: CabinTypeRow }
  | { kind: 'cabin'; cabin: SettingsCabinFieldsFragment | null };

function CabinSettings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CabinSettingsDocument,
    requestPolicy: 'network-only',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  const usage = useMemo(() => {
    const cabins = new Map<string, number>();
    const services = new Map<string, number>();
    for (const c of data?.cabins ?? []) cabins.set(c.cabinTypeId, (cabins.get(c.cabinTypeId) ?? 0) + 1);
    for (const s of data?.services ?? [])
      if (s.cabinTypeId) services.set(s.cabinTypeId, (services.get(s.cabinTypeId) ?? 0) + 1);
    return { cabins, services };
  }, [data]);

  if (data === undefined) {
    if (error && !fetching)
      return <LoadError message={t('teamSettings.cabins.loadError')} error={error} onRetry={reload} />;
    return <Skeleton variant="rounded" height={320} />;
  }
  const types = data.cabinTypes;
  const typeName = new Map(types.map((x) => [x.id, x.name]));
  const done = (message: string) => {
    setDialog(null);
    reload();
    setToast(message);
  };

  let dialogElement: ReactNode = null;
  if (dialog?.kind === 'type')
    dialogElement = (
      <CabinTypeDialog
        type={dialog.type}
        onClose={() => setDialog(null)}
        onSaved={(saved, created) =>
          done(
            t(created ? 'teamSettings.cabins.typeCreated' : 'teamSettings.cabins.typeRenamed', {
              name: saved.name,
            }),
          )
        }
      />
    );
  else if (dialog?.kind === 'deleteType')
    dialogElement = (
      <DeleteCabinTypeDialog
        type={dialog.type}
        onClose={() => setDialog(null)}
        onDeleted={() => done(t('teamSettings.cabins.typeDeleted', { name: dialog.type.name }))}
      />
    );
  else if (dialog?.kind === 'cabin')
    dialogElement = (
      <CabinDialog
        cabin={dialog.cabin}
        types={types}
        onClose={() => setDialog(null)}
        onSaved={(saved, created) =>
          done(
            t(created ? 'teamSettings.cabins.cabinCreated' : 'teamSettings.cabins.cabinSaved', {
              name: saved.name,
            }),
          )
        }
      />
    );

  return (
    <>
      <SettingsSection
        title={t('teamSettings.cabins.cabinsTitle')}
        listLabel={t('teamSettings.cabins.cabinsList')}
        empty={
          data.cabins.length > 0
            ? null
            : types.length === 0
              ? t('teamSettings.cabins.needType')
              : t('teamSettings.cabins.cabinsEmpty')
        }
        action={
          <Button
            variant="contained"
            size="small"
            startIcon={<AddOutlined />}
            disabled={types.length === 0}
            onClick={() => setDialog({ kind: 'cabin', cabin: null })}
          >
            {t('teamSettings.cabins.addCabin')}
          </Button>
        }
      >
        {data.cabins.map((cabin) => (
          <SettingsRow
            key={cabin.id}
            label={cabin.name}
            muted={!cabin.active}
            leading={
              <Box
                aria-hidden
                sx={{
                  width: 40,
                  height: 40,
                  borderRadius: 2,
                  display: 'grid',
                  placeItems: 'center',
                  flexShrink: 0,
                  bgcolor: '#f6eef1',
                  color: 'primary.main',
                }}
              >
                <MeetingRoomOutlined />
              </Box>
            }
            title={
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {cabin.name}
                <Chip
                  size="small"
                  label={t(cabin.active ? 'teamSettings.active' : 'teamSettings.inactive')}
                  color={cabin.active ? 'success' : 'default'}
                  variant={cabin.active ? 'filled' : 'outlined'}
                />
              </Box>
            }
            details={typeName.get(cabin.cabinTypeId)}
            actions={
              <Button
                size="small"
                onClick={() => setDialog({ kind: 'cabin', cabin })}
                aria-label={t('teamSettings.cabins.editFor', { name: cabin.name })}
              >
                {t('teamSettings.cabins.edit')}
              </Button>
            }
          />
        ))}
      </SettingsSection>

      <SettingsSection
        title={t('teamSettings.cabins.typesTitle')}
        listLabel={t('teamSettings.cabins.typesList')}
        empty={types.length > 0 ? null : t('teamSettings.cabins.typesEmpty')}
        action={
          <Button
            variant="outlined"
            size="small"
            startIcon={<AddOutlined />}
            onClick={() => setDialog({ kind: 'type', type: null })}
          >
            {t('teamSettings.cabins.addType')}
          </Button>
        }
      >
        {types.map((type) => (
          <SettingsRow
            key={type.id}
            label={type.name}
            title={type.name}
            details={`${t('teamSettings.cabins.typeUsage', { count: usage.cabins.get(type.id) ?? 0 })} · ${t(
              'teamSettings.cabins.typeServices',
              { count: usage.services.get(type.id) ?? 0 },
            )}`}
            actions={
              <>
                <Button
                  size="small"
                  onClick={() => setDialog({ kind: 'type', type })}
                  aria-label={t('teamSettings.cabins.renameFor', { name: type.name })}
                >
                  {t('teamSettings.cabins.rename')}
                </Button>
                <Button
                  size="small"
                  color="error"
                  onClick={() => setDialog({ kind: 'deleteType', type })}
                  aria-label={t('teamSettings.cabins.deleteFor', { name: type.name })}
                >
                  {t('teamSettings.cabins.delete')}
                </Button>
              </>
            }
          />
        ))}
      </SettingsSection>
      {dialogElement}
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

/** `/reglages/cabines` (admins): the cabins, in service or not, and the cabin types services ask for. */
export function CabinsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="upsertCabin"
      denied={t('teamSettings.adminOnly')}
      maxWidth={860}
      institute={institute?.name}
      pageTitle={t('teamSettings.cabins.pageTitle')}
      title={t('teamSettings.cabins.title')}
      subtitle={t('teamSettings.cabins.subtitle')}
    >
      <CabinSettings />
    </SettingsPage>
  );
}
