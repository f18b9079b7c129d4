/** The dialogs of the CRM's forms and confirmations, alike from one page to the next. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The server's refusal, inside the dialog it answers. */
function ServerError({ message }: { message: string | null }) {
  return message ? (
    <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
      {message}
    </Alert>
  ) : null;
}

/** A form in a dialog (full screen on a phone): fields, the server's refusal, Cancel / Save. */
export function FormDialog({
  title,
  children,
  busy,
  serverError,
  maxWidth = 'xs',
  submitLabel,
  busyLabel,
  backLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  children: ReactNode;
  busy: boolean;
  serverError: string | null;
  maxWidth?: 'xs' | 'sm' | 'md';
  /** "Enregistrer" unless told. */
  submitLabel?: string;
  /** "Enregistrement…" unless told. */
  busyLabel?: string;
  /** The way back without acting ("Annuler" unless told, e.g. when the action itself cancels something). */
  backLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={maxWidth} fullScreen={phone} scroll="paper">
      <Box
        component="form"
        noValidate
        autoComplete="off"
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: phone ? '100%' : undefined }}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogContent dividers={maxWidth !== 'xs'}>
          {children}
          <ServerError message={serverError} />
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2 }}>
          <Button color="inherit" onClick={onClose}>
            {backLabel ?? t('dialogs.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? (busyLabel ?? t('dialogs.saving')) : (submitLabel ?? t('dialogs.save'))}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/**
 * Asks before a destructive action (delete, remove): the question, what it does, Cancel and the action
 * in red; the server's refusal stays in the dialog.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  backLabel,
  danger = true,
  busy,
  serverError,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  /** The way back without acting ("Annuler" unless told). */
  backLabel?: string;
  /** A destructive action (red); false for one that sends or repeats something. */
  danger?: boolean;
  busy: boolean;
  serverError: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" role="alertdialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{body}</DialogContentText>
        <ServerError message={serverError} />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button color="inherit" onClick={onClose}>
          {backLabel ?? t('dialogs.cancel')}
        </Button>
        <Button color={danger ? 'error' : 'primary'} variant="contained" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Where the server's refusal of a change goes: under the field, or in the dialog. */
export type Refusal = { field: string } | { server: string };

/**
 * Names or renames something (one name field): the form's check, then the save; the server's
 * refusal under the field or in the dialog.
 */
export function NameDialog({
  title,
  label,
  initialName,
  helperText,
  submitLabel,
  check,
  onSave,
  onClose,
}: {
  title: string;
  label: string;
  initialName: string;
  /** Shown under the field when it has no error. */
  helperText?: string;
  submitLabel?: string;
  /** The name to save, or what is wrong with it (in French). */
  check: (name: string) => { name: string } | { error: string };
  /** Saves the checked name; answers null once done, else the server's refusal. */
  onSave: (name: string) => Promise<Refusal | null>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    setServerError(null);
    const checked = check(name);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    const refusal = await onSave(checked.name).finally(() => setBusy(false));
    if (refusal === null) return;
    if ('field' in refusal) setError(refusal.field);
    else setServerError(refusal.server);
  };

  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      busy={busy}
      serverError={serverError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        fullWidth
        autoFocus
        margin="dense"
        label={label}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setError(undefined);
        }}
        error={error !== undefined}
        helperText={error ?? helperText}
      />
    </FormDialog>
  );
}

/**
 * Removes or deletes something after confirmation ({@link ConfirmDialog} in red); the server's
 * refusal (e.g. still in use) stays in the dialog.
 */
export function RemoveDialog({
  title,
  body,
  confirmLabel,
  onRemove,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  /** Sends the removal; answers null once done, else the server's refusal in French. */
  onRemove: () => Promise<string | null>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const submit = async () => {
    setServerError(null);
    setBusy(true);
    setServerError(await onRemove().finally(() => setBusy(false)));
  };
  return (
    <ConfirmDialog
      title={title}
      body={body}
      confirmLabel={confirmLabel}
      busy={busy}
      serverError={serverError}
      onConfirm={() => void submit()}
      onClose={onClose}
    />
  );
}
