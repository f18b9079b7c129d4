import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useHref } from 'react-router-dom';
import { formatEuros } from '@serenaia/shared/format';
import type { CheckoutSale } from './useCheckoutSale';

const big = { minHeight: 64, fontSize: '1.1rem' } as const;

/** After payment: print, e-mail or no receipt (paper only on request, loi AGEC), then the next client. */
export function ReceiptChoice({ sale, onNext }: { sale: CheckoutSale; onNext: () => void }) {
  const { t } = useTranslation();
  const [noReceipt, setNoReceipt] = useState(false);
  const receipt = useHref(`/caisse/ventes/${sale.id}/recu?imprimer=1`);
  return (
    <Card
      component="section"
      aria-label={t('checkout.done.title', { number: sale.number ?? '' })}
      variant="outlined"
      sx={{ maxWidth: 560, mx: 'auto' }}
    >
      <CardContent>
        <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
          {t('checkout.done.title', { number: sale.number ?? '' })}
        </Typography>
        <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, mb: 1 }}>
          {formatEuros(sale.totalInclCents)}
        </Typography>
        {sale.changeCents > 0 ? (
          <Typography role="status" sx={{ fontSize: '1.3rem', mb: 2 }}>
            {t('checkout.done.change', { amount: formatEuros(sale.changeCents) })}
          </Typography>
        ) : null}
        <Stack spacing={1.5}>
          <Button variant="outlined" sx={big} href={receipt} target="_blank" rel="noopener">
            {t('checkout.done.print')}
          </Button>
          <Button
            variant="outlined"
            sx={big}
            component={RouterLink}
            to={`/caisse/ventes/${sale.id}?envoyer=1`}
          >
            {t('checkout.done.email')}
          </Button>
          <Button variant="outlined" sx={big} onClick={() => setNoReceipt(true)} disabled={noReceipt}>
            {t('checkout.done.none')}
          </Button>
          {noReceipt ? <Typography color="text.secondary">{t('checkout.done.noneDone')}</Typography> : null}
          <Button variant="contained" sx={big} onClick={onNext} autoFocus>
            {t('checkout.done.next')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
