import LockOutlined from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { formatPrice } from '@serenaia/shared/format';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import type { CheckoutCallbacks } from './checkout-props';
import { loadPayPal, type PayPalButtonsComponent } from './paypal-sdk';

type Status = 'loading' | 'ready' | 'capturing' | 'loadError';

/** A French reason our `createOrder` gives PayPal, which hands it back to `onError`. */
class OrderUnavailable extends Error {}

/** The `extensions.reason` of the first GraphQL error (PayPal's issue for a declined capture). */
function errorReason(error: CombinedError | undefined): string | undefined {
  const reason = error?.graphQLErrors[0]?.extensions.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** A server call's answer, as urql gives it: data or an error. */
export interface ServerAnswer<T> {
  data?: T | null;
  error?: CombinedError;
}

/** What a PayPal payment is for (a deposit, a gift-card order): how our server opens and captures it. */
export interface PayPalOrderSource {
  /** The PayPal order to approve: opened (or handed out again) by our server. */
  openOrder: () => Promise<ServerAnswer<{ orderId: string | null }>>;
  /** The buyer approved `orderId`: our server captures it (never the browser). */
  capture: (
    orderId: string,
  ) => Promise<ServerAnswer<{ status: string; failureReason?: string | null } | null>>;
}

export interface PayPalCheckoutProps extends CheckoutCallbacks, PayPalOrderSource {
  /** The public client id that loads PayPal's buttons. */
  clientId: string | null;
  amountCents: number;
  /** Changes when what is paid for changes (the buttons are rendered again). */
  ownerKey: string;
}

/**
 * PayPal's button, for whatever our server opened a PayPal order for. The order is created by the
 * server (`openOrder`, which hands an open order out again rather than make a second one) and captured
 * by it once the buyer approves (`capture`); the browser only carries the order's id.
 */
export function PayPalCheckout({
  clientId,
  amountCents,
  ownerKey,
  openOrder,
  capture,
  onPaid,
  onRefused,
  onSubmitting,
}: PayPalCheckoutProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // PayPal keeps the callbacks it was rendered with: they reach the latest props through this.
  const handlers = useRef({ onPaid, onRefused, onSubmitting, openOrder, capture });
  useEffect(() => {
    handlers.current = { onPaid, onRefused, onSubmitting, openOrder, capture };
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
            const result = await handlers.current.openOrder();
            const orderId = result.data?.orderId;
            if (orderId) return orderId;
            handlers.current.onSubmitting(false);
            throw new OrderUnavailable(
              result.error ? errorMessage(result.error, fallbacks) : t('deposit.paypal.error'),
            );
          },
          onApprove: async ({ orderID }, actions) => {
            setStatus('capturing');
            handlers.current.onSubmitting(true);
            const result = await handlers.current.capture(orderID);
            handlers.current.onSubmitting(false);
            if (cancelled) return;
            const payment = result.data;
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
  }, [clientId, ownerKey, attempt, t]);

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
        {t('deposit.paypal.intro', { amount: formatPrice(amountCents) })}
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
