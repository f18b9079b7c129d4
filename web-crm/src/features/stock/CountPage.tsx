import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  CloseInventoryCountDocument,
  CurrentInventoryCountDocument,
  RecordCountedQuantityDocument,
  StartInventoryCountDocument,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../../shared/institute';
import { Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { looksLikeBarcode } from './stock-input';

const PENDING_KEY = 'serenaia.stock.pendingCounts';
type Pending = Record<string, { countId: string; productId: string; countedQuantity: number }>;

function readPending(): Pending {
  try {
    return JSON.parse(localStorage.getItem(PENDING_KEY) ?? '{}') as Pending;
  } catch {
    return {};
  }
}

/**
 * The count mode, for a phone held in one hand: a scan field at the top, one card per product with
 * big − / + buttons and "Valider". Each entry is kept in the browser until the server has it, so a
 * lost connection loses nothing: it is sent again when the page is back online.
 */
export function CountPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  const { can, ready } = usePermissions();
  const [{ data, fetching }, reload] = useQuery({
    query: CurrentInventoryCountDocument,
    requestPolicy: 'cache-and-network',
  });
  const [, start] = useMutation(StartInventoryCountDocument);
  const [, record] = useMutation(RecordCountedQuantityDocument);
  const [closeState, close] = useMutation(CloseInventoryCountDocument);
  const [drafts, setDrafts] = useState<Record<string, number>>({});
  const [pending, setPending] = useState<Pending>(readPending);
  const [scan, setScan] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | null>(
    null,
  );
  const count = data?.currentInventoryCount ?? null;
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };

  const send = async (entry: Pending[string]) => {
    const next = { ...readPending(), [entry.productId]: entry };
    localStorage.setItem(PENDING_KEY, JSON.stringify(next));
    setPending(next);
    const result = await record({ input: entry });
    if (result.error && result.error.networkError) {
      setMessage({ severity: 'info', text: t('stock.counting.pending') });
      return;
    }
    const left = readPending();
    delete left[entry.productId];
    localStorage.setItem(PENDING_KEY, JSON.stringify(left));
    setPending(left);
    if (result.error) setMessage({ severity: 'error', text: errorMessage(result.error, fallbacks) });
    else reload({ requestPolicy: 'network-only' });
  };

  useEffect(() => {
    const retry = () => Object.values(readPending()).forEach((e) => void send(e));
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  });

  const onScan = (key: string) => {
    if (key !== 'Enter' || !looksLikeBarcode(scan) || count === null) return;
    const line = count.lines.find((l) => l.product.barcode === scan.trim());
    setScan('');
    if (!line)
      return setMessage({ severity: 'error', text: t('stock.unknownBarcode', { code: scan.trim() }) });
    const value = (drafts[line.product.id] ?? line.countedQuantity ?? 0) + 1;
    setDrafts({ ...drafts, [line.product.id]: value });
    document.getElementById(`count-${line.product.id}`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <Page maxWidth={640} pageTitle={t('stock.counting.title')} institute={institute.institute?.name}>
      <PageHeader title={t('stock.counting.title')} subtitle={t('stock.counting.salesNote')} />
      <Button component={RouterLink} to="/stock" sx={{ mb: 2 }}>
        {t('stock.counting.back')}
      </Button>
      {message && (
        <Alert severity={message.severity} onClose={() => setMessage(null)} sx={{ mb: 2 }}>
          {message.text}
        </Alert>
      )}
      {!fetching &&
        count === null &&
        ready &&
        (can('startInventoryCount') ? (
          <Button
            size="large"
            variant="contained"
            fullWidth
            sx={{ py: 2 }}
            onClick={() => void start({ input: {} }).then(() => reload({ requestPolicy: 'network-only' }))}
          >
            {t('stock.counting.start')}
          </Button>
        ) : (
          <Alert severity="info">{t('stock.counting.adminOnly')}</Alert>
        ))}
      {count && (
        <>
          <Box sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.default', pb: 1 }}>
            <Typography sx={{ fontWeight: 600 }}>
              {t('stock.counting.progress', { counted: count.countedLines, count: count.totalLines })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={count.totalLines === 0 ? 0 : (100 * count.countedLines) / count.totalLines}
              sx={{ height: 8, borderRadius: 4, my: 1 }}
            />
            <TextField
              fullWidth
              label={t('stock.counting.scan')}
              value={scan}
              onChange={(e) => setScan(e.target.value)}
              onKeyDown={(e) => onScan(e.key)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Box>
          <Stack spacing={1.5} sx={{ mt: 1 }}>
            {count.lines.map((line) => {
              const id = line.product.id;
              const value = drafts[id] ?? line.countedQuantity ?? 0;
              const saved =
                line.countedQuantity !== null && drafts[id] === undefined && pending[id] === undefined;
              return (
                <Card
                  key={id}
                  id={`count-${id}`}
                  variant="outlined"
                  sx={{ borderColor: saved ? 'success.main' : undefined }}
                >
                  <CardContent sx={{ '&:last-child': { pb: 2 } }}>
                    <Typography sx={{ fontWeight: 600 }}>{line.product.name}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {[line.product.brand, line.product.barcode].filter(Boolean).join(' · ')}
                    </Typography>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1.5 }}>
                      <IconButton
                        aria-label="−1"
                        size="large"
                        sx={{ border: 1, borderColor: 'divider', width: 56, height: 56 }}
                        onClick={() => setDrafts({ ...drafts, [id]: Math.max(0, value - 1) })}
                      >
                        <RemoveIcon />
                      </IconButton>
                      <TextField
                        value={String(value)}
                        onChange={(e) => {
                          const n = Number(e.target.value);
                          if (Number.isInteger(n) && n >= 0) setDrafts({ ...drafts, [id]: n });
                        }}
                        slotProps={{
                          htmlInput: {
                            inputMode: 'numeric',
                            'aria-label': t('stock.counting.counted'),
                            style: { textAlign: 'center', fontSize: '1.4rem' },
                          },
                        }}
                        sx={{ width: 90 }}
                      />
                      <IconButton
                        aria-label="+1"
                        size="large"
                        sx={{ border: 1, borderColor: 'divider', width: 56, height: 56 }}
                        onClick={() => setDrafts({ ...drafts, [id]: value + 1 })}
                      >
                        <AddIcon />
                      </IconButton>
                      <Button
                        variant={saved ? 'text' : 'contained'}
                        size="large"
                        sx={{ ml: 'auto', minHeight: 56 }}
                        onClick={() => {
                          const { [id]: _done, ...rest } = drafts;
                          setDrafts(rest);
                          void send({ countId: count.id, productId: id, countedQuantity: value });
                        }}
                      >
                        {saved ? t('stock.counting.saved') : t('stock.counting.save')}
                      </Button>
                    </Stack>
                    {line.difference !== null && (
                      <Typography
                        variant="body2"
                        sx={{ mt: 1, color: line.difference === 0 ? 'text.secondary' : 'warning.dark' }}
                      >
                        {t('stock.counting.expected', { count: line.expectedQuantity ?? 0 })} ·{' '}
                        {t('stock.counting.difference', {
                          value: line.difference > 0 ? `+${line.difference}` : line.difference,
                        })}
                      </Typography>
                    )}
                  </CardContent>
                </Card>
              );
            })}
          </Stack>
          <Typography sx={{ mt: 2, fontWeight: 600 }}>
            {t('stock.counting.differences', { value: formatEuros(count.differenceValueCents) })}
          </Typography>
          {can('closeInventoryCount') && (
            <Button
              size="large"
              variant="contained"
              color="secondary"
              fullWidth
              sx={{ mt: 2, py: 2 }}
              disabled={closeState.fetching}
              onClick={() => {
                if (!window.confirm(t('stock.counting.closeConfirm'))) return;
                void close({ id: count.id }).then((r) => {
                  if (r.error) setMessage({ severity: 'error', text: errorMessage(r.error, fallbacks) });
                  else {
                    setMessage({ severity: 'success', text: t('stock.counting.closed') });
                    reload({ requestPolicy: 'network-only' });
                  }
                });
              }}
            >
              {t('stock.counting.close')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
