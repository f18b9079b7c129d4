import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { CombinedError } from '@urql/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize } from '@serenaia/shared/format';
import { formatDay, formatTime, formatTimeRange, localDateOf } from '@serenaia/shared/paris-time';
import { useBookingSections } from '../../../shared/booking-sections';
import { clientName, type AgendaBooking } from '../data/agenda-state';
import { BookingActions } from './BookingActions';
import { BookingClientSection } from './BookingClientSection';
import { BookingServicesSection } from './BookingServicesSection';
import { STATUS_COLORS } from './booking-details';
import { DetailsSection as Section } from './DetailsSection';

export { availableActions, displayPhone, STATUS_COLORS } from './booking-details';

export interface BookingDetailsProps {
  booking: AgendaBooking;
  now: number;
  onChanged: (booking: AgendaBooking, message: string) => void;
  onFailed: (error: CombinedError | undefined) => void;
  onBeforeChange: (bookingId: string) => void;
  /** A success message from the payment section (recorded, refunded). */
  onNotify?: (message: string) => void;
}

/** Everything about a booking, and what can be done with it now. */
export function BookingDetails({
  booking,
  now,
  onChanged,
  onFailed,
  onBeforeChange,
  onNotify = () => undefined,
}: BookingDetailsProps) {
  const { t } = useTranslation();
  const name = clientName(booking.client);
  const day = capitalize(formatDay(localDateOf(booking.start)));
  const when = `${day}, ${formatTimeRange(booking.start, booking.end)}`;
  const colors = STATUS_COLORS[booking.status];
  const sections = useBookingSections();

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Chip
          label={t(`agenda.status.${booking.status}`)}
          size="small"
          sx={{ fontWeight: 700, color: colors.fg, bgcolor: colors.bg }}
        />
        <Chip label={t(`agenda.source.${booking.source}`)} size="small" variant="outlined" />
      </Box>

      <BookingClientSection booking={booking} />
      <Divider />

      <Section title={t('agenda.details.when')}>
        <Typography>{when}</Typography>
        {booking.status === 'PENDING' && booking.holdExpiresAt ? (
          <Typography variant="body2" sx={{ color: STATUS_COLORS.PENDING.fg, mt: 0.5 }}>
            {t('agenda.details.holdUntil', { time: formatTime(booking.holdExpiresAt) })}
          </Typography>
        ) : null}
      </Section>
      <Divider />

      <BookingServicesSection booking={booking} />

      {sections.map(({ key, titleKey, Component }) => (
        <Fragment key={key}>
          <Divider />
          <Section title={t(titleKey)}>
            <Component bookingId={booking.id} status={booking.status} onNotify={onNotify} />
          </Section>
        </Fragment>
      ))}

      {booking.clientNote ? (
        <>
          <Divider />
          <Section title={t('agenda.details.note')}>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{booking.clientNote}</Typography>
          </Section>
        </>
      ) : null}
      <Divider />

      <Section title={t('agenda.details.origin')}>
        <Typography variant="body2">
          {t(`agenda.source.${booking.source}`)} ·{' '}
          {t('agenda.details.createdAt', {
            date: formatDay(localDateOf(booking.createdAt), { year: undefined }),
            time: formatTime(booking.createdAt),
          })}
        </Typography>
        {booking.status === 'CANCELLED' && booking.cancelledAt ? (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t('agenda.details.cancelled', {
              by: booking.cancelledBy ? t(`agenda.cancelledBy.${booking.cancelledBy}`) : '',
              date: formatDay(localDateOf(booking.cancelledAt), { year: undefined }),
              time: formatTime(booking.cancelledAt),
            }).replace('  ', ' ')}
            {booking.cancelReason
              ? ` — ${t('agenda.details.cancelReason', { reason: booking.cancelReason })}`
              : ''}
          </Typography>
        ) : null}
      </Section>

      <BookingActions
        booking={booking}
        now={now}
        name={name}
        when={when}
        onChanged={onChanged}
        onFailed={onFailed}
        onBeforeChange={onBeforeChange}
      />
    </Box>
  );
}
