import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { IssueSaleCreditNoteDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { FormDialog } from '../../shared/dialogs';
import { eurosInput, parseEuros } from '../../shared/money';
import { creditEstimate, returnedLines, type CreditableLine } from './credit-note-form';

export const REFUND_KINDS = ['CASH', 'CARD_TERMINAL', 'CARD_OTHER', 'TRANSFER'] as const;
type RefundKind = (typeof REFUND_KINDS)[number];

/**
 * « Avoir »: the units the client returns per line, the reason, and one refund (its amount follows the
 * lines until edited). The server decides the rest (what is left to credit, the admin-only threshold)
 * and its refusal is shown as it says it.
 */
export function CreditNoteDialog({
  sale,
  onIssued,
  onClose,
}: {
  sale: {
    id: string;
    number: number | null;
    lines: readonly (CreditableLine & { label: string })[];
    tenders: readonly { kind: string; status: string }[];
  };
  onIssued: (note: { id: string; number: number | null; totalInclCents: number }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [returned, setReturned] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const paidWith = sale.tenders.find((x) => x.status === 'CONFIRMED')?.kind;
  const [kind, setKind] = useState<RefundKind>(REFUND_KINDS.find((k) => k === paidWith) ?? 'CASH');
  const [amountText, setAmountText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [key] = useState(() => `avoir-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  const [{ fetching, error }, issue] = useMutation(IssueSaleCreditNoteDocument);
  const estimate = creditEstimate(sale.lines, returned);
  const amount = amountText === null ? estimate : parseEuros(amountText);
  const setQty = (id: string, q: number, max: number) =>
    setReturned((r) => ({ ...r, [id]: Math.max(0, Math.min(max, q)) }));

  const submit = () => {
    const lines = returnedLines(sale.lines, returned);
    if (lines.length === 0) return setProblem(t('sales.credit.nothing'));
    if (reason.trim() === '') return setProblem(t('sales.credit.reasonRequired'));
    if (amount === null || amount <= 0) return setProblem(t('sales.filters.amountInvalid'));
    setProblem(null);
    void issue({
      input: {
        saleId: sale.id,
        idempotencyKey: key,
        reason: reason.trim(),
        lines,
        refunds: [{ kind, amountCents: amount }],
      },
    }).then((r) => {
      if (r.data) onIssued(r.data.issueCreditNote);
    });
  };

  const serverError = error
    ? errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
    : null;
  return (
    <FormDialog
      title={t('sales.credit.title', { number: sale.number ?? '' })}
      busy={fetching}
      serverError={problem ?? serverError}
      maxWidth="sm"
      submitLabel={t('sales.credit.issue')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography sx={{ mb: 2 }}>{t('sales.credit.intro')}</Typography>
      <Stack spacing={1.5} role="list" aria-label={t('sales.detail.lines')}>
        {sale.lines.map((l) => {
          const q = returned[l.id] ?? 0;
          return (
            <Stack key={l.id} direction="row" role="listitem" sx={{ alignItems: 'center', gap: 1 }}>
              <Typography sx={{ flexGrow: 1, minWidth: 0 }}>
                {l.label}{' '}
                <Typography component="span" color="text.secondary">
                  ({formatEuros(l.totalInclCents)})
                </Typography>
              </Typography>
              <IconButton
                aria-label={`${t('sales.credit.returned')} − ${l.label}`}
                onClick={() => setQty(l.id, q - 1, l.quantity)}
                disabled={q === 0}
              >
                <RemoveIcon />
              </IconButton>
              <TextField
                size="small"
                label={t('sales.credit.returned')}
                value={String(q)}
                onChange={(e) => setQty(l.id, Number(e.target.value.replace(/\D/g, '') || '0'), l.quantity)}
                helperText={t('sales.credit.of', { count: l.quantity })}
                sx={{ width: 96 }}
                slotProps={{
                  htmlInput: {
                    inputMode: 'numeric',
                    'aria-label': `${t('sales.credit.returned')} ${l.label}`,
                  },
                }}
              />
              <IconButton
                aria-label={`${t('sales.credit.returned')} + ${l.label}`}
                onClick={() => setQty(l.id, q + 1, l.quantity)}
                disabled={q >= l.quantity}
              >
                <AddIcon />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      <Typography sx={{ mt: 2, fontWeight: 600 }} role="status">
        {t('sales.credit.estimate', { amount: formatEuros(estimate) })}
      </Typography>
      <TextField
        fullWidth
        label={t('sales.credit.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        sx={{ mt: 2 }}
      />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {t('sales.credit.refund')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mt: 1 }}>
        <TextField
          select
          label={t('sales.credit.refundKind')}
          value={kind}
          onChange={(e) => setKind(REFUND_KINDS.find((k) => k === e.target.value) ?? 'CASH')}
          sx={{ minWidth: 240 }}
        >
          {REFUND_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`sales.credit.kinds.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('sales.credit.refundAmount')}
          value={amountText ?? eurosInput(estimate)}
          onChange={(e) => setAmountText(e.target.value)}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </Stack>
      <Alert severity="info" role="note" sx={{ mt: 2 }}>
        {t('sales.credit.adminNote')}
      </Alert>
    </FormDialog>
  );
}
