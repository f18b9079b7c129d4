import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ReadersDocument, type TerminalReaderFieldsFragment } from '../../gql/graphql';
import { useCurrentUser } from '../../shared/session';
import { useInstitute } from '../../shared/institute';
import { LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { ReaderCard } from './ReaderCard';
import { PairReaderDialog, RemoveReaderDialog, RenameReaderDialog } from './ReaderDialogs';

type Reader = TerminalReaderFieldsFragment;

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
