import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import HourglassTopOutlined from '@mui/icons-material/HourglassTopOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import {
  addressLines,
  capitalize,
  formatDateTime,
  formatPrice,
  formatTime,
  phoneHref,
} from '@serenaia/shared/format';
import { buildIcs, downloadFile } from '../../shared/ics';
import { BOOKING_PATH, bookingPath, SitePage, useSiteSettings, type SiteInstitute } from '../../shared/site';
import { DepositPayment } from '../../shared/deposit';
import { ManageLink } from './ManageLink';
import { EMPTY_STATE, serializeBookingState } from './booking-url';
import { clearConfirmation, readConfirmation } from './confirmation-store';
import { DetailRow } from '../../shared/booking-ui/DetailRow';
import { ServiceLines } from '../../shared/booking-ui/ServiceLines';
import type { CreatedBooking } from './types';

type Booking = CreatedBooking['booking'];

/** The .ics of the appointment: in UTC, at the institute's address. */
export function bookingIcs(booking: Booking, institute: SiteInstitute, now: Date): string {
  const practitioner = booking.items[0]?.practitionerName ?? '';
  const services = booking.items.map((item) => item.serviceName).join(' + ');
  const description = [
    `Référence ${booking.reference}`,
    practitioner ? `Avec ${practitioner}` : null,
    institute.phone ? `Pour toute question : ${institute.phone}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return buildIcs({
    uid: `${booking.reference}@serenaia`,
    start: booking.start,
    end: booking.end,
    summary: `${services} · ${institute.name}`,
    location: [institute.name, ...addressLines(institute)].join(', '),
    description,
    status: booking.status === 'PENDING' ? 'TENTATIVE' : 'CONFIRMED',
    now,
  });
}

/** Where to choose another time for the same services, once the held slot is lost. */
function rebookPath(booking: Booking): string {
  const serviceIds = [...new Set(booking.items.map((item) => item.serviceId).filter(Boolean))];
  return `${BOOKING_PATH}?${serializeBookingState({ ...EMPTY_STATE, step: 'date', serviceIds, practitionerId: null })}`;
}

function Confirmation({ created, institute }: { created: CreatedBooking; institute: SiteInstitute | null }) {
  const { t } = useTranslation();
  const { manageToken } = created;
  // Paid here: the booking is confirmed, with what the server says was paid (`depositPaidCents`).
  const [paidCents, setPaidCents] = useState<number | null>(null);
  const booking: Booking =
    paidCents === null ? created.booking : { ...created.booking, status: 'CONFIRMED', holdExpiresAt: null };
  const paid = paidCents !== null && paidCents > 0 ? paidCents : null;
  const pending = booking.status === 'PENDING' && booking.depositCents > 0;
  const practitioner = booking.items[0]?.practitionerName ?? '';
  const onConfirmed = useCallback((cents: number) => {
    setPaidCents(cents);
    window.scrollTo?.({ top: 0 });
  }, []);
  return (
    <>
      <Box sx={{ textAlign: 'center', mb: { xs: 3, md: 4 } }}>
        {pending ? (
          <HourglassTopOutlined color="warning" sx={{ fontSize: 56 }} aria-hidden />
        ) : (
          <CheckCircleOutlined color="success" sx={{ fontSize: 56 }} aria-hidden />
        )}
        <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.5rem' }, mt: 1, mb: 1 }}>
          {pending ? t('confirmation.titlePending') : t('confirmation.title')}
        </Typography>
        <Typography color="text.secondary">
          {pending && manageToken ? t('deposit.lastStep') : t('confirmation.thanks')}
        </Typography>
      </Box>

      {paid !== null ? (
        <Alert severity="success" sx={{ mb: 3 }}>
          <AlertTitle sx={{ mb: 0 }}>{t('deposit.paid', { amount: formatPrice(paid) })}</AlertTitle>
          {booking.totalCents > paid
            ? t('deposit.paidRest', { amount: formatPrice(booking.totalCents - paid) })
            : null}
        </Alert>
      ) : null}

      {pending && manageToken ? (
        <DepositPayment
          token={manageToken}
          depositCents={booking.depositCents}
          totalCents={booking.totalCents}
          holdExpiresAt={booking.holdExpiresAt ?? null}
          rebookPath={rebookPath(booking)}
          institutePhone={institute?.phone}
          onConfirmed={onConfirmed}
        />
      ) : pending ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          <AlertTitle>
            {t('confirmation.pendingTitle', { amount: formatPrice(booking.depositCents) })}
          </AlertTitle>
          {t('confirmation.pendingBody', {
            until: booking.holdExpiresAt ? formatDateTime(booking.holdExpiresAt) : '',
            amount: formatPrice(booking.depositCents),
          })}
          {institute?.phone ? (
            <>
              {' '}
              {t('confirmation.pendingContact')}{' '}
              <Link href={phoneHref(institute.phone)} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {institute.phone}
              </Link>
              .
            </>
          ) : null}
        </Alert>
      ) : null}

      <Card sx={{ mb: 3 }}>
        <CardContent sx={{ p: { xs: 2.5, md: 3.5 } }}>
          <Box component="dl" sx={{ m: 0 }}>
            <DetailRow labelWidth={140} label={t('confirmation.reference')}>
              <Box component="span" sx={{ fontSize: '1.25rem', fontWeight: 700, letterSpacing: '0.12em' }}>
                {booking.reference}
              </Box>
            </DetailRow>
            <DetailRow labelWidth={140} label={t('confirmation.when')}>
              {capitalize(formatDateTime(booking.start))}
            </DetailRow>
            {practitioner ? (
              <DetailRow labelWidth={140} label={t('confirmation.with')}>
                {practitioner}
              </DetailRow>
            ) : null}
            {paid !== null ? (
              <DetailRow labelWidth={140} label={t('deposit.paidRow')}>
                {formatPrice(paid)}
              </DetailRow>
            ) : null}
          </Box>
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="body2" color="text.secondary" component="h2" sx={{ mb: 0.5 }}>
            {t('confirmation.services')}
          </Typography>
          <ServiceLines
            lines={booking.items.map((item) => ({
              name: item.serviceName,
              durationMinutes: item.durationMinutes,
              priceCents: item.priceCents,
              detail: `${formatTime(item.start)} – ${formatTime(item.end)}`,
            }))}
            totalCents={booking.totalCents}
          />
          <Button
            variant="outlined"
            startIcon={<EventAvailableOutlined />}
            disabled={institute === null}
            onClick={() =>
              institute !== null &&
              downloadFile(bookingIcs(booking, institute, new Date()), `rendez-vous-${booking.reference}.ics`)
            }
            sx={{ mt: 2.5 }}
          >
            {t('confirmation.addToCalendar')}
          </Button>
        </CardContent>
      </Card>

      {manageToken ? (
        <Card sx={{ mb: 3 }}>
          <CardContent sx={{ p: { xs: 2.5, md: 3.5 } }}>
            <ManageLink token={manageToken} />
          </CardContent>
        </Card>
      ) : null}

      <Box sx={{ textAlign: 'center' }}>
        <Button component={RouterLink} to="/">
          {t('confirmation.home')}
        </Button>
      </Box>
    </>
  );
}

/** `/reserver/confirmation`: what was booked, the deposit to come, the .ics and the manage link. */
export function ConfirmationPage() {
  const { t } = useTranslation();
  const { institute } = useSiteSettings();
  // Read once; the stored copy (with its manage token) goes as soon as it is on screen.
  const [created] = useState(readConfirmation);
  useEffect(() => clearConfirmation(), []);
  return (
    <SitePage title={t('confirmation.pageTitle')}>
      <Container maxWidth="sm" sx={{ py: { xs: 4, md: 7 } }}>
        {created ? (
          <Confirmation created={created} institute={institute} />
        ) : (
          <Box sx={{ textAlign: 'center' }}>
            <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
              {t('confirmation.missingTitle')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 3 }}>
              {t('confirmation.missingBody')}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'center' }}>
              <Button component={RouterLink} to={bookingPath()} variant="contained">
                {t('confirmation.bookAgain')}
              </Button>
              {institute?.phone ? (
                <Button href={phoneHref(institute.phone)} variant="outlined">
                  {institute.phone}
                </Button>
              ) : null}
            </Stack>
          </Box>
        )}
      </Container>
    </SitePage>
  );
}
