import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { GiftCardPdfLinkDocument, ResendGiftCardDocument } from '../../gql/graphql';
import { FormDialog } from '../../shared/dialogs';
import { downloadBlob } from '../../shared/download';

/** What the page says after an action: shown in its snackbar. */
export type Notice = { severity: 'success' | 'error'; message: string };

/** Cards the server e-mails or prints: paid, not cancelled, still valid (the server says why otherwise). */
export function deliveryActions(card: { status: string }): { resend: boolean; pdf: boolean } {
  const live = card.status === 'ACTIVE' || card.status === 'USED';
  return { resend: live, pdf: live || card.status === 'EXPIRED' };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * « Renvoyer par e-mail » (STAFF): says where the card goes (its recipient's address, else its buyer's)
 * and lets staff give another address instead (then kept as the recipient's).
 */
export function ResendGiftCardDialog({
  card,
  onDone,
  onClose,
}: {
  card: { id: string; last4: string; deliveryEmail?: string | null };
  onDone: (notice: Notice) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const stored = card.deliveryEmail ?? null;
  const [other, setOther] = useState(stored === null);
  const [email, setEmail] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  const [result, resend] = useMutation(ResendGiftCardDocument);
  const server = fieldErrors(result.error);
  const submit = async () => {
    const typed = email.trim();
    if (other && !EMAIL.test(typed)) {
      setLocal(t('giftCards.resendDialog.emailInvalid'));
      return;
    }
    setLocal(undefined);
    const r = await resend({ input: { id: card.id, email: other ? typed : null } });
    if (r.data)
      onDone({
        severity: 'success',
        message: t('giftCards.detail.resent', { email: r.data.resendGiftCard.sentTo }),
      });
  };
  const emailError = local ?? server.email;
  return (
    <FormDialog
      title={t('giftCards.resendDialog.title', { last4: card.last4 })}
      busy={result.fetching}
      serverError={
        result.error && server.email === undefined
          ? `${t('giftCards.resendDialog.failed')} ${errorMessage(result.error, {
              network: t('errors.network'),
              unexpected: t('errors.unexpected'),
            })}`
          : null
      }
      submitLabel={t('giftCards.resendDialog.submit')}
      busyLabel={t('giftCards.resendDialog.busy')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography sx={{ mb: 2 }}>
        {stored === null
          ? t('giftCards.resendDialog.noAddress')
          : t('giftCards.resendDialog.intro', { email: stored })}
      </Typography>
      {stored !== null ? (
        <FormControlLabel
          control={<Checkbox checked={other} onChange={(e) => setOther(e.target.checked)} />}
          label={t('giftCards.resendDialog.other')}
          sx={{ mb: 1 }}
        />
      ) : null}
      {other ? (
        <TextField
          fullWidth
          autoFocus
          type="email"
          label={t('giftCards.resendDialog.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError !== undefined}
          helperText={emailError ?? t('giftCards.resendDialog.emailHelp')}
          slotProps={{ htmlInput: { maxLength: 254, autoComplete: 'off' } }}
        />
      ) : null}
    </FormDialog>
  );
}

/**
 * « Télécharger le PDF »: asks the server for a signed five-minute link, fetches the card through it
 * and saves it; a refusal (code not kept, link expired) is said in the snackbar.
 */
export function DownloadGiftCardPdf({
  card,
  onNotice,
  sx,
}: {
  card: { id: string; last4: string };
  onNotice: (notice: Notice) => void;
  sx?: object;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const r = await client
        .query(GiftCardPdfLinkDocument, { id: card.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!r.data) {
        onNotice({
          severity: 'error',
          message: `${t('giftCards.detail.pdfFailed')} ${
            r.error
              ? errorMessage(r.error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
              : t('errors.unexpected')
          }`,
        });
        return;
      }
      const res = await fetch(r.data.giftCardPdfLink.url, { credentials: 'omit' });
      if (!res.ok) {
        onNotice({ severity: 'error', message: `${t('giftCards.detail.pdfFailed')} ${await res.text()}` });
        return;
      }
      downloadBlob(await res.blob(), `carte-cadeau-${card.last4}.pdf`);
      onNotice({ severity: 'success', message: t('giftCards.detail.pdfDone') });
    } catch {
      onNotice({ severity: 'error', message: `${t('giftCards.detail.pdfFailed')} ${t('errors.network')}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" sx={sx} disabled={busy} onClick={() => void download()}>
      {busy ? t('giftCards.detail.pdfBusy') : t('giftCards.detail.pdf')}
    </Button>
  );
}
