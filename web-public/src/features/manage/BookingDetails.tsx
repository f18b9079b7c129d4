import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { type BookingStatus, type ManagedBookingFragment } from '../../gql/graphql';
import { capitalize, formatDateTime, formatPrice, formatTime, phoneHref } from '@serenaia/shared/format';
import { bookingPath, type SiteInstitute } from '../../shared/site';
import { DetailRow } from '../../shared/booking-ui/DetailRow';
import { ServiceLines } from '../../shared/booking-ui';
import { DepositPayment } from '../../shared/deposit';
import { CancelBookingDialog } from './CancelBookingDialog';
import { ReschedulePanel } from './ReschedulePanel';

const STATUS_COLORS: Record<BookingStatus, 'success' | 'warning' | 'default' | 'error'> = {
  CONFIRMED: 'success',
  PENDING: 'warning',
  CANCELLED: 'default',
  COMPLETED: 'default',
  NO_SHOW: 'error',
};

/**
 * The booking behind a manage link: status, deposit to pay, when and with whom, the services, and —
 * until the deadline — moving or cancelling it (or why it can no longer be changed).
 */
export function BookingDetails({
  token,
  booking,
  institute,
  horizonDays,
  paidCents,
  paymentResume,
  onChanged,
  onDepositPaid,
}: {
  token: string;
  booking: ManagedBookingFragment;
  institute: SiteInstitute | null;
  horizonDays: number;
  /** The deposit paid online and kept, when there is one. */
  paidCents: number | null;
  /** Back from a payment provider's redirect. */
  paymentResume: 'succeeded' | 'failed' | null;
  onChanged: (booking: ManagedBookingFragment, notice: string) => void;
  onDepositPaid: (paidCents: number) => void;
}) {
  const { t } = useTranslation();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const practitioner = booking.items[0]?.practitionerName ?? '';
  const cancelled = booking.status === 'CANCELLED';
  const pending = booking.status === 'PENDING' && booking.depositCents > 0;
  const open = booking.status === 'PENDING' || booking.status === 'CONFIRMED';

  return (
    <>
      <Box sx={{ mb: 3 }}>
        <Typography variant="overline" component="p" color="primary">
          {t('manage.reference', { reference: booking.reference })}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.5rem' } }}>
            {t('manage.title')}
          </Typography>
          <Chip
            label={t(`manage.status.${booking.status}`)}
            color={STATUS_COLORS[booking.status]}
            variant={cancelled ? 'outlined' : 'filled'}
          />
        </Box>
        {booking.clientFirstName ? (
          <Typography color="text.secondary">
            {t('manage.hello', { name: booking.clientFirstName })}
          </Typography>
        ) : null}
      </Box>

      {cancelled ? (
        <Alert severity="info" icon={<EventBusyOutlined />} sx={{ mb: 3 }}>
          <AlertTitle>{t('manage.cancelledTitle')}</AlertTitle>
          {t('manage.cancelledBody')}
          <Box sx={{ mt: 1.5 }}>
            <Button
              component={RouterLink}
              to={bookingPath({ serviceIds: booking.serviceIds })}
              variant="contained"
              size="small"
            >
              {t('manage.bookAgain')}
            </Button>
          </Box>
        </Alert>
      ) : null}

      {pending ? (
        <DepositPayment
          token={token}
          depositCents={booking.depositCents}
          totalCents={booking.totalCents}
          holdExpiresAt={booking.holdExpiresAt ?? null}
          rebookPath={bookingPath({ serviceIds: booking.serviceIds })}
          institutePhone={institute?.phone}
          autoStart={false}
          resume={paymentResume}
          onConfirmed={onDepositPaid}
        />
      ) : null}

      <Card sx={{ mb: 3, opacity: cancelled ? 0.75 : 1 }}>
        <CardContent sx={{ p: { xs: 2.5, md: 3.5 } }}>
          <Box component="dl" sx={{ m: 0 }}>
            <DetailRow label={t('manage.when')}>
              <Box component="span" sx={{ textDecoration: cancelled ? 'line-through' : 'none' }}>
                {capitalize(formatDateTime(booking.start))}
              </Box>
            </DetailRow>
            {practitioner ? <DetailRow label={t('manage.with')}>{practitioner}</DetailRow> : null}
            {paidCents !== null && !cancelled ? (
              <DetailRow label={t('deposit.paidRow')}>{formatPrice(paidCents)}</DetailRow>
            ) : null}
          </Box>
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="body2" color="text.secondary" component="h2" sx={{ mb: 0.5 }}>
            {t('manage.services')}
          </Typography>
          <ServiceLines
            lines={booking.items.map((item) => ({
              name: item.serviceName,
              priceCents: item.priceCents,
              detail: `${formatTime(item.start)} – ${formatTime(item.end)}`,
            }))}
            totalCents={booking.totalCents}
          />
        </CardContent>
      </Card>

      {open && booking.canChange ? (
        <>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('manage.deadline', { date: formatDateTime(booking.changeDeadline) })}
          </Typography>
          {rescheduling ? (
            <ReschedulePanel
              token={token}
              booking={booking}
              horizonDays={horizonDays}
              phone={institute?.phone ?? null}
              onClose={() => {
                setRescheduling(false);
                rescheduleButton.current?.focus();
              }}
              onMoved={(moved) => {
                setRescheduling(false);
                onChanged(moved, t('manage.movedNow', { date: formatDateTime(moved.start) }));
              }}
            />
          ) : (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 3 }}>
              <Button ref={rescheduleButton} variant="contained" onClick={() => setRescheduling(true)}>
                {t('manage.reschedule')}
              </Button>
              <Button variant="outlined" color="error" onClick={() => setCancelOpen(true)}>
                {t('manage.cancel')}
              </Button>
            </Stack>
          )}
          <CancelBookingDialog
            open={cancelOpen}
            token={token}
            booking={booking}
            onClose={() => setCancelOpen(false)}
            onCancelled={(updated) => {
              setCancelOpen(false);
              onChanged(updated, t('manage.cancelledNow'));
            }}
          />
        </>
      ) : null}

      {!cancelled && !booking.canChange ? (
        <Alert severity="info" sx={{ mb: 3 }}>
          {booking.changeRefusal ?? t('manage.cannotChange')}
          {institute?.phone ? (
            <Box sx={{ mt: 1.5 }}>
              <Button
                href={phoneHref(institute.phone)}
                variant="outlined"
                size="small"
                startIcon={<PhoneOutlined />}
              >
                {institute.phone}
              </Button>
            </Box>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
