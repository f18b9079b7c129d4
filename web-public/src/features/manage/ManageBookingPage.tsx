import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { BookingByTokenDocument, type BookingStatus, type ManagedBookingFragment } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { capitalize, formatDateTime, formatPrice, formatTime, phoneHref } from '@serenaia/shared/format';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import { bookingPath, SitePage, useSiteSettings, type SiteInstitute } from '../../shared/site';
import { ServiceLines } from '../../shared/booking-ui';
import { DepositPayment } from '../../shared/deposit';
import { CancelBookingDialog } from './CancelBookingDialog';
import { LoyaltyCardPanel } from './LoyaltyCardPanel';
import { ReschedulePanel } from './ReschedulePanel';

const DEFAULT_HORIZON_DAYS = 90;

const STATUS_COLORS: Record<BookingStatus, 'success' | 'warning' | 'default' | 'error'> = {
  CONFIRMED: 'success',
  PENDING: 'warning',
  CANCELLED: 'default',
  COMPLETED: 'default',
  NO_SHOW: 'error',
};

function PhoneLink({ phone }: { phone: string | null | undefined }) {
  if (!phone) return null;
  return (
    <Link href={phoneHref(phone)} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
      {phone}
    </Link>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '120px 1fr' },
        gap: { xs: 0, sm: 2 },
        py: 1,
      }}
    >
      <Typography variant="body2" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 500 }}>
        {children}
      </Typography>
    </Box>
  );
}

function InvalidLink({ message, institute }: { message: string; institute: SiteInstitute | null }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ textAlign: 'center' }}>
      <LinkOffOutlined color="primary" sx={{ fontSize: 56, mb: 1 }} aria-hidden />
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        {t('manage.notFoundTitle')}
      </Typography>
      <Typography role="alert" sx={{ mb: 1, fontWeight: 500 }}>
        {message}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('manage.notFoundBody')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'center' }}>
        {institute?.phone ? (
          <Button variant="contained" href={phoneHref(institute.phone)} startIcon={<PhoneOutlined />}>
            {t('manage.callInstitute')} · {institute.phone}
          </Button>
        ) : null}
        <Button component={RouterLink} to="/" variant="outlined">
          {t('manage.home')}
        </Button>
      </Stack>
    </Box>
  );
}

function BookingDetails({
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
            <Row label={t('manage.when')}>
              <Box component="span" sx={{ textDecoration: cancelled ? 'line-through' : 'none' }}>
                {capitalize(formatDateTime(booking.start))}
              </Box>
            </Row>
            {practitioner ? <Row label={t('manage.with')}>{practitioner}</Row> : null}
            {paidCents !== null && !cancelled ? (
              <Row label={t('deposit.paidRow')}>{formatPrice(paidCents)}</Row>
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

/** `/rendez-vous/:token`: the client's booking, and — until the deadline — moving or cancelling it. */
export function ManageBookingPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { institute, booking: policy } = useSiteSettings();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: BookingByTokenDocument,
    variables: { token },
    requestPolicy: 'cache-and-network',
  });
  const [latest, setLatest] = useState<{ booking: ManagedBookingFragment; notice: string } | null>(null);
  /** Paid on this page: what the server said was paid once the booking was confirmed. */
  const [paid, setPaid] = useState<number | null>(null);
  const [paidNotice, setPaidNotice] = useState<string | null>(null);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const loaded = latest?.booking ?? data?.bookingByToken;
  // Paid here, the booking is confirmed even before the refreshed view says so.
  const booking =
    loaded && paid !== null && loaded.status === 'PENDING'
      ? { ...loaded, status: 'CONFIRMED' as const, holdExpiresAt: null }
      : loaded;
  const code = errorCode(error);
  const onDepositPaid = useCallback(
    (cents: number) => {
      setPaid(cents);
      setLatest(null);
      setPaidNotice(
        cents > 0 ? t('deposit.confirmedNow', { amount: formatPrice(cents) }) : t('deposit.confirmed'),
      );
      reexecute({ requestPolicy: 'network-only' });
      // Stripe's return parameters have done their job.
      if (search.has('redirect_status')) void navigate({ search: '' }, { replace: true });
      window.scrollTo?.({ top: 0 });
    },
    [t, reexecute, search, navigate],
  );
  const redirectStatus = search.get('redirect_status');
  const paymentResume =
    redirectStatus === 'succeeded' || redirectStatus === 'processing'
      ? 'succeeded'
      : redirectStatus === 'failed'
        ? 'failed'
        : null;
  // The server's word once the view is refreshed; until then, what the payment's confirmation said.
  const paidCents =
    booking && booking.depositPaidCents > 0
      ? booking.depositPaidCents
      : paid !== null && paid > 0
        ? paid
        : null;

  let content;
  if (booking) {
    content = (
      <>
        <Box role="status" aria-live="polite">
          {(latest?.notice ?? paidNotice) !== null ? (
            <Alert severity="success" sx={{ mb: 3 }}>
              {latest?.notice ?? paidNotice}
            </Alert>
          ) : null}
        </Box>
        <BookingDetails
          token={token}
          booking={booking}
          institute={institute}
          horizonDays={policy?.bookingHorizonDays ?? DEFAULT_HORIZON_DAYS}
          paidCents={paidCents}
          paymentResume={paymentResume}
          onDepositPaid={onDepositPaid}
          onChanged={(updated, notice) => {
            setLatest({ booking: updated, notice });
            window.scrollTo?.({ top: 0 });
          }}
        />
        {data?.bookingByToken.loyalty ? <LoyaltyCardPanel card={data.bookingByToken.loyalty} /> : null}
      </>
    );
  } else if (error && !fetching && (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')) {
    content = (
      <InvalidLink
        message={errorMessage(error, { network: t('manage.error'), unexpected: t('manage.error') })}
        institute={institute}
      />
    );
  } else if (error && !fetching) {
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('manage.retry')}
          </Button>
        }
      >
        {errorMessage(error, { network: t('booking.networkError'), unexpected: t('manage.error') })}
        {institute?.phone ? (
          <Box sx={{ mt: 1 }}>
            {t('manage.callUs')} <PhoneLink phone={institute.phone} />.
          </Box>
        ) : null}
      </Alert>
    );
  } else {
    content = (
      <Box role="status" aria-live="polite">
        <Typography sx={visuallyHidden}>{t('manage.loading')}</Typography>
        <Skeleton variant="text" width={140} />
        <Skeleton variant="text" sx={{ fontSize: '2.5rem', mb: 2 }} width="70%" />
        <Skeleton variant="rounded" height={220} />
      </Box>
    );
  }

  return (
    <SitePage title={t('manage.pageTitle')}>
      <Container maxWidth="sm" sx={{ py: { xs: 4, md: 7 } }}>
        {content}
      </Container>
    </SitePage>
  );
}
