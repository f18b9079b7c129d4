import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { formatPrice, formatTime, phoneHref } from '@serenaia/shared/format';
import { CheckoutForm } from './CheckoutForm';
import type { DepositEvent, DepositPhase } from './deposit-phase';

export interface DepositPhaseBodyProps {
  phase: DepositPhase;
  dispatch: Dispatch<DepositEvent>;
  token: string;
  /** The deposit, formatted. */
  amount: string;
  /** When the slot's hold ends, if it is held. */
  holdUntil: string | null;
  /** The confirmation takes longer than usual. */
  slow: boolean;
  rebookPath: string;
  institutePhone?: string | null;
  onSubmitting: (submitting: boolean) => void;
}

/** What the deposit step shows in each phase: the start button, the provider's form, the wait, the outcome. */
export function DepositPhaseBody({
  phase,
  dispatch,
  token,
  amount,
  holdUntil,
  slow,
  rebookPath,
  institutePhone,
  onSubmitting,
}: DepositPhaseBodyProps) {
  const { t } = useTranslation();
  const phoneLink = institutePhone ? (
    <>
      {' '}
      {t('deposit.callUs')}{' '}
      <Link href={phoneHref(institutePhone)} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        {institutePhone}
      </Link>
      .
    </>
  ) : null;

  switch (phase.kind) {
    case 'idle':
      return (
        <Button variant="contained" size="large" fullWidth onClick={() => dispatch({ type: 'start' })}>
          {t('deposit.start', { amount })}
        </Button>
      );
    case 'starting':
      return (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 1 }}>
          <CircularProgress size={22} aria-hidden />
          <Typography>{t('deposit.starting')}</Typography>
        </Box>
      );
    case 'ready':
      return (
        <CheckoutForm
          checkout={phase.checkout}
          token={token}
          onPaid={() => dispatch({ type: 'paid' })}
          onRefused={(reason) => dispatch({ type: 'refused', reason })}
          onSubmitting={onSubmitting}
        />
      );
    case 'failed':
    case 'error':
      return (
        <Alert severity="error" role="alert">
          <AlertTitle>
            {phase.kind === 'failed' ? t('deposit.failedTitle') : t('deposit.errorTitle')}
          </AlertTitle>
          {phase.kind === 'failed' ? phase.reason : phase.message}
          {phase.kind === 'failed' && holdUntil ? (
            <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
              {t('deposit.failedHint', { time: formatTime(holdUntil) })}
            </Box>
          ) : null}
          {phase.kind === 'error' ? phoneLink : null}
          <Box sx={{ mt: 1.5 }}>
            <Button variant="contained" onClick={() => dispatch({ type: 'start' })}>
              {t('deposit.retry')}
            </Button>
          </Box>
        </Alert>
      );
    case 'confirming':
      return (
        <Box role="status" aria-live="polite">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 1 }}>
            <CircularProgress size={22} aria-hidden />
            <Typography sx={{ fontWeight: 600 }}>{t('deposit.confirming')}</Typography>
          </Box>
          {slow ? (
            <Typography variant="body2" color="text.secondary">
              {t('deposit.confirmingSlow')}
            </Typography>
          ) : null}
        </Box>
      );
    case 'confirmed':
      return (
        <Alert severity="success" icon={<CheckCircleOutlined />}>
          {phase.paidCents > 0
            ? t('deposit.paid', { amount: formatPrice(phase.paidCents) })
            : t('deposit.confirmed')}
        </Alert>
      );
    case 'expired':
    case 'released':
      return (
        <Alert severity="warning" role="alert">
          <AlertTitle>
            {phase.kind === 'expired' ? t('deposit.expiredTitle') : t('deposit.releasedTitle')}
          </AlertTitle>
          {phase.kind === 'expired' ? t('deposit.expiredBody') : t('deposit.releasedBody')}
          <Box sx={{ mt: 1.5 }}>
            <Button component={RouterLink} to={rebookPath} variant="contained">
              {t('deposit.chooseNewTime')}
            </Button>
          </Box>
        </Alert>
      );
  }
}
