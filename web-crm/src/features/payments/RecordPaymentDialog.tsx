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
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  CheckoutReadersDocument,
  RecordPaymentDocument,
  StartTerminalCheckoutDocument,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { usePermissions } from '../../shared/permissions';
import { eurosInput, parseEuros } from './money';
import { validateRecord } from './payment-forms';
import type { LedgerPayment } from './payment-summary';
import { defaultReaderId, validateTerminal } from './terminal-form';
import { ReaderPicker } from './ReaderPicker';
import { TerminalCheckoutPanel, type TerminalCheckout } from './TerminalCheckoutPanel';

type DeskMethod = 'CASH' | 'BANK_TRANSFER' | 'CARD_TERMINAL';
type ManualKind = 'DEPOSIT' | 'BALANCE';
type TerminalStart = { readerId: string; amountCents: number; kind: ManualKind };

export interface RecordPaymentDialogProps {
  bookingId: string;
  remainingCents: number;
  suggested: { kind: ManualKind; amountCents: number };
  onClose: () => void;
  onRecorded: (payment: LedgerPayment) => void;
  /** A card payment on a terminal reached its final state (approved, declined, cancelled, timed out). */
  onTerminalSettled: (checkout: TerminalCheckout) => void;
}

/**
 * Money taken at the desk for a booking: cash or a bank transfer (recorded at once), or a card on a
 * terminal (sent to the reader, then followed live until the client's card is accepted or not).
 */
export function RecordPaymentDialog({
  bookingId,
  remainingCents,
  suggested,
  onClose,
  onRecorded,
  onTerminalSettled,
}: RecordPaymentDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  // Pairing a reader is what the settings page offers; only who may run it is sent there.
  const canPair = usePermissions().can('pairReader');
  const [state, record] = useMutation(RecordPaymentDocument);
  const [startState, start] = useMutation(StartTerminalCheckoutDocument);
  const [method, setMethod] = useState<DeskMethod>('CASH');
  const [kind, setKind] = useState<ManualKind>(suggested.kind);
  const [amount, setAmount] = useState(eurosInput(suggested.amountCents));
  const [amountError, setAmountError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [chosenReader, setChosenReader] = useState<string | null>(null);
  const [readerError, setReaderError] = useState<string | undefined>();
  const [checkout, setCheckout] = useState<TerminalCheckout | null>(null);
  const lastStart = useRef<TerminalStart | null>(null);
  const terminal = method === 'CARD_TERMINAL';
  const [readersResult, reloadReaders] = useQuery({
    query: CheckoutReadersDocument,
    pause: !terminal,
    requestPolicy: 'network-only',
  });
  const readers = readersResult.data?.readers ?? [];
  const readerId = chosenReader ?? defaultReaderId(readers);

  const typed = parseEuros(amount);
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };
  const amountMessage = (key: string) =>
    t(`payments.validation.${key}` as 'payments.validation.amountInvalid', {
      max: formatEuros(remainingCents),
    });

  /** Sends the amount to the reader; the dialog then follows it (or shows why it could not start). */
  const startOnReader = async (input: TerminalStart) => {
    setServerError(null);
    lastStart.current = input;
    const result = await start({ input: { ...input, bookingId } });
    if (result.data) {
      setCheckout(result.data.startTerminalCheckout);
      return;
    }
    if (!result.error) return;
    // Busy or offline reader, SumUp not configured…: the server's French message, on the form.
    setCheckout(null);
    reloadReaders({ requestPolicy: 'network-only' });
    const fields = fieldErrors(result.error);
    if (fields.amountCents !== undefined) setAmountError(fields.amountCents);
    else if (fields.readerId !== undefined) setReaderError(fields.readerId);
    else setServerError(errorMessage(result.error, fallbacks));
  };

  const submitTerminal = async () => {
    setServerError(null);
    const checked = validateTerminal({ readerId, amount }, remainingCents, readers);
    if (checked.errors) {
      setAmountError(checked.errors.amount && amountMessage(checked.errors.amount));
      setReaderError(checked.errors.reader ? t('payments.validation.readerRequired') : undefined);
      return;
    }
    await startOnReader({ readerId: checked.readerId, amountCents: checked.amountCents, kind });
  };

  const submit = async () => {
    if (terminal) {
      await submitTerminal();
      return;
    }
    setServerError(null);
    const checked = validateRecord({ amount }, remainingCents);
    if (checked.errors) {
      setAmountError(amountMessage(checked.errors.amount ?? 'amountInvalid'));
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
    else setServerError(errorMessage(result.error, fallbacks));
  };

  if (checkout !== null) {
    const retry = lastStart.current;
    return (
      <Dialog
        open
        // Nothing closes the dialog while the reader waits: the card could still be charged.
        onClose={() => (checkout.final ? onClose() : undefined)}
        fullWidth
        maxWidth="xs"
        fullScreen={phone}
        aria-labelledby="terminal-checkout-title"
      >
        <DialogTitle id="terminal-checkout-title">{t('payments.terminal.title')}</DialogTitle>
        <TerminalCheckoutPanel
          key={checkout.id}
          checkout={checkout}
          onSettled={onTerminalSettled}
          retrying={startState.fetching}
          onRetry={() => retry && void startOnReader(retry)}
          onOtherMethod={() => setCheckout(null)}
          onClose={onClose}
        />
      </Dialog>
    );
  }

  const submitLabel = terminal
    ? typed !== null && typed > 0
      ? t('payments.terminal.send', { amount: formatEuros(typed) })
      : t('payments.terminal.sendPlain')
    : typed !== null && typed > 0
      ? t('payments.record.submit', { amount: formatEuros(typed) })
      : t('payments.record.submitPlain');

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
            onChange={(_, value: DeskMethod | null) => {
              if (!value) return;
              setMethod(value);
              setServerError(null);
            }}
            sx={{ '& .MuiToggleButton-root': { px: 1, lineHeight: 1.3 } }}
          >
            <ToggleButton value="CASH">{t('payments.method.CASH')}</ToggleButton>
            <ToggleButton value="BANK_TRANSFER">{t('payments.method.BANK_TRANSFER')}</ToggleButton>
            <ToggleButton value="CARD_TERMINAL">{t('payments.method.CARD_TERMINAL')}</ToggleButton>
          </ToggleButtonGroup>
        </FormControl>
        {terminal ? (
          <ReaderPicker
            result={readersResult}
            readers={readers}
            readerId={readerId}
            error={readerError}
            canPair={canPair}
            onChoose={(id) => {
              setChosenReader(id);
              setReaderError(undefined);
              setServerError(null);
            }}
          />
        ) : null}
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
        <Button
          variant="contained"
          disabled={state.fetching || startState.fetching || (terminal && readers.length === 0)}
          onClick={() => void submit()}
        >
          {terminal && startState.fetching ? t('payments.terminal.sending') : submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
