import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RecordPaymentDocument } from '../../gql/graphql';
import { formatEuros } from '../../shared/format';
import { errorMessage, fieldErrors } from '../../shared/graphql-errors';
import { eurosInput, parseEuros } from './money';
import { validateRecord } from './payment-forms';
import type { LedgerPayment } from './payment-summary';

type ManualMethod = 'CASH' | 'BANK_TRANSFER';
type ManualKind = 'DEPOSIT' | 'BALANCE';

export interface RecordPaymentDialogProps {
  bookingId: string;
  remainingCents: number;
  suggested: { kind: ManualKind; amountCents: number };
  onClose: () => void;
  onRecorded: (payment: LedgerPayment) => void;
}

/** Cash or a bank transfer received at the desk for a booking: the balance, or a chosen amount. */
export function RecordPaymentDialog({
  bookingId,
  remainingCents,
  suggested,
  onClose,
  onRecorded,
}: RecordPaymentDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const [state, record] = useMutation(RecordPaymentDocument);
  const [method, setMethod] = useState<ManualMethod>('CASH');
  const [kind, setKind] = useState<ManualKind>(suggested.kind);
  const [amount, setAmount] = useState(eurosInput(suggested.amountCents));
  const [amountError, setAmountError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);

  const typed = parseEuros(amount);
  const submit = async () => {
    setServerError(null);
    const checked = validateRecord({ amount }, remainingCents);
    if (checked.errors) {
      setAmountError(
        t(
          `payments.validation.${checked.errors.amount ?? 'amountInvalid'}` as 'payments.validation.amountInvalid',
          {
            max: formatEuros(remainingCents),
          },
        ),
      );
      return;
    }
    const result = await record({
      input: { bookingId, kind, method, amountCents: checked.amountCents },
    });
    if (result.data) {
      onRecorded(result.data.recordPayment);
      return;
    }
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    if (fields.amountCents !== undefined) setAmountError(fields.amountCents);
    else
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" fullScreen={phone}>
      <DialogTitle>{t('payments.record.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('payments.record.intro', { amount: formatEuros(remainingCents) })}
        </DialogContentText>
        <FormControl component="fieldset" fullWidth sx={{ mb: 2 }}>
          <FormLabel component="legend" sx={{ mb: 0.75, fontSize: '0.85rem' }}>
            {t('payments.record.method')}
          </FormLabel>
          <ToggleButtonGroup
            exclusive
            fullWidth
            color="primary"
            value={method}
            onChange={(_, value: ManualMethod | null) => value && setMethod(value)}
          >
            <ToggleButton value="CASH">{t('payments.method.CASH')}</ToggleButton>
            <ToggleButton value="BANK_TRANSFER">{t('payments.method.BANK_TRANSFER')}</ToggleButton>
          </ToggleButtonGroup>
        </FormControl>
        <TextField
          select
          fullWidth
          margin="dense"
          label={t('payments.record.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value === 'DEPOSIT' ? 'DEPOSIT' : 'BALANCE')}
        >
          <MenuItem value="BALANCE">{t('payments.kind.BALANCE')}</MenuItem>
          <MenuItem value="DEPOSIT">{t('payments.kind.DEPOSIT')}</MenuItem>
        </TextField>
        <TextField
          fullWidth
          margin="dense"
          label={t('payments.record.amount')}
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setAmountError(undefined);
          }}
          error={amountError !== undefined}
          helperText={amountError ?? t('payments.record.amountHelp')}
          slotProps={{
            htmlInput: { inputMode: 'decimal' },
            input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
          }}
        />
        {serverError ? (
          <Alert severity="error" sx={{ mt: 1.5 }} role="alert">
            {serverError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button color="inherit" onClick={onClose}>
          {t('payments.record.cancel')}
        </Button>
        <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
          {typed !== null && typed > 0
            ? t('payments.record.submit', { amount: formatEuros(typed) })
            : t('payments.record.submitPlain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
