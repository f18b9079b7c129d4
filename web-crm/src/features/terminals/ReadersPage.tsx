import AddOutlined from '@mui/icons-material/AddOutlined';
import PointOfSaleOutlined from '@mui/icons-material/PointOfSaleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import DialogContentText from '@mui/material/DialogContentText';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  PairReaderDocument,
  ReadersDocument,
  RemoveReaderDocument,
  RenameReaderDocument,
  type TerminalReaderFieldsFragment,
} from '../../gql/graphql';
import { LOCALE, TIME_ZONE } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../../shared/session';
import { useInstitute } from '../../shared/institute';
import { ConfirmDialog, FormDialog } from '../../shared/dialogs';
import { LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { validatePairing, validateReaderName, type ReaderFormErrors } from './reader-form';

type Reader = TerminalReaderFieldsFragment;

const pairedDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function useFallbacks() {
  const { t } = useTranslation();
  return { network: t('errors.network'), unexpected: t('errors.unexpected') };
}

/** "Associer un terminal": the code the SumUp Solo shows in pairing mode, and a name. */
export function PairReaderDialog({
  onClose,
  onPaired,
}: {
  onClose: () => void;
  onPaired: (r: Reader) => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [state, pair] = useMutation(PairReaderDocument);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<ReaderFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    setServerError(null);
    const checked = validatePairing({ code, name });
    if (checked.errors) {
      setErrors({
        code:
          checked.errors.code &&
          t(`terminals.validation.${checked.errors.code}` as 'terminals.validation.codeRequired'),
        name:
          checked.errors.name &&
          t(`terminals.validation.${checked.errors.name}` as 'terminals.validation.nameRequired'),
      });
      return;
    }
    setErrors({});
    const result = await pair({ input: { pairingCode: checked.pairingCode, name: checked.name } });
    if (result.data) {
      onPaired(result.data.pairReader);
      return;
    }
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    if (fields.pairingCode !== undefined || fields.name !== undefined)
      setErrors({ code: fields.pairingCode, name: fields.name });
    else setServerError(errorMessage(result.error, fallbacks));
  };

  return (
    <FormDialog
      title={t('terminals.pair.title')}
      submitLabel={t('terminals.pair.submit')}
      busyLabel={t('terminals.pair.submitting')}
      busy={state.fetching}
      serverError={serverError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <DialogContentText sx={{ mb: 1.5 }}>{t('terminals.pair.where')}</DialogContentText>
      <TextField
        fullWidth
        margin="dense"
        label={t('terminals.pair.code')}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setErrors((x) => ({ ...x, code: undefined }));
        }}
        error={errors.code !== undefined}
        helperText={errors.code ?? t('terminals.pair.codeHelp')}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoCapitalize: 'characters',
            maxLength: 12,
            style: { fontFamily: 'ui-monospace, monospace', letterSpacing: '0.12em' },
          },
        }}
      />
      <TextField
        fullWidth
        margin="dense"
        label={t('terminals.pair.name')}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setErrors((x) => ({ ...x, name: undefined }));
        }}
        error={errors.name !== undefined}
        helperText={errors.name ?? t('terminals.pair.nameHelp')}
      />
    </FormDialog>
  );
}

function RenameReaderDialog({
  reader,
  onClose,
  onRenamed,
}: {
  reader: Reader;
  onClose: () => void;
  onRenamed: (r: Reader) => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [state, rename] = useMutation(RenameReaderDocument);
  const [name, setName] = useState(reader.name);
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    setServerError(null);
    const checked = validateReaderName(name);
    if (checked.error !== null) {
      setError(t(`terminals.validation.${checked.error}` as 'terminals.validation.nameRequired'));
      return;
    }
    const result = await rename({ input: { id: reader.id, name: checked.name } });
    if (result.data) {
      onRenamed(result.data.renameReader);
      return;
    }
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    if (fields.name !== undefined) setError(fields.name);
    else setServerError(errorMessage(result.error, fallbacks));
  };

  return (
    <FormDialog
      title={t('terminals.renameDialog.title')}
      submitLabel={t('terminals.renameDialog.submit')}
      busy={state.fetching}
      serverError={serverError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        fullWidth
        autoFocus
        margin="dense"
        label={t('terminals.renameDialog.name')}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setError(undefined);
        }}
        error={error !== undefined}
        helperText={error}
      />
    </FormDialog>
  );
}

function RemoveReaderDialog({
  reader,
  onClose,
  onRemoved,
}: {
  reader: Reader;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [state, remove] = useMutation(RemoveReaderDocument);
  const [serverError, setServerError] = useState<string | null>(null);
  const submit = async () => {
    setServerError(null);
    const result = await remove({ id: reader.id });
    if (result.data?.removeReader) onRemoved();
    else if (result.error) setServerError(errorMessage(result.error, fallbacks));
  };
  return (
    <ConfirmDialog
      title={t('terminals.removeDialog.title')}
      body={t('terminals.removeDialog.body', { name: reader.name })}
      confirmLabel={t('terminals.removeDialog.submit')}
      busy={state.fetching}
      serverError={serverError}
      onConfirm={() => void submit()}
      onClose={onClose}
    />
  );
}

function ReaderCard({
  reader,
  admin,
  onRename,
  onRemove,
}: {
  reader: Reader;
  admin: boolean;
  onRename: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const virtual = reader.provider === 'SIMULATED';
  const details = virtual
    ? [t('terminals.details.virtual')]
    : [
        reader.serial ? t('terminals.details.serial', { serial: reader.serial }) : null,
        reader.batteryLevel !== null ? t('terminals.details.battery', { level: reader.batteryLevel }) : null,
        t('terminals.details.pairedAt', { date: pairedDate.format(new Date(reader.pairedAt)) }),
      ].filter((x): x is string => x !== null);
  return (
    <Card component="li" data-reader-id={reader.id} aria-label={reader.name}>
      <CardContent
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: { xs: 'flex-start', sm: 'center' },
          flexDirection: { xs: 'column', sm: 'row' },
          '&:last-child': { pb: 2 },
        }}
      >
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexGrow: 1, minWidth: 0 }}>
          <Box
            aria-hidden
            sx={{
              width: 44,
              height: 44,
              borderRadius: 2,
              display: 'grid',
              placeItems: 'center',
              flexShrink: 0,
              bgcolor: virtual ? '#fff3dc' : '#f6eef1',
              color: virtual ? 'warning.dark' : 'primary.main',
              border: 1,
              borderColor: 'divider',
            }}
          >
            <PointOfSaleOutlined />
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
              {reader.name}
            </Typography>
            <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mt: 0.5 }} data-testid="reader-chips">
              <Chip
                size="small"
                label={t(`terminals.status.${reader.status}`)}
                color={
                  reader.status === 'ONLINE' ? 'success' : reader.status === 'OFFLINE' ? 'error' : 'default'
                }
                variant={reader.status === 'ONLINE' ? 'filled' : 'outlined'}
              />
              {reader.busy ? <Chip size="small" color="warning" label={t('terminals.busy')} /> : null}
              {virtual ? <Chip size="small" variant="outlined" label={t('terminals.virtual')} /> : null}
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }}>
              {details.join(' · ')}
            </Typography>
          </Box>
        </Box>
        {admin ? (
          <Box sx={{ display: 'flex', gap: 1, flexShrink: 0, alignSelf: { xs: 'flex-end', sm: 'center' } }}>
            <Button
              size="small"
              onClick={onRename}
              aria-label={t('terminals.renameFor', { name: reader.name })}
            >
              {t('terminals.rename')}
            </Button>
            {virtual ? null : (
              <Button
                size="small"
                color="error"
                onClick={onRemove}
                aria-label={t('terminals.removeFor', { name: reader.name })}
              >
                {t('terminals.remove')}
              </Button>
            )}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}

/**
 * `/reglages/terminaux`: the card terminals with their live status. Admins pair, rename and remove
 * them; staff see the list read-only (to check that the desk's terminal is online).
 */
export function ReadersPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user, fetching: userFetching } = useCurrentUser();
  // Pairing, renaming and removing: offered to whom the server lets pair a reader.
  const { can, ready } = usePermissions();
  const admin = can('pairReader');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ReadersDocument,
    pause: user === undefined,
    requestPolicy: 'network-only',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [pairing, setPairing] = useState(false);
  const [renaming, setRenaming] = useState<Reader | null>(null);
  const [removing, setRemoving] = useState<Reader | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  const readers = data?.readers;
  let body: ReactNode;
  if (readers !== undefined)
    body =
      readers.length === 0 ? (
        <Card sx={{ py: 6, px: 2, textAlign: 'center' }}>
          <Typography color="text.secondary">{t('terminals.empty')}</Typography>
        </Card>
      ) : (
        <Box
          component="ul"
          aria-label={t('terminals.list')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
        >
          {readers.map((r) => (
            <ReaderCard
              key={r.id}
              reader={r}
              admin={admin}
              onRename={() => setRenaming(r)}
              onRemove={() => setRemoving(r)}
            />
          ))}
        </Box>
      );
  else if (error && !fetching)
    body = <LoadError message={t('terminals.loadError')} error={error} onRetry={reload} />;
  else body = user || userFetching ? <Skeleton variant="rounded" height={160} /> : null;

  return (
    <Page maxWidth={760} pageTitle={t('terminals.pageTitle')} institute={institute?.name}>
      <PageHeader
        title={t('terminals.title')}
        subtitle={t('terminals.subtitle')}
        sx={{ alignItems: { xs: 'stretch', sm: 'flex-end' }, flexDirection: { xs: 'column', sm: 'row' } }}
        actions={
          admin ? (
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setPairing(true)}>
              {t('terminals.pair.action')}
            </Button>
          ) : null
        }
      />
      {user && ready && !admin ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('terminals.readOnly')}
        </Alert>
      ) : null}
      {body}

      {pairing ? (
        <PairReaderDialog
          onClose={() => setPairing(false)}
          onPaired={(r) => {
            setPairing(false);
            reload();
            setToast(t('terminals.pair.done', { name: r.name }));
          }}
        />
      ) : null}
      {renaming ? (
        <RenameReaderDialog
          reader={renaming}
          onClose={() => setRenaming(null)}
          onRenamed={(r) => {
            setRenaming(null);
            reload();
            setToast(t('terminals.renameDialog.done', { name: r.name }));
          }}
        />
      ) : null}
      {removing ? (
        <RemoveReaderDialog
          reader={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            reload();
            setToast(t('terminals.removeDialog.done', { name: removing.name }));
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
    </Page>
  );
}
