import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '@serenaia/shared/format';
import { useClient } from 'urql';
import { CapturePayPalGiftCardOrderDocument } from '../../gql/graphql';
import { PayPalCheckout, SimulatedCheckout, type OnlineCheckoutView } from '../../shared/checkout';
import { giftCardOrderPath, type GiftCardPurchase } from './gift-card-form';

// Stripe's loader stays out of the bundle until a Stripe checkout is opened.
const StripeCheckout = lazy(async () => ({
  default: (await import('../../shared/checkout/StripeCheckout')).StripeCheckout,
}));

export interface GiftCardPaymentProps {
  purchase: GiftCardPurchase;
  onPaid: () => void;
  onBack: () => void;
}

/** The online payment of an order just placed, through the provider the server opened it with. */
export function GiftCardPayment({ purchase, onPaid, onBack }: GiftCardPaymentProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [, setSubmitting] = useState(false);
  const { order } = purchase;
  if (purchase.paymentId === null || purchase.provider === null) return null;
  const checkout: OnlineCheckoutView = {
    paymentId: purchase.paymentId,
    provider: purchase.provider,
    amountCents: order.priceCents,
    stripeClientSecret: purchase.stripeClientSecret,
    stripePublishableKey: purchase.stripePublishableKey,
  };
  const callbacks = { onPaid, onRefused: setRefusal, onSubmitting: setSubmitting };
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, borderRadius: 3 }}>
      <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
        {t('giftCards.payTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('giftCards.payIntro', { reference: order.reference, amount: formatPrice(order.priceCents) })}
      </Typography>
      {refusal ? (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => (setRefusal(null), setAttempt((n) => n + 1))}>
              {t('giftCards.retry')}
            </Button>
          }
        >
          <AlertTitle>{t('giftCards.payFailed')}</AlertTitle>
          {refusal}
        </Alert>
      ) : (
        <Box key={attempt}>
          {checkout.provider === 'SIMULATED' ? (
            <SimulatedCheckout checkout={checkout} {...callbacks} />
          ) : checkout.provider === 'STRIPE' ? (
            <Suspense fallback={<LinearProgress aria-label={t('deposit.starting')} />}>
              <StripeCheckout
                checkout={checkout}
                returnPath={giftCardOrderPath(order.id, purchase.token)}
                {...callbacks}
              />
            </Suspense>
          ) : checkout.provider === 'PAYPAL' ? (
            <PayPalCheckout
              clientId={purchase.paypalClientId}
              amountCents={order.priceCents}
              ownerKey={order.id}
              // The order's PayPal order was opened with the purchase: approving it again resumes it.
              openOrder={() => Promise.resolve({ data: { orderId: purchase.paypalOrderId } })}
              capture={async (paypalOrderId) => {
                const r = await client
                  .mutation(CapturePayPalGiftCardOrderDocument, {
                    input: { orderId: order.id, token: purchase.token, paypalOrderId },
                  })
                  .toPromise();
                return { data: r.data?.capturePayPalGiftCardOrder, error: r.error };
              }}
              {...callbacks}
            />
          ) : (
            <Alert severity="info">{t('deposit.unsupported')}</Alert>
          )}
        </Box>
      )}
      <Button onClick={onBack} sx={{ mt: 2 }}>
        {t('giftCards.backToForm')}
      </Button>
    </Paper>
  );
}
