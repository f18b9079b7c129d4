import LockOutlined from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { Stripe, StripeElements, StripePaymentElement } from '@stripe/stripe-js';
// `pure`: Stripe.js is fetched only when a Stripe checkout is shown, never as a side effect of an import.
import { loadStripe } from '@stripe/stripe-js/pure';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@serenaia/shared/format';
import type { ProviderCheckoutProps } from './checkout-props';

type Status = 'loading' | 'ready' | 'paying' | 'loadError';

/**
 * Stripe's Payment Element for the deposit's PaymentIntent. Cards (3-D Secure in a pop-up) finish
 * here (`redirect: 'if_required'`); a method that must leave the site comes back to the manage page,
 * which reads Stripe's `redirect_status`. The server learns the outcome from Stripe itself (webhook).
 */
export function StripeCheckout({
  checkout,
  returnPath,
  onPaid,
  onRefused,
  onSubmitting,
}: ProviderCheckoutProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const container = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const publishableKey = checkout.stripePublishableKey;
  const clientSecret = checkout.stripeClientSecret;

  useEffect(() => {
    if (!publishableKey || !clientSecret) {
      setStatus('loadError');
      return;
    }
    let cancelled = false;
    let element: StripePaymentElement | null = null;
    setStatus('loading');
    loadStripe(publishableKey, { locale: 'fr' }).then(
      (instance) => {
        if (cancelled) return;
        if (instance === null || container.current === null) {
          setStatus('loadError');
          return;
        }
        const elements = instance.elements({
          clientSecret,
          locale: 'fr',
          appearance: {
            theme: 'stripe',
            variables: {
              colorPrimary: theme.palette.primary.main,
              colorText: theme.palette.text.primary,
              colorDanger: theme.palette.error.main,
              borderRadius: `${theme.shape.borderRadius}px`,
              fontFamily: String(theme.typography.fontFamily),
            },
          },
        });
        element = elements.create('payment', { layout: 'tabs' });
        element.on('ready', () => {
          if (!cancelled) setStatus('ready');
        });
        element.on('loaderror', () => {
          if (!cancelled) setStatus('loadError');
        });
        element.mount(container.current);
        setStripe({ stripe: instance, elements });
      },
      () => {
        if (!cancelled) setStatus('loadError');
      },
    );
    return () => {
      cancelled = true;
      element?.destroy();
    };
  }, [publishableKey, clientSecret, attempt, theme]);

  const pay = async () => {
    if (stripe === null) return;
    setStatus('paying');
    setMessage(null);
    onSubmitting(true);
    const result = await stripe.stripe.confirmPayment({
      elements: stripe.elements,
      confirmParams: { return_url: `${window.location.origin}${returnPath}` },
      redirect: 'if_required',
    });
    onSubmitting(false);
    if (result.error) {
      // A field to correct stays on the form (the Payment Element shows it too); anything else is a refusal.
      if (result.error.type === 'validation_error') {
        setStatus('ready');
        setMessage(result.error.message ?? null);
        return;
      }
      onRefused(result.error.message ?? t('deposit.failedGeneric'));
      return;
    }
    const intent = result.paymentIntent.status;
    if (intent === 'succeeded' || intent === 'processing' || intent === 'requires_capture') onPaid();
    else onRefused(t('deposit.failedGeneric'));
  };

  return (
    <Box
      component="form"
      aria-label={t('deposit.stripe.secured')}
      onSubmit={(event) => {
        event.preventDefault();
        void pay();
      }}
    >
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mb: 1.5 }}
      >
        <LockOutlined fontSize="small" aria-hidden />
        {t('deposit.stripe.secured')}
      </Typography>
      {status === 'loadError' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('deposit.retry')}
            </Button>
          }
          sx={{ mb: 2 }}
        >
          {t('deposit.stripe.loadError')}
        </Alert>
      ) : null}
      {status === 'loading' ? (
        <Box role="status" sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('deposit.stripe.loading')}
          </Typography>
          <LinearProgress aria-hidden />
        </Box>
      ) : null}
      <Box
        ref={container}
        data-testid="stripe-payment-element"
        sx={{ minHeight: status === 'ready' ? 0 : 8, mb: 2 }}
      />
      {message !== null ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {message}
        </Alert>
      ) : null}
      <Button
        type="submit"
        variant="contained"
        size="large"
        fullWidth
        disabled={status !== 'ready' || stripe === null}
      >
        {status === 'paying'
          ? t('deposit.stripe.paying')
          : t('deposit.stripe.pay', { amount: formatPrice(checkout.amountCents) })}
      </Button>
    </Box>
  );
}
