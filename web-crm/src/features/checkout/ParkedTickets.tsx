import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { formatTime } from '@serenaia/shared/paris-time';
import { CheckoutParkedSalesDocument } from '../../gql/graphql';
import type { CheckoutState } from './useCheckoutSale';

/** Tickets put aside on this till: "Reprendre" brings one back (any change makes it open again). */
export function ParkedTickets({ tillId, checkout }: { tillId: string; checkout: CheckoutState }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({
    query: CheckoutParkedSalesDocument,
    variables: { filter: { tillId, status: 'PARKED' } },
    requestPolicy: 'cache-and-network',
  });
  const currentId = checkout.sale?.id ?? null;
  const currentStatus = checkout.sale?.status ?? null;
  useEffect(() => {
    refetch({ requestPolicy: 'network-only' });
  }, [currentId, currentStatus, refetch]);
  const parked = (data?.sales.items ?? []).filter((s) => s.id !== currentId);
  if (parked.length === 0) return null;
  return (
    <Card component="section" aria-label={t('checkout.parked.title')} variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('checkout.parked.title')}
        </Typography>
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {parked.map((s) => {
            const amount = formatEuros(s.totalInclCents);
            const time = formatTime(s.createdAt);
            return (
              <Box component="li" key={s.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }}>
                <Typography sx={{ flexGrow: 1 }}>
                  {time} · {amount} ·{' '}
                  {s.lines.map((l) => l.label).join(', ') || t('checkout.parked.lines', { count: 0 })}
                </Typography>
                <Button
                  variant="outlined"
                  sx={{ minHeight: 48 }}
                  aria-label={t('checkout.parked.resumeLabel', { amount, time })}
                  onClick={() => checkout.resume(s.id)}
                >
                  {t('checkout.parked.resume')}
                </Button>
              </Box>
            );
          })}
        </Box>
      </CardContent>
    </Card>
  );
}
