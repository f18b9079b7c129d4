import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SimulatedCheckout } from '../checkout';
import { managePath } from '../site';
import type { CheckoutFormProps } from './checkout-form';
import { PayPalDeposit } from './PayPalDeposit';

// Stripe's loader stays out of the bundle until a Stripe checkout is opened.
const StripeCheckout = lazy(async () => ({
  default: (await import('../checkout/StripeCheckout')).StripeCheckout,
}));

function Loading() {
  const { t } = useTranslation();
  return (
    <Box role="status">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('deposit.starting')}
      </Typography>
      <LinearProgress aria-hidden />
    </Box>
  );
}

/**
 * The payment form of the provider the server chose for this checkout. A new online provider is one
 * more case here and one more `*Checkout` component taking `CheckoutFormProps`.
 */
export function CheckoutForm(props: CheckoutFormProps) {
  const { t } = useTranslation();
  switch (props.checkout.provider) {
    case 'SIMULATED':
      return <SimulatedCheckout {...props} />;
    case 'STRIPE':
      return (
        <Suspense fallback={<Loading />}>
          <StripeCheckout {...props} returnPath={managePath(props.token)} />
        </Suspense>
      );
    case 'PAYPAL':
      return <PayPalDeposit {...props} />;
    case 'SUMUP':
    case 'MANUAL':
    case 'GIFT_CARD':
      return <Alert severity="info">{t('deposit.unsupported')}</Alert>;
  }
}
