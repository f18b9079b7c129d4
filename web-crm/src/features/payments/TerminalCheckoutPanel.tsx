import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ContactlessOutlined from '@mui/icons-material/ContactlessOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelTerminalCheckoutDocument,
  SimulateTerminalOutcomeDocument,
  type TerminalCheckoutFieldsFragment,
  type TerminalOutcome,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { panelView, type PanelTone } from './terminal-panel';
import { useFollowedCheckout } from './useFollowedCheckout';
import { VirtualTerminal } from './VirtualTerminal';

export type TerminalCheckout = TerminalCheckoutFieldsFragment;

const TONE_COLORS: Record<PanelTone, { bg: string; fg: string }> = {
  waiting: { bg: '#eef3fb', fg: '#1d4f91' },
  success: { bg: '#e3f1e6', fg: '#1e6b34' },
  error: { bg: '#fbeaea', fg: '#a12b2b' },
  neutral: { bg: '#f2f0ee', fg: '#5b524b' },
};

function ToneIcon({ tone }: { tone: PanelTone }) {
  switch (tone) {
    case 'waiting':
      return <ContactlessOutlined sx={{ fontSize: 40 }} />;
    case 'success':
      return <CheckCircleOutlined sx={{ fontSize: 40 }} />;
    case 'error':
      return <ErrorOutlineOutlined sx={{ fontSize: 40 }} />;
    case 'neutral':
      return <CancelOutlined sx={{ fontSize: 40 }} />;
  }
}

export interface TerminalCheckoutPanelProps {
  /** The checkout as `startTerminalCheckout` returned it. */
  checkout: TerminalCheckout;
  /** The checkout reached a final state (once): the caller reloads the payments. */
  onSettled: (checkout: TerminalCheckout) => void;
  /** "Réessayer": a new checkout for the same amount on the same reader. */
  onRetry: () => void;
  /** Back to the choice of payment method. */
  onOtherMethod: () => void;
  onClose: () => void;
  /** A retry is being sent. */
  retrying?: boolean;
}

/**
 * The live panel of a card payment on a terminal: what the reader shows now, "Annuler sur le
 * terminal" while it waits for the card, then the outcome with "Réessayer" after a failure. In the
 * demo, a clearly labelled virtual terminal lets the desk accept or decline the card.
 */
export function TerminalCheckoutPanel({
  checkout: initial,
  onSettled,
  onRetry,
  onOtherMethod,
  onClose,
  retrying = false,
}: TerminalCheckoutPanelProps) {
  const { t } = useTranslation();
  const { checkout, apply, liveLost } = useFollowedCheckout(initial);
  const [cancelState, cancel] = useMutation(CancelTerminalCheckoutDocument);
  const [simulateState, simulate] = useMutation(SimulateTerminalOutcomeDocument);
  const [actionError, setActionError] = useState<string | null>(null);
  const view = panelView(checkout.status, checkout.provider);
  const colors = TONE_COLORS[view.tone];
  const amount = formatEuros(checkout.amountCents);

  const settled = useRef(false);
  const settle = useRef(onSettled);
  useEffect(() => {
    settle.current = onSettled;
  });
  useEffect(() => {
    if (checkout.final && !settled.current) {
      settled.current = true;
      settle.current(checkout);
    }
  }, [checkout]);

  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };
  const cancelOnReader = async () => {
    setActionError(null);
    const result = await cancel({ id: checkout.id });
    if (result.data) apply(result.data.cancelTerminalCheckout);
    else if (result.error) setActionError(errorMessage(result.error, fallbacks));
  };
  const simulateOutcome = async (outcome: TerminalOutcome) => {
    setActionError(null);
    const result = await simulate({ input: { checkoutId: checkout.id, outcome } });
    if (result.data) apply(result.data.simulateTerminalOutcome);
    else if (result.error) setActionError(errorMessage(result.error, fallbacks));
  };

  return (
    <>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('payments.terminal.amountOn', { amount, reader: checkout.readerName })}
        </Typography>
        <Box
          role="status"
          aria-live="polite"
          data-testid="terminal-status"
          data-status={checkout.status}
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 2,
            p: 2,
            borderRadius: 3,
            bgcolor: colors.bg,
            color: colors.fg,
          }}
        >
          <Box
            sx={{
              position: 'relative',
              width: 56,
              height: 56,
              display: 'grid',
              placeItems: 'center',
              flexShrink: 0,
            }}
          >
            <ToneIcon tone={view.tone} />
            {view.inProgress ? (
              <CircularProgress
                size={56}
                thickness={2.5}
                sx={{ position: 'absolute', inset: 0, color: colors.fg, opacity: 0.5 }}
                aria-hidden
              />
            ) : null}
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 700, fontSize: '1.1rem', lineHeight: 1.3 }}>
              {t(`payments.terminal.state.${view.message}`)}
            </Typography>
            <Typography variant="body2" sx={{ mt: 0.25, color: 'text.primary' }}>
              {view.showReason && checkout.failureReason ? `${checkout.failureReason} ` : ''}
              {t(`payments.terminal.hint.${view.message}`, { amount })}
            </Typography>
          </Box>
        </Box>

        {view.showSimulator ? (
          <VirtualTerminal
            amount={amount}
            busy={simulateState.fetching}
            onOutcome={(outcome) => void simulateOutcome(outcome)}
          />
        ) : null}

        {liveLost && !checkout.final ? (
          <Alert severity="warning" sx={{ mt: 1.5 }}>
            {t('payments.terminal.liveLost')}
          </Alert>
        ) : null}
        {actionError ? (
          <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
            {actionError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {view.canCancel ? (
          <Button
            color="error"
            variant="outlined"
            disabled={cancelState.fetching}
            onClick={() => void cancelOnReader()}
          >
            {cancelState.fetching ? t('payments.terminal.cancelling') : t('payments.terminal.cancel')}
          </Button>
        ) : null}
        {view.canRetry ? (
          <>
            <Button color="inherit" onClick={onOtherMethod}>
              {t('payments.terminal.otherMethod')}
            </Button>
            <Button color="inherit" onClick={onClose}>
              {t('payments.terminal.close')}
            </Button>
            <Button variant="contained" disabled={retrying} onClick={onRetry}>
              {t('payments.terminal.retry')}
            </Button>
          </>
        ) : view.canClose ? (
          <Button variant="contained" onClick={onClose}>
            {t('payments.terminal.done')}
          </Button>
        ) : null}
      </DialogActions>
    </>
  );
}
