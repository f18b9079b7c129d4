import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { CombinedError } from 'urql';
import { type CheckoutReadersQuery } from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';

type Reader = CheckoutReadersQuery['readers'][number];

function readerLabel(reader: Reader, t: TFunction): string {
  const parts = [reader.name, t(`payments.terminal.readerStatus.${reader.status}`)];
  if (reader.busy) parts.push(t('payments.terminal.readerBusy'));
  return parts.join(' · ');
}

/**
 * The terminal to send a card payment to: loading, the load error, "no terminal" (with the way to pair
 * one for who may), or the list with each reader's status.
 */
export function ReaderPicker({
  result,
  readers,
  readerId,
  error,
  canPair,
  onChoose,
}: {
  result: { fetching: boolean; error?: CombinedError; data?: CheckoutReadersQuery };
  readers: readonly Reader[];
  readerId: string;
  error: string | undefined;
  /** Pairing a reader is what the settings page offers; only who may run it is sent there. */
  canPair: boolean;
  onChoose: (readerId: string) => void;
}) {
  const { t } = useTranslation();
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };
  return result.fetching && !result.data ? (
    <Alert severity="info" icon={false} sx={{ mb: 1 }}>
      {t('payments.terminal.loadingReaders')}
    </Alert>
  ) : result.error && !result.data ? (
    <Alert severity="error" sx={{ mb: 1 }}>
      {t('payments.terminal.readersError')} {errorMessage(result.error, fallbacks)}
    </Alert>
  ) : readers.length === 0 ? (
    <Alert
      severity="warning"
      sx={{ mb: 1 }}
      action={
        canPair ? (
          <Button color="inherit" size="small" component={RouterLink} to="/reglages/terminaux">
            {t('payments.terminal.noReaderAdmin')}
          </Button>
        ) : undefined
      }
    >
      {t('payments.terminal.noReader')} {canPair ? '' : t('payments.terminal.noReaderStaff')}
    </Alert>
  ) : (
    <TextField
      select
      fullWidth
      margin="dense"
      label={t('payments.terminal.reader')}
      value={readerId}
      onChange={(e) => onChoose(e.target.value)}
      error={error !== undefined}
      helperText={error}
    >
      {readers.map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {readerLabel(r, t)}
        </MenuItem>
      ))}
    </TextField>
  );
}
