import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { formatTimeRange } from '@serenaia/shared/paris-time';
import type { AgendaBooking } from '../data/agenda-state';
import { DetailsSection } from './DetailsSection';

/** The services booked, each with its time, practitioner, cabin and price; the total and deposit. */
export function BookingServicesSection({ booking }: { booking: AgendaBooking }) {
  const { t } = useTranslation();
  return (
    <DetailsSection title={t('agenda.details.services')}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
        {booking.items.map((item) => (
          <Box component="li" key={item.id} sx={{ display: 'flex', gap: 1.25, alignItems: 'flex-start' }}>
            <Box
              aria-hidden
              sx={{ width: 4, alignSelf: 'stretch', borderRadius: 2, bgcolor: item.color, flexShrink: 0 }}
            />
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600 }}>{item.serviceName}</Typography>
              <Typography variant="body2" color="text.secondary">
                {formatTimeRange(item.start, item.end)} · {item.practitionerName}
                {item.cabinName ? ` · ${item.cabinName}` : ''}
              </Typography>
            </Box>
            <Typography sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {formatEuros(item.priceCents)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 1.5, fontWeight: 700 }}>
        <Typography sx={{ fontWeight: 700 }}>{t('agenda.details.total')}</Typography>
        <Typography sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {formatEuros(booking.totalCents)}
        </Typography>
      </Box>
      {booking.depositCents > 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('agenda.details.deposit', { amount: formatEuros(booking.depositCents) })}
        </Typography>
      ) : null}
    </DetailsSection>
  );
}
