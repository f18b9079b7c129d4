import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSubscription } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import {
  CheckoutTerminalUpdatedDocument,
  TillReadersDocument,
  TillSimulateTerminalOutcomeDocument,
  type TerminalCheckoutStatus,
} from '../../gql/graphql';
import type { CheckoutSale } from './useCheckoutSale';

/** The card on the SumUp reader: which reader, send the amount, then the reader's live state. */
export function ReaderTender({
  sale,
  amountCents,
  canSend,
  busy,
  onSend,
  onCancel,
}: {
  sale: CheckoutSale;
  amountCents: number;
  /** Something is left to pay and nothing else is in flight. */
  canSend: boolean;
  busy: boolean;
  onSend: (readerId: string) => void;
  onCancel: (tenderId: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: TillReadersDocument, requestPolicy: 'cache-and-network' });
  const readers = data?.readers ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const reader =
    readers.find((r) => r.id === chosen) ?? readers.find((r) => r.status === 'ONLINE') ?? readers[0];
  const pending = sale.tenders.find((x) => x.kind === 'CARD_TERMINAL' && x.status === 'PENDING');

  if (pending?.terminalCheckoutId) {
    return (
      <LiveCheckout
        checkoutId={pending.terminalCheckoutId}
        amountCents={pending.amountCents}
        simulated={reader?.provider === 'SIMULATED'}
        onCancel={() => onCancel(pending.id)}
        busy={busy}
      />
    );
  }
  if (data !== undefined && readers.length === 0)
    return <Alert severity="info">{t('checkout.tender.noReader')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <TextField
        select
        label={t('checkout.tender.reader')}
        value={reader?.id ?? ''}
        onChange={(e) => setChosen(e.target.value)}
        sx={{ '& .MuiInputBase-root': { minHeight: 52 } }}
      >
        {readers.map((r) => (
          <MenuItem key={r.id} value={r.id} sx={{ minHeight: 48 }}>
            {r.name} ·{' '}
            {t(r.status === 'ONLINE' ? 'checkout.tender.readerOnline' : 'checkout.tender.readerOffline')}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="contained"
        size="large"
        sx={{ minHeight: 60, fontSize: '1.1rem' }}
        disabled={busy || !canSend || reader === undefined || amountCents <= 0}
        onClick={() => reader && onSend(reader.id)}
      >
        {t('checkout.tender.sendToReader', { amount: formatEuros(amountCents) })}
      </Button>
    </Box>
  );
}

/** The reader's screen, live (`terminalCheckoutUpdated`); the demo's virtual reader can be answered here. */
function LiveCheckout({
  checkoutId,
  amountCents,
  simulated,
  onCancel,
  busy,
}: {
  checkoutId: string;
  amountCents: number;
  simulated: boolean;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TerminalCheckoutStatus>('WAITING_FOR_CARD');
  useSubscription({ query: CheckoutTerminalUpdatedDocument, variables: { id: checkoutId } }, (_, r) => {
    setStatus(r.terminalCheckoutUpdated.status);
    return r;
  });
  const [simulation, simulate] = useMutation(TillSimulateTerminalOutcomeDocument);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box role="status" sx={{ p: 2, borderRadius: 2, bgcolor: 'action.hover', textAlign: 'center' }}>
        <Typography sx={{ fontSize: '1.3rem', fontWeight: 700 }}>{formatEuros(amountCents)}</Typography>
        <Typography>{t(`checkout.tender.live.${status}`)}</Typography>
      </Box>
      {simulated ? (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button
            variant="outlined"
            color="success"
            sx={{ minHeight: 48, flex: 1 }}
            disabled={simulation.fetching}
            onClick={() => void simulate({ input: { checkoutId, outcome: 'APPROVED' } })}
          >
            {t('checkout.tender.simulateApprove')}
          </Button>
          <Button
            variant="outlined"
            color="error"
            sx={{ minHeight: 48, flex: 1 }}
            disabled={simulation.fetching}
            onClick={() => void simulate({ input: { checkoutId, outcome: 'DECLINED' } })}
          >
            {t('checkout.tender.simulateDecline')}
          </Button>
        </Box>
      ) : null}
      <Button color="error" sx={{ minHeight: 48 }} disabled={busy} onClick={onCancel}>
        {t('checkout.tender.cancelReader')}
      </Button>
    </Box>
  );
}
