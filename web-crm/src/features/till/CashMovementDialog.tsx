import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RecordCashMovementDocument, type CashDirection } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { formatEuros } from '@serenaia/shared/format';
import { parseEuros } from '../../shared/money';

const QUICK_REASONS = ['bank', 'supplies', 'change'] as const;

/** Cash put into or taken out of the drawer: an amount and its reason, both journaled. */
export function CashMovementDialog({
  tillId,
  direction,
  onClose,
  onDone,
}: {
  tillId: string;
  direction: CashDirection;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ amount?: string; reason?: string }>({});
  const [state, record] = useMutation(RecordCashMovementDocument);
  const server = fieldErrors(state.error);
  const problem =
    state.error && Object.keys(server).length === 0
      ? errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;

  const submit = async () => {
    const cents = parseEuros(amount);
    const problems = {
      amount: cents === null || cents <= 0 ? t('till.movement.amountInvalid') : undefined,
      reason: reason.trim() === '' ? t('till.movement.reasonRequired') : undefined,
    };
    setLocal(problems);
    if (problems.amount !== undefined || problems.reason !== undefined || cents === null) return;
    const result = await record({ input: { tillId, direction, amountCents: cents, reason: reason.trim() } });
    if (result.data) {
      onDone(
        t('till.movement.saved', {
          direction: t(`till.movement.${direction}`),
          amount: formatEuros(result.data.recordCashMovement.amountCents),
        }),
      );
    }
  };

  return (
    <Dialog open onClose={state.fetching ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t(`till.movement.title${direction}`)}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="cash-movement-form"
          spacing={2}
          sx={{ pt: 1 }}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {problem !== null ? <Alert severity="error">{problem}</Alert> : null}
          <TextField
            label={t('till.movement.amount')}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={(local.amount ?? server.amountCents) !== undefined}
            helperText={local.amount ?? server.amountCents}
            autoFocus
            slotProps={{ htmlInput: { inputMode: 'decimal', style: { fontSize: '1.4rem' } } }}
          />
          <TextField
            label={t('till.movement.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={(local.reason ?? server.reason) !== undefined}
            helperText={local.reason ?? server.reason ?? t('till.movement.reasonHelp')}
          />
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {QUICK_REASONS.map((key) => (
              <Chip
                key={key}
                label={t(`till.movement.reasons.${key}`)}
                onClick={() => setReason(t(`till.movement.reasons.${key}`))}
                sx={{ height: 44, fontSize: '0.95rem' }}
              />
            ))}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={state.fetching} sx={{ minHeight: 48 }}>
          {t('till.movement.cancel')}
        </Button>
        <Button
          type="submit"
          form="cash-movement-form"
          variant="contained"
          disabled={state.fetching}
          sx={{ minHeight: 48, px: 3 }}
        >
          {t('till.movement.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
