import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SendSaleReceiptDocument } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { FormDialog } from '../../shared/dialogs';

/** « Envoyer par e-mail »: to the address typed, or (empty) the client's. */
export function SendReceiptDialog({
  saleId,
  defaultEmail,
  onSent,
  onClose,
}: {
  saleId: string;
  defaultEmail: string | null;
  onSent: (email: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(defaultEmail ?? '');
  const [{ fetching, error }, send] = useMutation(SendSaleReceiptDocument);
  const fields = fieldErrors(error);
  const problem = fields['input.email'] ?? fieldErrors(error, '')['email'];
  const general =
    error && problem === undefined
      ? errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
      : null;
  return (
    <FormDialog
      title={t('sales.send.title')}
      busy={fetching}
      serverError={general}
      submitLabel={t('sales.send.send')}
      onClose={onClose}
      onSubmit={() => {
        void send({ input: { saleId, email: email.trim() === '' ? null : email.trim() } }).then((r) => {
          if (r.data) onSent(r.data.sendSaleReceipt.email);
        });
      }}
    >
      <TextField
        autoFocus
        fullWidth
        type="email"
        label={t('sales.send.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={problem !== undefined}
        helperText={problem ?? t('sales.send.help')}
        sx={{ mt: 1 }}
        slotProps={{ htmlInput: { autoComplete: 'email' } }}
      />
    </FormDialog>
  );
}
