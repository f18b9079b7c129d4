import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { BookingByTokenDocument, type ManagedBookingFragment } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { formatPrice, phoneHref } from '@serenaia/shared/format';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import { SitePage, useSiteSettings } from '../../shared/site';
import { LoyaltyCardPanel } from './LoyaltyCardPanel';
import { BookingDetails } from './BookingDetails';
import { InvalidLink } from './InvalidLink';

const DEFAULT_HORIZON_DAYS = 90;

function PhoneLink({ phone }: { phone: string | null | undefined }) {
  if (!phone) return null;
  return (
    <Link href={phoneHref(phone)} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
      {phone}
    </Link>
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
