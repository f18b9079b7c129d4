import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { tenderLabelKey } from './tender-kinds';
import type { CheckoutSale } from './useCheckoutSale';

const STATUS_KEYS = {
  CONFIRMED: 'checkout.tender.confirmed',
  PENDING: 'checkout.tender.pendingState',
  DECLINED: 'checkout.tender.declined',
} as const;

/** The ticket's tenders so far: kind, amount, state (a declined card stays listed, counting for nothing). */
export function TenderList({ sale }: { sale: CheckoutSale }) {
  const { t } = useTranslation();
  if (sale.tenders.length === 0) return null;
  return (
    <Box component="ul" aria-label={t('checkout.tender.tenders')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {sale.tenders.map((tender) => {
        const key = tenderLabelKey(tender.kind);
        const label = key ? t(key) : tender.kind;
        return (
          <Box
            component="li"
            key={tender.id}
            sx={{
              display: 'flex',
              gap: 1,
              py: 0.5,
              color: tender.status === 'DECLINED' ? 'error.main' : undefined,
              textDecoration: tender.status === 'DECLINED' ? 'line-through' : undefined,
            }}
          >
            <Typography sx={{ flexGrow: 1 }}>
              {label} · {t(STATUS_KEYS[tender.status])}
              {tender.failureReason ? ` — ${tender.failureReason}` : ''}
            </Typography>
            <Typography>{formatEuros(tender.amountCents)}</Typography>
          </Box>
        );
      })}
    </Box>
  );
}
