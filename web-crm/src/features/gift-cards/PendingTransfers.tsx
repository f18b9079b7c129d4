import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import {
  MarkGiftCardTransferReceivedDocument,
  PendingGiftCardTransfersDocument,
  type PendingTransferRowFragment,
} from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';
import { ConfirmDialog } from '../../shared/dialogs';
import { ListTable } from '../../shared/ListTable';
import { EmptyList, ListStatus, LoadError } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';

type Row = PendingTransferRowFragment;
type Done = { giftCardId: string | null; reference: string; again: boolean };

/** The server's words when the transfer was already recorded (another tab, a double click). */
const ALREADY = 'Ce virement a déjà été enregistré.';

/**
 * « En attente de virement »: the bank-transfer orders still waiting (reference, buyer, amount, dates),
 * each with « Virement reçu » after a confirmation. Marking twice issues nothing more: the list says so.
 */
export function PendingTransfers() {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PendingGiftCardTransfersDocument,
    requestPolicy: 'cache-and-network',
  });
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const rows = data?.pendingGiftCardTransfers ?? [];
  const canMark = can('markGiftCardTransferReceived');
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const action = (row: Row) =>
    canMark ? (
      <Button
        variant="contained"
        size="small"
        sx={{ minHeight: 40, whiteSpace: 'nowrap' }}
        onClick={() => setConfirming(row)}
      >
        {t('giftCards.transfers.received')}
      </Button>
    ) : null;

  return (
    <>
      {error ? (
        <LoadError
          message={t('giftCards.transfers.loadError')}
          error={error}
          onRetry={refresh}
          sx={{ mb: 2 }}
        />
      ) : null}
      {data === undefined && fetching ? <Skeleton variant="rounded" height={240} /> : null}
      {data !== undefined ? (
        <ListStatus count={t('giftCards.transfers.count', { count: rows.length })} refreshing={fetching} />
      ) : null}
      {data !== undefined && rows.length === 0 ? <EmptyList text={t('giftCards.transfers.empty')} /> : null}
      <ListTable<Row>
        label={t('giftCards.transfers.label')}
        rows={rows}
        columns={[
          {
            key: 'reference',
            header: t('giftCards.transfers.columns.reference'),
            cell: (row) => <strong style={{ whiteSpace: 'nowrap' }}>{row.reference}</strong>,
          },
          {
            key: 'buyer',
            header: t('giftCards.transfers.columns.buyer'),
            cell: (row) => <Buyer row={row} />,
          },
          {
            key: 'amount',
            header: t('giftCards.transfers.columns.amount'),
            align: 'right',
            cell: (row) => <strong>{formatEuros(row.priceCents)}</strong>,
          },
          {
            key: 'ordered',
            header: t('giftCards.transfers.columns.ordered'),
            cell: (row) => formatDateTime(row.createdAt),
          },
          {
            key: 'expires',
            header: t('giftCards.transfers.columns.expires'),
            cell: (row) => formatDateTime(row.expiresAt),
          },
          { key: 'action', header: '', align: 'right', cell: action },
        ]}
        card={(row) => (
          <>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{row.reference}</Typography>
              <Typography sx={{ fontWeight: 600 }}>{formatEuros(row.priceCents)}</Typography>
            </Stack>
            <Buyer row={row} />
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('giftCards.transfers.dates', {
                ordered: formatDateTime(row.createdAt),
                expires: formatDateTime(row.expiresAt),
              })}
            </Typography>
            {action(row)}
          </>
        )}
      />
      {confirming ? (
        <MarkReceivedDialog
          row={confirming}
          onClose={() => setConfirming(null)}
          onDone={(d) => {
            setConfirming(null);
            setDone(d);
            refresh();
          }}
        />
      ) : null}
      <Snackbar
        open={done !== null}
        autoHideDuration={8_000}
        onClose={(_, reason) => reason !== 'clickaway' && setDone(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {done ? (
          <Alert
            severity={done.again ? 'info' : 'success'}
            variant="filled"
            role="status"
            onClose={() => setDone(null)}
            action={
              done.giftCardId ? (
                <Button
                  color="inherit"
                  size="small"
                  component={RouterLink}
                  to={`/cartes-cadeaux/${done.giftCardId}`}
                >
                  {t('giftCards.transfers.seeCard')}
                </Button>
              ) : undefined
            }
          >
            {t(done.again ? 'giftCards.transfers.already' : 'giftCards.transfers.marked', {
              reference: done.reference,
            })}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

function Buyer({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="body2">{row.buyerName}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {row.buyerEmail}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {row.serviceName
          ? t('giftCards.serviceCard', { name: row.serviceName })
          : t('giftCards.transfers.forRecipient', { name: row.recipientName })}
      </Typography>
    </>
  );
}

/** Asks before recording the money: the order, its amount, and that the card is then issued and sent. */
function MarkReceivedDialog({
  row,
  onClose,
  onDone,
}: {
  row: Row;
  onClose: () => void;
  onDone: (d: Done) => void;
}) {
  const { t } = useTranslation();
  const [result, mark] = useMutation(MarkGiftCardTransferReceivedDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setProblem(null);
    const r = await mark({ input: { orderId: row.id } });
    if (r.data) {
      const order = r.data.markGiftCardTransferReceived;
      onDone({ giftCardId: order.giftCardId ?? null, reference: order.reference, again: false });
    } else if (r.error?.graphQLErrors[0]?.message === ALREADY) {
      onDone({ giftCardId: null, reference: row.reference, again: true });
    } else if (r.error) {
      setProblem(errorMessage(r.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }));
    }
  };
  return (
    <ConfirmDialog
      title={t('giftCards.transfers.confirmTitle', { reference: row.reference })}
      body={t('giftCards.transfers.confirmBody', {
        amount: formatEuros(row.priceCents),
        buyer: row.buyerName,
        reference: row.reference,
      })}
      confirmLabel={t('giftCards.transfers.confirm')}
      danger={false}
      busy={result.fetching}
      serverError={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
