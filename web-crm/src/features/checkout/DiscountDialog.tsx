import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscountKind } from '../../gql/graphql';
import { parseEuros } from '../../shared/money';

/**
 * A discount on a line or the ticket: percent or amount, with a reason. The server's answer (a
 * missing reason, a discount above what staff may give) is shown by the screen; the dialog closes
 * only once it is applied.
 */
export function DiscountDialog({
  title,
  onApply,
  onClose,
  hasDiscount,
  error,
}: {
  title: string;
  onApply: (kind: DiscountKind, value: number, reason: string) => Promise<boolean>;
  onClose: () => void;
  hasDiscount: boolean;
  /** The server's French refusal of the last attempt. */
  error: string | null;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DiscountKind>('PERCENT');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasons = [
    t('checkout.discountDialog.reasons.loyalty'),
    t('checkout.discountDialog.reasons.gesture'),
    t('checkout.discountDialog.reasons.staff'),
  ];

  const submit = async () => {
    const cents = parseEuros(value);
    // Percent in basis points (10 % → 1000): the same two-decimal parsing serves both.
    if (cents === null || cents === 0) {
      setProblem(t('checkout.discountDialog.badValue'));
      return;
    }
    if (await onApply(kind, cents, reason)) onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {error !== null ? (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          ) : null}
          <ToggleButtonGroup
            exclusive
            fullWidth
            color="primary"
            value={kind}
            onChange={(_, k: DiscountKind | null) => k && setKind(k)}
          >
            <ToggleButton value="PERCENT" sx={{ minHeight: 48 }}>
              {t('checkout.discountDialog.percent')}
            </ToggleButton>
            <ToggleButton value="AMOUNT" sx={{ minHeight: 48 }}>
              {t('checkout.discountDialog.amount')}
            </ToggleButton>
          </ToggleButtonGroup>
          <TextField
            autoFocus
            label={t(
              kind === 'PERCENT'
                ? 'checkout.discountDialog.valuePercent'
                : 'checkout.discountDialog.valueAmount',
            )}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setProblem(null);
            }}
            error={problem !== null}
            helperText={problem ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
          <TextField
            label={t('checkout.discountDialog.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {reasons.map((r) => (
              <Chip key={r} label={r} clickable onClick={() => setReason(r)} sx={{ height: 40 }} />
            ))}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {hasDiscount ? (
          <Button
            color="error"
            sx={{ minHeight: 48, mr: 'auto' }}
            onClick={() => void onApply('PERCENT', 0, '').then((ok) => ok && onClose())}
          >
            {t('checkout.discountDialog.remove')}
          </Button>
        ) : null}
        <Button onClick={onClose} sx={{ minHeight: 48 }}>
          {t('dialogs.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} sx={{ minHeight: 48 }}>
          {t('checkout.discountDialog.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
