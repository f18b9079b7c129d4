import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { CombinedError } from '@urql/core';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictAlternatives, errorMessage, type Alternative } from '@serenaia/shared/graphql-errors';
import { AlternativeSlots } from './create/AlternativeSlots';

export interface AgendaNotice {
  id: number;
  severity: 'success' | 'error';
  message: string;
  alternatives?: readonly Alternative[];
}

/**
 * The agenda's current notice: `notify` for a success, `notifyError` for a failed operation (the
 * server's French message, and the free slots it proposes after a CONFLICT).
 */
export function useAgendaNotice() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<AgendaNotice | null>(null);
  const id = useRef(0);
  const notify = useCallback((severity: AgendaNotice['severity'], message: string, error?: CombinedError) => {
    id.current += 1;
    const alternatives = error ? conflictAlternatives(error) : [];
    setNotice({ id: id.current, severity, message, ...(alternatives.length > 0 ? { alternatives } : {}) });
  }, []);
  const notifyError = useCallback(
    (error: CombinedError | undefined) =>
      notify(
        'error',
        error
          ? errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })
          : t('errors.unexpected'),
        error,
      ),
    [notify, t],
  );
  const close = useCallback(() => setNotice(null), []);
  return { notice, notify, notifyError, close };
}

/** Outcome of an action: the server's French message on failure, with the free slots it proposes. */
export function AgendaToast({ notice, onClose }: { notice: AgendaNotice | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Keeps the last notice's content while the snackbar closes.
  const last = useRef<AgendaNotice | null>(notice);
  if (notice !== null) last.current = notice;
  const shown = notice ?? last.current;
  return (
    <Snackbar
      key={shown?.id}
      open={notice !== null}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      autoHideDuration={notice?.severity === 'error' ? 10_000 : 4_000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {shown ? (
        <Alert
          severity={shown.severity}
          variant="filled"
          onClose={onClose}
          slotProps={{
            closeButton: { title: t('agenda.toast.close'), 'aria-label': t('agenda.toast.close') },
          }}
          sx={{ maxWidth: 560, alignItems: 'flex-start' }}
        >
          {shown.message}
          {shown.alternatives ? <AlternativeSlots alternatives={shown.alternatives} /> : null}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
