import EmailOutlined from '@mui/icons-material/EmailOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { phoneHref } from '@serenaia/shared/format';
import { clientName, type AgendaBooking } from '../data/agenda-state';
import { clientFilePath, displayPhone } from './booking-details';
import { BeautyWarning } from './BeautyWarning';
import { DetailsSection } from './DetailsSection';

/** Who the booking is for: the name opens the client file; call, write; a health warning; a possible duplicate. */
export function BookingClientSection({ booking }: { booking: AgendaBooking }) {
  const { t } = useTranslation();
  const { client } = booking;
  const name = clientName(client);
  return (
    <DetailsSection title={t('agenda.details.client')}>
      <Typography variant="h6" component="p" sx={{ fontFamily: 'inherit', fontWeight: 600 }}>
        <Link
          component={RouterLink}
          to={clientFilePath(client.id)}
          underline="hover"
          color="inherit"
          aria-label={t('agendaViews.openClient', { name })}
          data-testid="booking-client-link"
        >
          {name}
        </Link>
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
        {client.phone ? (
          <Link
            href={phoneHref(client.phone)}
            aria-label={t('agenda.details.call', { phone: displayPhone(client.phone) })}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
          >
            <PhoneOutlined fontSize="small" aria-hidden />
            {displayPhone(client.phone)}
          </Link>
        ) : null}
        {client.email ? (
          <Link
            href={`mailto:${client.email}`}
            aria-label={t('agenda.details.write', { email: client.email })}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, wordBreak: 'break-all' }}
          >
            <EmailOutlined fontSize="small" aria-hidden />
            {client.email}
          </Link>
        ) : null}
        {!client.phone && !client.email ? (
          <Typography variant="body2" color="text.secondary">
            {t('agenda.details.noContact')}
          </Typography>
        ) : null}
      </Box>
      <BeautyWarning clientId={client.id} />
      {booking.possibleDuplicate && booking.contactEmail ? (
        <Alert severity="warning" sx={{ mt: 1.5, wordBreak: 'break-word' }}>
          <AlertTitle>{t('agenda.details.duplicateTitle')}</AlertTitle>
          {t('agenda.details.duplicateText', { email: booking.contactEmail })}
        </Alert>
      ) : null}
    </DetailsSection>
  );
}
