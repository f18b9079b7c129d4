import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RecordStockMovementDocument } from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { parseEurosInput, parseQuantity } from './stock-input';

export type ManualKind = 'RECEIPT' | 'ADJUSTMENT' | 'LOSS';

/** Delivery, adjustment or loss of one product. */
export function MovementDialog({
  product,
  kind,
  onClose,
  onSaved,
}: {
  product: { id: string; name: string; costCents: number };
  kind: ManualKind;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState('');
  const [cost, setCost] = useState(
    kind === 'RECEIPT' ? (product.costCents / 100).toFixed(2).replace('.', ',') : '',
  );
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, record] = useMutation(RecordStockMovementDocument);

  const submit = async () => {
    const q = parseQuantity(quantity);
    if (q === null || q === 0) return setProblem(t('stock.form.badQuantity'));
    const unitCostCents = kind === 'RECEIPT' ? parseEurosInput(cost) : null;
    if (unitCostCents === undefined) return setProblem(t('stock.form.badCost'));
    setProblem(null);
    const result = await record({
      input: { productId: product.id, kind, quantity: q, unitCostCents, reason: reason.trim() || null },
    });
    if (result.error)
      return setProblem(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    onSaved();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t(`stock.form.title${kind}`, { name: product.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            label={t('stock.form.quantity')}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            slotProps={{ htmlInput: { inputMode: kind === 'ADJUSTMENT' ? 'text' : 'numeric' } }}
            helperText={kind === 'ADJUSTMENT' ? t('stock.form.quantityHelpADJUSTMENT') : undefined}
            autoFocus
          />
          {kind === 'RECEIPT' && (
            <TextField
              label={t('stock.form.unitCost')}
              value={cost}
              onChange={(e) => setCost(e.target.value)}
            />
          )}
          <TextField
            label={t('stock.form.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            helperText={kind === 'LOSS' ? t('stock.form.reasonHelpLOSS') : undefined}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('stock.form.cancel')}</Button>
        <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
          {t('stock.form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
