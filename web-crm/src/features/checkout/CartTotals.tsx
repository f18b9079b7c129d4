import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import type { CheckoutSale } from './useCheckoutSale';

/** The ticket's figures: subtotal, discounts, total, paid, on the reader, and what is left to pay. */
export function CartTotals({ sale }: { sale: CheckoutSale }) {
  const { t } = useTranslation();
  const rows: [string, number, string?][] = [];
  if (sale.discountCents > 0) {
    rows.push([t('checkout.cart.subtotal'), sale.totalInclCents + sale.discountCents]);
    rows.push([t('checkout.cart.discounts'), -sale.discountCents]);
  }
  rows.push([t('checkout.cart.total'), sale.totalInclCents, 'total']);
  if (sale.paidCents > 0) rows.push([t('checkout.cart.paid'), sale.paidCents]);
  if (sale.pendingCents > 0) rows.push([t('checkout.cart.pending'), sale.pendingCents]);
  return (
    <Box component="dl" aria-label={t('checkout.cart.total')} sx={{ m: 0 }}>
      {rows.map(([label, cents, id]) => (
        <Box key={label} sx={{ display: 'flex', justifyContent: 'space-between', py: 0.25 }} data-testid={id}>
          <Typography component="dt" sx={id ? { fontWeight: 700, fontSize: '1.15rem' } : undefined}>
            {label}
          </Typography>
          <Typography
            component="dd"
            sx={{ m: 0, fontWeight: id ? 700 : 400, fontSize: id ? '1.15rem' : undefined }}
          >
            {formatEuros(cents)}
          </Typography>
        </Box>
      ))}
      <Box
        sx={{
          display: 'flex',
          justifyContent: 'space-between',
          mt: 1,
          p: 1,
          borderRadius: 1,
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
        }}
        data-testid="left-to-pay"
      >
        <Typography component="dt" sx={{ fontWeight: 700, fontSize: '1.2rem' }}>
          {t('checkout.cart.left')}
        </Typography>
        <Typography component="dd" sx={{ m: 0, fontWeight: 700, fontSize: '1.2rem' }}>
          {formatEuros(sale.leftToPayCents)}
        </Typography>
      </Box>
    </Box>
  );
}
