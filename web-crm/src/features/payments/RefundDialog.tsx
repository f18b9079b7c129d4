import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RefundPaymentDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { formatShortDate } from '../../shared/date-format';
import { validateRefund, type RefundForm } from './payment-forms';
import { refundableCents, type LedgerPayment } from './payment-summary';

export interface RefundDialogProps {
  payment: LedgerPayment;
  onClose: () => void;
  onRefunded: (payment: LedgerPayment, amountCents: number) => void;
  /** The server said this user may not refund. */
  onForbidden: () => void;
}

/** Refunds all or part of a payment, with a reason; the server's French refusals show inline. */
export function RefundDialog({ payment, onClose, onRefunded, onForbidden }: RefundDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const [state, refund] = useMutation(RefundPaymentDocument);
  const left = refundableCents(payment);
  const [form, setForm] = useState<RefundForm>({ mode: 'full', amount: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<'amount' | 'reason', string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const message = (key: string) =>
    t(`payments.validation.${key}` as 'payments.validation.amountRequired', { max: formatEuros(left) });
  const edit = (changes: Partial<RefundForm>) => {
    setForm((f) => ({ ...f, ...changes }));
    setErrors({});
  };

  const submit = async () => {
    setServerError(null);
    const checked = validateRefund(form, left);
    if (checked.errors) {
      setErrors({
        amount: checked.errors.amount && message(checked.errors.amount),
        reason: checked.errors.reason && message(checked.errors.reason),
      });
      return;
    }
    setErrors({});
    const result = await refund({
      input: { id: payment.id, amountCents: checked.amountCents, reason: checked.reason },
    });
    if (result.data) {
      onRefunded(result.data.refundPayment, checked.amountCents ?? left);
      return;
    }
    if (!result.error) return;
    // The server's messages are French: field problems under their field, the rest above the buttons.
    const fields = fieldErrors(result.error);
    if (fields.amountCents !== undefined || fields.reason !== undefined) {
      setErrors({ amount: fields.amountCents, reason: fields.reason });
      // With "everything left" there is no amount field to show it under.
      if (form.mode === 'full' && fields.amountCents !== undefined) setServerError(fields.amountCents);
      return;
    }
    if (result.error.graphQLErrors.some((e) => e.extensions.code === 'FORBIDDEN')) onForbidden();
    setServerError(
      errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
    );
  };

  const when = formatShortDate(payment.succeededAt ?? payment.createdAt);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" fullScreen={phone}>
      <DialogTitle>{t('payments.refund.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1.5 }}>
          {t('payments.refund.intro', {
            method: t(`payments.method.${payment.method}`),
            date: when,
            amount: formatEuros(payment.amountCents),
            left: formatEuros(left),
          })}
        </DialogContentText>
        {payment.provider === 'MANUAL' ? (
          <Alert severity="info" role="note" sx={{ mb: 1.5 }}>
            {t('payments.refund.manualHint')}
          </Alert>
        ) : null}
        <RadioGroup
          value={form.mode}
          onChange={(e) => edit({ mode: e.target.value === 'partial' ? 'partial' : 'full' })}
          aria-label={t('payments.refund.title')}
        >
          <FormControlLabel
            value="full"
            control={<Radio />}
            label={t('payments.refund.full', { amount: formatEuros(left) })}
          />
          <FormControlLabel value="partial" control={<Radio />} label={t('payments.refund.partial')} />
        </RadioGroup>
        {form.mode === 'partial' ? (
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t('payments.refund.amount')}
            value={form.amount}
            onChange={(e) => edit({ amount: e.target.value })}
            error={errors.amount !== undefined}
            helperText={errors.amount}
            slotProps={{
              htmlInput: { inputMode: 'decimal' },
              input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
            }}
          />
        ) : null}
        <TextField
          fullWidth
          margin="dense"
          required
          multiline
          minRows={2}
          label={t('payments.refund.reason')}
          value={form.reason}
          onChange={(e) => edit({ reason: e.target.value })}
          error={errors.reason !== undefined}
          helperText={errors.reason ?? t('payments.refund.reasonHelp')}
        />
        {serverError ? (
          <Alert severity="error" sx={{ mt: 1.5 }} role="alert">
            {serverError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button color="inherit" onClick={onClose}>
          {t('payments.refund.cancel')}
        </Button>
        <Button variant="contained" color="error" disabled={state.fetching} onClick={() => void submit()}>
          {t('payments.refund.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
