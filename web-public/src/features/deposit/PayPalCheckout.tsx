import LockOutlined from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, type CombinedError } from 'urql';
import { CapturePayPalDepositDocument, CreateDepositPaymentDocument } from '../../gql/graphql';
import { formatPrice } from '@serenaia/shared/format';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import type { CheckoutFormProps } from './checkout-form';
import { loadPayPal, type PayPalButtonsComponent } from './paypal-sdk';

type Status = 'loading' | 'ready' | 'capturing' | 'loadError';

/** A French reason our `createOrder` gives PayPal, which hands it back to `onError`. */
class OrderUnavailable extends Error {}

/** The `extensions.reason` of the first GraphQL error (PayPal's issue for a declined capture). */
function errorReason(error: CombinedError | undefined): string | undefined {
  const reason = error?.graphQLErrors[0]?.extensions.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * PayPal's button for the deposit. The order is created by our server (`createDepositPayment` with
 * PAYPAL, which hands an open order out again rather than make a second one) and captured by it
 * once the buyer approves (`capturePayPalDeposit`); the browser only carries the order's id.
 */
export function PayPalCheckout({ checkout, token, onPaid, onRefused, onSubmitting }: CheckoutFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const titleId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const clientId = checkout.paypalClientId;
  // PayPal keeps the callbacks it was rendered with: they reach the latest props through this.
  const handlers = useRef({ onPaid, onRefused, onSubmitting });
  useEffect(() => {
    handlers.current = { onPaid, onRefused, onSubmitting };
  });

  useEffect(() => {
    if (!clientId) {
      setStatus('loadError');
      return;
    }
    let cancelled = false;
    let buttons: PayPalButtonsComponent | null = null;
    setStatus('loading');
    const fallbacks = { network: t('deposit.networkError'), unexpected: t('deposit.paypal.error') };

    loadPayPal(clientId).then(
      (paypal) => {
        if (cancelled || container.current === null) return;
        buttons = paypal.Buttons({
          fundingSource: 'paypal',
          style: { layout: 'vertical', color: 'gold', shape: 'rect', label: 'paypal', height: 48 },
          createOrder: async () => {
            setMessage(null);
            handlers.current.onSubmitting(true);
            const result = await client
              .mutation(CreateDepositPaymentDocument, { input: { token, method: 'PAYPAL' } })
              .toPromise();
            const orderId = result.data?.createDepositPayment.paypalOrderId;
            if (orderId) return orderId;
            handlers.current.onSubmitting(false);
            throw new OrderUnavailable(
              result.error ? errorMessage(result.error, fallbacks) : t('deposit.paypal.error'),
            );
          },
          onApprove: async ({ orderID }, actions) => {
            setStatus('capturing');
            handlers.current.onSubmitting(true);
            const result = await client
              .mutation(CapturePayPalDepositDocument, { input: { token, orderId: orderID } })
              .toPromise();
            handlers.current.onSubmitting(false);
            if (cancelled) return;
            const payment = result.data?.capturePayPalDeposit;
            if (payment?.status === 'SUCCEEDED' || payment?.status === 'PENDING') {
              handlers.current.onPaid();
              return;
            }
            if (payment) {
              handlers.current.onRefused(payment.failureReason ?? t('deposit.failedGeneric'));
              return;
            }
            const error = result.error;
            if (error && errorCode(error) === 'CONFLICT' && errorReason(error) === 'INSTRUMENT_DECLINED') {
              // PayPal's way: the same order, back in PayPal's window, to pick another funding source.
              setStatus('ready');
              setMessage(errorMessage(error, fallbacks));
              await actions.restart();
              return;
            }
            handlers.current.onRefused(error ? errorMessage(error, fallbacks) : t('deposit.failedGeneric'));
          },
          onCancel: () => {
            handlers.current.onSubmitting(false);
            setMessage(null);
          },
          onError: (error) => {
            handlers.current.onSubmitting(false);
            if (cancelled) return;
            setStatus('ready');
            setMessage(error instanceof OrderUnavailable ? error.message : t('deposit.paypal.error'));
          },
        });
        if (!buttons.isEligible()) {
          setStatus('loadError');
          return;
        }
        buttons.render(container.current).then(
          () => {
            if (!cancelled) setStatus((current) => (current === 'loading' ? 'ready' : current));
          },
          () => {
            if (!cancelled) setStatus('loadError');
          },
        );
      },
      () => {
        if (!cancelled) setStatus('loadError');
      },
    );
    return () => {
      cancelled = true;
      void buttons?.close().catch(() => undefined);
    };
  }, [clientId, client, token, attempt, t]);

  const retry = () => {
    setMessage(null);
    setAttempt((n) => n + 1);
  };

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography
        id={titleId}
        variant="body2"
        color="text.secondary"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mb: 1 }}
      >
        <LockOutlined fontSize="small" aria-hidden />
        {t('deposit.paypal.secured')}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {t('deposit.paypal.intro', { amount: formatPrice(checkout.amountCents) })}
      </Typography>
      {status === 'loadError' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t('deposit.paypal.retry')}
            </Button>
          }
          sx={{ mb: 2 }}
        >
          {t('deposit.paypal.loadError')}
        </Alert>
      ) : null}
      {message !== null ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t('deposit.paypal.retry')}
            </Button>
          }
          sx={{ mb: 2 }}
        >
          {message}
        </Alert>
      ) : null}
      {status === 'loading' || status === 'capturing' ? (
        <Box role="status" sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {status === 'loading' ? t('deposit.paypal.loading') : t('deposit.paypal.capturing')}
          </Typography>
          <LinearProgress aria-hidden />
        </Box>
      ) : null}
      <Box
        ref={container}
        data-testid="paypal-buttons"
        aria-busy={status === 'capturing'}
        sx={{
          minHeight: status === 'loadError' ? 0 : 48,
          opacity: status === 'capturing' ? 0.5 : 1,
          pointerEvents: status === 'capturing' ? 'none' : undefined,
        }}
      />
    </Box>
  );
}
