import EventOutlined from '@mui/icons-material/EventOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { capitalize, formatLongDate, formatPrice, formatTime } from '@serenaia/shared/format';
import { ServiceLines } from '../../shared/booking-ui/ServiceLines';
import type { CatalogService } from './types';

export interface BookingRecapProps {
  services: readonly Pick<
    CatalogService,
    'id' | 'name' | 'durationMinutes' | 'priceCents' | 'depositCents'
  >[];
  start: string;
  practitionerName: string | null;
  pendingHoldMinutes: number;
  /** The slot was just taken: shown struck through. */
  taken?: boolean;
}

/** What is about to be booked: when, with whom, which services, how much. */
export function BookingRecap(props: BookingRecapProps) {
  const { services, start, practitionerName, pendingHoldMinutes, taken = false } = props;
  const { t } = useTranslation();
  const deposit = services.reduce((sum, s) => sum + s.depositCents, 0);
  return (
    <Card component="section" aria-labelledby="booking-recap-title" sx={{ bgcolor: 'background.paper' }}>
      <CardContent sx={{ p: { xs: 2.5, md: 3 } }}>
        <Typography id="booking-recap-title" variant="overline" component="h3" color="primary">
          {t('contactStep.recapTitle')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', mt: 1 }}>
          <EventOutlined color="primary" aria-hidden sx={{ mt: 0.25 }} />
          <Box>
            {taken ? (
              <Chip size="small" color="warning" label={t('contactStep.taken')} sx={{ mb: 0.5 }} />
            ) : null}
            <Typography
              sx={{
                fontWeight: 600,
                textDecoration: taken ? 'line-through' : 'none',
                opacity: taken ? 0.6 : 1,
              }}
            >
              {capitalize(formatLongDate(start))}
            </Typography>
            <Typography
              sx={{
                fontSize: '1.35rem',
                fontWeight: 600,
                color: 'primary.dark',
                lineHeight: 1.3,
                textDecoration: taken ? 'line-through' : 'none',
                opacity: taken ? 0.6 : 1,
              }}
            >
              {formatTime(start)}
            </Typography>
          </Box>
        </Box>
        {practitionerName ? (
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mt: 1.5 }}>
            <PersonOutlined color="primary" aria-hidden />
            <Typography>{t('booking.withPractitioner', { name: practitionerName })}</Typography>
          </Box>
        ) : null}
        <Box sx={{ mt: 2 }}>
          <ServiceLines lines={services.map((s) => ({ ...s }))} />
        </Box>
        {deposit > 0 ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('contactStep.depositNotice', { amount: formatPrice(deposit), minutes: pendingHoldMinutes })}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
