import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { dayInterval, formatTime, localDateOf } from '@serenaia/shared/paris-time';
import { CheckoutDueBookingsDocument } from '../../gql/graphql';
import type { CheckoutState } from './useCheckoutSale';

/** Today's (Paris) confirmed appointments, not yet paid: "Encaisser" brings their items and deposit. */
export function DueAppointments({ checkout }: { checkout: CheckoutState }) {
  const { t } = useTranslation();
  const variables = useMemo(() => {
    const { start, end } = dayInterval(localDateOf(Date.now()));
    const from = new Date(start).toISOString();
    const to = new Date(end).toISOString();
    return {
      filter: { from, to, statuses: ['CONFIRMED' as const], page: { limit: 100, offset: 0 } },
      // A booking whose ticket is paid before its start stays CONFIRMED: its completed ticket tells.
      paid: { from, to, status: 'COMPLETED' as const, kind: 'SALE' as const },
    };
  }, []);
  const [{ data }] = useQuery({
    query: CheckoutDueBookingsDocument,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const paid = new Set((data?.sales.items ?? []).map((s) => s.bookingId));
  const due = (data?.bookings.items ?? [])
    .filter((b) => !paid.has(b.id))
    .sort((a, b) => a.start.localeCompare(b.start));
  return (
    <Card component="section" aria-label={t('checkout.due.title')} variant="outlined" sx={{ mb: 2 }}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('checkout.due.title')}
        </Typography>
        {data !== undefined && due.length === 0 ? (
          <Typography color="text.secondary">{t('checkout.due.none')}</Typography>
        ) : null}
        <Box
          component="ul"
          sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', m: 0, p: 0, pb: 0.5, listStyle: 'none' }}
        >
          {due.map((booking) => {
            const name = `${booking.client.firstName} ${booking.client.lastName}`;
            const time = formatTime(booking.start);
            return (
              <Box
                component="li"
                key={booking.id}
                sx={{
                  flex: '0 0 auto',
                  minWidth: 230,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 2,
                  p: 1.5,
                }}
              >
                <Typography sx={{ fontWeight: 600 }}>
                  {time} · {name}
                </Typography>
                <Typography variant="body2" color="text.secondary" noWrap sx={{ maxWidth: 260 }}>
                  {booking.items.map((i) => i.serviceName).join(', ')} · {booking.items[0]?.practitionerName}
                </Typography>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
                  <Typography sx={{ flexGrow: 1 }}>
                    {formatEuros(booking.totalCents)}
                    {booking.paidCents > 0 ? (
                      <Typography
                        component="span"
                        variant="body2"
                        color="text.secondary"
                        sx={{ display: 'block' }}
                      >
                        {t('checkout.due.deposit', { amount: formatEuros(booking.paidCents) })}
                      </Typography>
                    ) : null}
                  </Typography>
                  <Button
                    variant="contained"
                    sx={{ minHeight: 48 }}
                    disabled={checkout.busy}
                    aria-label={t('checkout.due.collectLabel', { name, time })}
                    onClick={() => void checkout.openFromBooking(booking.id)}
                  >
                    {t('checkout.due.collect')}
                  </Button>
                </Box>
              </Box>
            );
          })}
        </Box>
      </CardContent>
    </Card>
  );
}
