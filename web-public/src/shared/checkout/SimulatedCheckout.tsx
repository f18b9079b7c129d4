import CreditCardOutlined from '@mui/icons-material/CreditCardOutlined';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CompleteSimulatedPaymentDocument } from '../../gql/graphql';
import { formatPrice } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import type { ProviderCheckoutProps } from './checkout-props';

/** Stripe's public test card: what a demo visitor would type. Nothing is sent but the choice. */
const TEST_CARD = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' };

/**
 * The demo provider's checkout, said to be one: a card form already filled with a test card, and
 * two outcomes the visitor chooses (`completeSimulatedPayment`), so that both paths can be tried.
 */
export function SimulatedCheckout({
  checkout,
  onPaid,
  onRefused,
  onSubmitting,
}: Omit<ProviderCheckoutProps, 'returnPath'>) {
  const { t } = useTranslation();
  const titleId = useId();
  const [, complete] = useMutation(CompleteSimulatedPaymentDocument);
  const [sending, setSending] = useState<'pay' | 'decline' | null>(null);
  const amount = formatPrice(checkout.amountCents);

  const submit = async (approve: boolean) => {
    setSending(approve ? 'pay' : 'decline');
    onSubmitting(true);
    const result = await complete({ input: { paymentId: checkout.paymentId, approve } });
    setSending(null);
    onSubmitting(false);
    const payment = result.data?.completeSimulatedPayment;
    if (payment?.status === 'SUCCEEDED') onPaid();
    else if (payment) onRefused(payment.failureReason ?? t('deposit.simulated.declined'));
    else if (result.error)
      onRefused(
        errorMessage(result.error, {
          network: t('deposit.networkError'),
          unexpected: t('deposit.failedGeneric'),
        }),
      );
    else onRefused(t('deposit.failedGeneric'));
  };

  return (
    <Box
      component="form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(true);
      }}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: 'warning.light',
        borderRadius: 2,
        p: { xs: 2, sm: 2.5 },
      }}
    >
      <Box
        id={titleId}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.75,
          px: 1.25,
          py: 0.5,
          mb: 1.5,
          borderRadius: 1,
          bgcolor: 'warning.main',
          color: 'warning.contrastText',
          fontWeight: 600,
          fontSize: '0.875rem',
          lineHeight: 1.4,
        }}
      >
        <ScienceOutlined fontSize="small" aria-hidden />
        {t('deposit.simulated.badge')}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('deposit.simulated.body')}
      </Typography>
      <Box
        role="group"
        aria-label={t('deposit.simulated.formLabel')}
        sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, mb: 2.5 }}
      >
        <TextField
          label={t('deposit.simulated.cardNumber')}
          value={TEST_CARD.number}
          fullWidth
          sx={{ gridColumn: '1 / -1' }}
          slotProps={{
            input: {
              readOnly: true,
              startAdornment: (
                <InputAdornment position="start">
                  <CreditCardOutlined aria-hidden />
                </InputAdornment>
              ),
            },
            htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
          }}
        />
        <TextField
          label={t('deposit.simulated.expiry')}
          value={TEST_CARD.expiry}
          slotProps={{ input: { readOnly: true }, htmlInput: { autoComplete: 'off' } }}
        />
        <TextField
          label={t('deposit.simulated.cvc')}
          value={TEST_CARD.cvc}
          slotProps={{ input: { readOnly: true }, htmlInput: { autoComplete: 'off' } }}
        />
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={sending !== null}
          sx={{ flexGrow: 1 }}
        >
          {sending === 'pay' ? t('deposit.simulated.paying') : t('deposit.simulated.pay', { amount })}
        </Button>
        <Button
          type="button"
          variant="outlined"
          size="large"
          disabled={sending !== null}
          onClick={() => void submit(false)}
        >
          {t('deposit.simulated.decline')}
        </Button>
      </Stack>
    </Box>
  );
}
