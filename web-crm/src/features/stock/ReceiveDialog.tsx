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
import { ReceivePurchaseOrderDocument, type PurchaseOrderFieldsFragment } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { parseQuantity } from './stock-input';

type Order = PurchaseOrderFieldsFragment;

/** What arrived for each line still to receive (defaults to what is left; 0 or empty: nothing). */
export function ReceiveDialog({
  order,
  onClose,
  onReceived,
}: {
  order: Order;
  onClose: () => void;
  onReceived: (order: Order) => void;
}) {
  const { t } = useTranslation();
  const open = order.lines.filter((l) => l.quantityReceived < l.quantityOrdered);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map((l) => [l.product.id, String(l.quantityOrdered - l.quantityReceived)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, receive] = useMutation(ReceivePurchaseOrderDocument);

  const submit = async () => {
    const local: Record<string, string> = {};
    const lines: { productId: string; quantity: number }[] = [];
    for (const l of open) {
      const text = (quantities[l.product.id] ?? '').trim();
      if (text === '' || text === '0') continue;
      const q = parseQuantity(text);
      const left = l.quantityOrdered - l.quantityReceived;
      if (q === null || q < 0) local[l.product.id] = t('stock.orders.badQuantity');
      else if (q > left) local[l.product.id] = t('stock.orders.tooMany', { count: left });
      else lines.push({ productId: l.product.id, quantity: q });
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return setProblem(null);
    if (lines.length === 0) return setProblem(t('stock.orders.nothingReceived'));
    setProblem(null);
    const result = await receive({ input: { purchaseOrderId: order.id, lines } });
    if (result.error) {
      const byField = fieldErrors(result.error);
      const onLines: Record<string, string> = {};
      lines.forEach((l, i) => {
        const message = byField[`lines.${i}.quantity`] ?? byField[`lines.${i}.productId`];
        if (message !== undefined) onLines[l.productId] = message;
      });
      setErrors(onLines);
      if (Object.keys(onLines).length === 0)
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      return;
    }
    if (result.data) onReceived(result.data.receivePurchaseOrder);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('stock.orders.receiveTitle', { reference: order.reference })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{t('stock.orders.receiveHelp')}</Alert>
          {problem && <Alert severity="error">{problem}</Alert>}
          {open.map((l) => (
            <TextField
              key={l.id}
              label={t('stock.orders.receivedFor', { name: l.product.name })}
              value={quantities[l.product.id] ?? ''}
              onChange={(e) => setQuantities((q) => ({ ...q, [l.product.id]: e.target.value }))}
              error={errors[l.product.id] !== undefined}
              helperText={
                errors[l.product.id] ??
                t('stock.orders.leftToReceive', {
                  count: l.quantityOrdered - l.quantityReceived,
                  ordered: l.quantityOrdered,
                })
              }
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('stock.form.cancel')}</Button>
        <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
          {t('stock.orders.confirmReceive')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
