import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { SaleReceiptDocument, type SaleReceiptFieldsFragment } from '../../gql/graphql';
import { DocumentTitle, LoadError } from '../../shared/page';
import { NoteReceipt, RollReceipt } from './ReceiptView';

const ROLL_PRINT = `@page { size: 80mm auto; margin: 0 }
@media print { html, body { background: #fff !important; margin: 0 } .no-print { display: none !important } }`;
const NOTE_PRINT = `@page { size: A4; margin: 12mm }
@media print { html, body { background: #fff !important } .no-print { display: none !important } }`;

/**
 * `/caisse/ventes/:saleId/recu`: the receipt alone, without the app's frame, with its print stylesheet
 * (`?format=note`: the A4 note). `?imprimer=1` opens the print dialog once the receipt is there. After a
 * reprint, the duplicate the server returned comes in the navigation state and is what is shown.
 */
export function ReceiptPrintPage() {
  const { t } = useTranslation();
  const { saleId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = location.state as { receipt?: SaleReceiptFieldsFragment } | null;
  const given = state?.receipt?.saleId === saleId ? state.receipt : undefined;
  const [{ data, error }, reexecute] = useQuery({
    query: SaleReceiptDocument,
    variables: { saleId },
    pause: given !== undefined,
  });
  const receipt = given ?? data?.saleReceipt;
  const note = params.get('format') === 'note';
  const printed = useRef(false);
  useEffect(() => {
    if (receipt === undefined || printed.current || params.get('imprimer') !== '1') return;
    printed.current = true;
    window.print();
  }, [receipt, params]);

  const setFormat = (format: 'roll' | 'note') => {
    const p = new URLSearchParams(params);
    p.delete('imprimer');
    if (format === 'note') p.set('format', 'note');
    else p.delete('format');
    setParams(p, { replace: true, state: location.state as unknown });
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        bgcolor: { xs: '#f1eeee' },
        py: 3,
        '@media print': { bgcolor: '#fff', py: 0 },
      }}
    >
      <DocumentTitle page={receipt?.title ?? t('sales.receipt.pageTitle')} />
      <style>{note ? NOTE_PRINT : ROLL_PRINT}</style>
      <Stack
        className="no-print"
        direction="row"
        sx={{ justifyContent: 'center', flexWrap: 'wrap', gap: 1, mb: 3, px: 2 }}
      >
        <Button
          component={RouterLink}
          to={`/caisse/ventes/${saleId}`}
          variant="outlined"
          sx={{ minHeight: 48 }}
        >
          {t('sales.receipt.back')}
        </Button>
        <ToggleButtonGroup
          exclusive
          value={note ? 'note' : 'roll'}
          onChange={(_, v: 'roll' | 'note' | null) => v && setFormat(v)}
          aria-label={t('sales.receipt.pageTitle')}
        >
          <ToggleButton value="roll" sx={{ minHeight: 48 }}>
            {t('sales.receipt.roll')}
          </ToggleButton>
          <ToggleButton value="note" sx={{ minHeight: 48 }}>
            {t('sales.receipt.note')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Button variant="contained" onClick={() => window.print()} disabled={!receipt} sx={{ minHeight: 48 }}>
          {t('sales.receipt.print')}
        </Button>
      </Stack>
      {error ? (
        <Box className="no-print" sx={{ maxWidth: 600, mx: 'auto', px: 2 }}>
          <LoadError
            message={t('sales.receipt.loadError')}
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </Box>
      ) : null}
      {receipt === undefined && !error ? (
        <Skeleton variant="rounded" height={480} sx={{ width: '80mm', mx: 'auto' }} />
      ) : null}
      {receipt ? (
        <Box
          sx={{
            boxShadow: { xs: 1 },
            width: 'fit-content',
            mx: 'auto',
            maxWidth: '100%',
            '@media print': { boxShadow: 'none' },
          }}
        >
          {note ? <NoteReceipt receipt={receipt} /> : <RollReceipt receipt={receipt} />}
        </Box>
      ) : null}
    </Box>
  );
}
