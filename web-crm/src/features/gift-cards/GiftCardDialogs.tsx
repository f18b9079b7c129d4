import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { CancelGiftCardDocument, ExtendGiftCardDocument } from '../../gql/graphql';
import { FormDialog } from '../../shared/dialogs';
import { formatFrenchDate, parseFrenchDate } from '@serenaia/shared/french-date';
import { lastValidDate } from './gift-card-dates';

interface DialogProps {
  card: { id: string; last4: string; expiresAt: string };
  onDone: (message: string) => void;
  onClose: () => void;
}

function useFallbacks() {
  const { t } = useTranslation();
  return { network: t('errors.network'), unexpected: t('errors.unexpected') };
}

/** « Prolonger » (ADMIN): a later last valid day and a reason; an expired card gets its balance back. */
export function ExtendGiftCardDialog({ card, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const current = formatFrenchDate(lastValidDate(card.expiresAt));
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ date?: string; reason?: string }>({});
  const [result, extend] = useMutation(ExtendGiftCardDocument);
  const server = fieldErrors(result.error);
  const submit = async () => {
    const day = parseFrenchDate(date);
    const problems = {
      date: day === null ? t('giftCards.extendDialog.dateRequired') : undefined,
      reason: reason.trim().length < 3 ? t('giftCards.extendDialog.reasonRequired') : undefined,
    };
    setLocal(problems);
    if (day === null || problems.reason) return;
    const r = await extend({ input: { id: card.id, lastValidDate: day, reason: reason.trim() } });
    if (r.data) onDone(t('giftCards.detail.extended', { date: formatFrenchDate(day) }));
  };
  const dateError = local.date ?? server.lastValidDate;
  const reasonError = local.reason ?? server.reason;
  const otherError =
    result.error && server.lastValidDate === undefined && server.reason === undefined
      ? errorMessage(result.error, fallbacks)
      : null;
  return (
    <FormDialog
      title={t('giftCards.extendDialog.title')}
      busy={result.fetching}
      serverError={otherError}
      submitLabel={t('giftCards.extendDialog.submit')}
      busyLabel={t('giftCards.extendDialog.busy')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('giftCards.extendDialog.intro', { date: current })}
      </Typography>
      <TextField
        fullWidth
        autoFocus
        label={t('giftCards.extendDialog.date')}
        placeholder="jj/mm/aaaa"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={dateError !== undefined}
        helperText={dateError}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ mb: 2 }}
      />
      <TextField
        fullWidth
        multiline
        minRows={2}
        label={t('giftCards.extendDialog.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={reasonError !== undefined}
        helperText={reasonError}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
    </FormDialog>
  );
}

/**
 * « Annuler la carte » (ADMIN): only a card nobody has spent from and not sold at the till (that one is
 * taken back by a credit note on its ticket: `SoldAtTillNotice`), with a reason.
 */
export function CancelGiftCardDialog({ card, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  const [result, cancel] = useMutation(CancelGiftCardDocument);
  const server = fieldErrors(result.error);
  const submit = async () => {
    if (reason.trim().length < 3) {
      setLocal(t('giftCards.extendDialog.reasonRequired'));
      return;
    }
    setLocal(undefined);
    const r = await cancel({ input: { id: card.id, reason: reason.trim() } });
    if (r.data) onDone(t('giftCards.detail.cancelled'));
  };
  const reasonError = local ?? server.reason;
  return (
    <FormDialog
      title={t('giftCards.cancelDialog.title', { last4: card.last4 })}
      busy={result.fetching}
      serverError={result.error && server.reason === undefined ? errorMessage(result.error, fallbacks) : null}
      submitLabel={t('giftCards.cancelDialog.submit')}
      busyLabel={t('giftCards.cancelDialog.busy')}
      backLabel={t('giftCards.cancelDialog.back')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('giftCards.cancelDialog.body')}
      </Typography>
      <TextField
        fullWidth
        autoFocus
        multiline
        minRows={2}
        label={t('giftCards.cancelDialog.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={reasonError !== undefined}
        helperText={reasonError}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
    </FormDialog>
  );
}
