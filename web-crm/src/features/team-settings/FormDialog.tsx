import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A settings form in a dialog (full screen on a phone): fields, the server's refusal, Cancel / Save. */
export function FormDialog({
  title,
  children,
  busy,
  serverError,
  maxWidth = 'xs',
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  children: ReactNode;
  busy: boolean;
  serverError: string | null;
  maxWidth?: 'xs' | 'sm' | 'md';
  submitLabel?: string;
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
          {serverError ? (
            <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
              {serverError}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2 }}>
          <Button color="inherit" onClick={onClose}>
            {t('teamSettings.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? t('teamSettings.saving') : (submitLabel ?? t('teamSettings.save'))}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
