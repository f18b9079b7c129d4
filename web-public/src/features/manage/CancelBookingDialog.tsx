import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CancelBookingByTokenDocument, type ManagedBookingFragment } from '../../gql/graphql';
import { formatDateTime } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';

const REASON_MAX = 300;

export interface CancelBookingDialogProps {
  open: boolean;
  token: string;
  booking: ManagedBookingFragment;
  onClose: () => void;
  onCancelled: (booking: ManagedBookingFragment) => void;
}

/** "Annuler le rendez-vous ?": an optional reason, then `cancelBookingByToken`. */
export function CancelBookingDialog({
  open,
  token,
  booking,
  onClose,
  onCancelled,
}: CancelBookingDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelBookingByTokenDocument);

  const confirm = async () => {
    setFailure(null);
    const result = await cancel({ input: { token, reason: reason.trim() === '' ? null : reason.trim() } });
    if (result.data) {
      onCancelled(result.data.cancelBookingByToken);
      return;
    }
    if (result.error) {
      setFailure(
        errorMessage(result.error, {
          network: t('booking.networkError'),
          unexpected: t('booking.unexpectedError'),
        }),
      );
    }
  };

  return (
    <Dialog
      open={open}
      onClose={fetching ? undefined : onClose}
      aria-labelledby="cancel-dialog-title"
      aria-describedby="cancel-dialog-body"
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id="cancel-dialog-title">{t('manage.cancelDialog.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="cancel-dialog-body" sx={{ mb: 2 }}>
          {t('manage.cancelDialog.body', { date: formatDateTime(booking.start) })}
        </DialogContentText>
        <TextField
          label={t('manage.cancelDialog.reason')}
          helperText={t('manage.cancelDialog.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: REASON_MAX } }}
        />
        <Box aria-live="assertive">
          {failure !== null ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {failure}
            </Alert>
          ) : null}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={fetching}>
          {t('manage.cancelDialog.keep')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void confirm()} disabled={fetching}>
          {t('manage.cancelDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
