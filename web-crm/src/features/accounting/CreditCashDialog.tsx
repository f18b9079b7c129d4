import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { RecordCashBankingCreditDocument } from '../../gql/graphql';

/** The day the bank credited a cash deposit (its statement): 512 / 580 that day. */
export function CreditCashDialog({
  banking,
  today,
  onClose,
  onDone,
}: {
  banking: { id: string; amountCents: number };
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [creditedOn, setCreditedOn] = useState(today);
  const [state, credit] = useMutation(RecordCashBankingCreditDocument);
  const server = fieldErrors(state.error);
  const problem =
    state.error && Object.keys(server).length === 0
      ? errorMessage(state.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;
  const amount = formatEuros(banking.amountCents);
  const submit = async () => {
    const result = await credit({ input: { id: banking.id, creditedOn } });
    if (result.data) onDone(t('accounting.bank.cash.saved', { amount }));
  };
  return (
    <Dialog open onClose={state.fetching ? undefined : onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('accounting.bank.cash.creditTitle', { amount })}</DialogTitle>
      <DialogContent>
        {problem !== null ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        ) : null}
        <Box sx={{ mt: 1 }}>
          <FrenchDateField
            fullWidth
            size="medium"
            label={t('accounting.bank.cash.creditedOn')}
            value={creditedOn || null}
            onChange={(day) => setCreditedOn(day ?? '')}
            error={server.creditedOn}
          />
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={state.fetching}>
          {t('accounting.bank.cash.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={state.fetching || creditedOn === ''}
          onClick={() => void submit()}
        >
          {t('accounting.bank.cash.creditConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
