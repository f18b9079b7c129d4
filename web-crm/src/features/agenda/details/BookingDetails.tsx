import EmailOutlined from '@mui/icons-material/EmailOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { CombinedError } from '@urql/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelBookingDocument,
  CompleteBookingDocument,
  ConfirmBookingDocument,
  MarkNoShowDocument,
  type BookingStatus,
} from '../../../gql/graphql';
import { capitalize, formatEuros, phoneHref } from '@serenaia/shared/format';
import { formatDay, formatTime, formatTimeRange, localDateOf, toMillis } from '@serenaia/shared/paris-time';
import { BookingNotificationSection } from '../../notifications';
import { BookingPaymentSection } from '../../payments';
import { clientName, type AgendaBooking } from '../data/agenda-state';

export const STATUS_COLORS: Record<BookingStatus, { fg: string; bg: string }> = {
  PENDING: { fg: '#7a4b00', bg: '#fdeccb' },
  CONFIRMED: { fg: '#245c33', bg: '#e3f1e6' },
  COMPLETED: { fg: '#2f4f6b', bg: '#e1ebf4' },
  NO_SHOW: { fg: '#a12a2a', bg: '#fbe1e1' },
  CANCELLED: { fg: '#6b5d63', bg: '#ece6e8' },
};

/** "06 12 34 56 78" from "+33612345678"; other numbers as they are. */
export function displayPhone(phone: string): string {
  const match = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(phone);
  return match ? `0${match.slice(1).join(' ')}` : phone;
}

/** Actions valid for the status; outcomes only once the appointment has begun. */
export function availableActions(booking: Pick<AgendaBooking, 'status' | 'start'>, now: number) {
  const started = now >= toMillis(booking.start);
  return {
    confirm: booking.status === 'PENDING',
    cancel: booking.status === 'PENDING' || booking.status === 'CONFIRMED',
    outcomes: booking.status === 'CONFIRMED',
    started,
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ py: 1.5 }}>
      <Typography variant="overline" component="h3" color="text.secondary" sx={{ lineHeight: 1.6 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

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
  const [confirmState, confirm] = useMutation(ConfirmBookingDocument);
  const [cancelState, cancel] = useMutation(CancelBookingDocument);
  const [noShowState, noShow] = useMutation(MarkNoShowDocument);
  const [completeState, complete] = useMutation(CompleteBookingDocument);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const busy =
    confirmState.fetching || cancelState.fetching || noShowState.fetching || completeState.fetching;
  const actions = availableActions(booking, now);
  const name = clientName(booking.client);
  const day = capitalize(formatDay(localDateOf(booking.start)));
  const when = `${day}, ${formatTimeRange(booking.start, booking.end)}`;
  const colors = STATUS_COLORS[booking.status];

  const act = async <T,>(
    run: () => Promise<{ data?: T; error?: CombinedError }>,
    pick: (data: T) => AgendaBooking,
    message: string,
  ) => {
    onBeforeChange(booking.id);
    const result = await run();
    if (result.data) onChanged(pick(result.data), message);
    else onFailed(result.error);
  };

  const notStarted = t('agenda.details.notStarted', { time: formatTime(booking.start) });
  const outcomeButton = (label: string, onClick: () => void, color: 'error' | 'success') => {
    const button = (
      <Button
        variant="outlined"
        color={color}
        disabled={busy || !actions.started}
        onClick={onClick}
        sx={{ flex: { xs: '1 1 40%', sm: '0 0 auto' } }}
      >
        {label}
      </Button>
    );
    return actions.started ? (
      button
    ) : (
      <Tooltip title={notStarted} enterTouchDelay={0}>
        <Box
          component="span"
          tabIndex={0}
          aria-label={`${label} : ${notStarted}`}
          sx={{ display: 'inline-flex', flex: { xs: '1 1 40%', sm: '0 0 auto' } }}
        >
          {button}
        </Box>
      </Tooltip>
    );
  };

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

      <Section title={t('agenda.details.client')}>
        <Typography variant="h6" component="p" sx={{ fontFamily: 'inherit', fontWeight: 600 }}>
          {name}
        </Typography>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
          {booking.client.phone ? (
            <Link
              href={phoneHref(booking.client.phone)}
              aria-label={t('agenda.details.call', { phone: displayPhone(booking.client.phone) })}
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
            >
              <PhoneOutlined fontSize="small" aria-hidden />
              {displayPhone(booking.client.phone)}
            </Link>
          ) : null}
          {booking.client.email ? (
            <Link
              href={`mailto:${booking.client.email}`}
              aria-label={t('agenda.details.write', { email: booking.client.email })}
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, wordBreak: 'break-all' }}
            >
              <EmailOutlined fontSize="small" aria-hidden />
              {booking.client.email}
            </Link>
          ) : null}
          {!booking.client.phone && !booking.client.email ? (
            <Typography variant="body2" color="text.secondary">
              {t('agenda.details.noContact')}
            </Typography>
          ) : null}
        </Box>
        {booking.possibleDuplicate && booking.contactEmail ? (
          <Alert severity="warning" sx={{ mt: 1.5, wordBreak: 'break-word' }}>
            <AlertTitle>{t('agenda.details.duplicateTitle')}</AlertTitle>
            {t('agenda.details.duplicateText', { email: booking.contactEmail })}
          </Alert>
        ) : null}
      </Section>
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

      <Section title={t('agenda.details.services')}>
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
      </Section>

      <Divider />
      <Section title={t('payments.section.title')}>
        <BookingPaymentSection bookingId={booking.id} status={booking.status} onNotify={onNotify} />
      </Section>

      <Divider />
      <Section title={t('notifications.section.title')}>
        <BookingNotificationSection bookingId={booking.id} status={booking.status} onNotify={onNotify} />
      </Section>

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

      {actions.confirm || actions.cancel || actions.outcomes ? (
        <>
          <Divider />
          <Section title={t('agenda.details.actions')}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
              {actions.confirm ? (
                <Button
                  variant="contained"
                  disabled={busy}
                  onClick={() =>
                    void act(
                      () => confirm({ id: booking.id }),
                      (d) => d.confirmBooking,
                      t('agenda.details.confirmed'),
                    )
                  }
                >
                  {t('agenda.details.confirm')}
                </Button>
              ) : null}
              {actions.outcomes
                ? outcomeButton(
                    t('agenda.details.complete'),
                    () =>
                      void act(
                        () => complete({ id: booking.id }),
                        (d) => d.completeBooking,
                        t('agenda.details.completedDone'),
                      ),
                    'success',
                  )
                : null}
              {actions.outcomes
                ? outcomeButton(
                    t('agenda.details.noShow'),
                    () =>
                      void act(
                        () => noShow({ id: booking.id }),
                        (d) => d.markNoShow,
                        t('agenda.details.noShowDone'),
                      ),
                    'error',
                  )
                : null}
              {actions.cancel ? (
                <Button variant="outlined" color="error" disabled={busy} onClick={() => setCancelOpen(true)}>
                  {t('agenda.details.cancel')}
                </Button>
              ) : null}
            </Box>
            {actions.outcomes && !actions.started ? (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
                {notStarted}
              </Typography>
            ) : null}
          </Section>
        </>
      ) : null}

      <Dialog open={cancelOpen} onClose={() => setCancelOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{t('agenda.details.cancelDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {t('agenda.details.cancelDialog.body', { client: name, when })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            label={t('agenda.details.cancelDialog.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button color="inherit" onClick={() => setCancelOpen(false)}>
            {t('agenda.details.cancelDialog.keep')}
          </Button>
          <Button
            variant="contained"
            color="error"
            disabled={busy}
            onClick={() => {
              setCancelOpen(false);
              const trimmed = reason.trim();
              void act(
                () => cancel({ input: { id: booking.id, ...(trimmed === '' ? {} : { reason: trimmed }) } }),
                (d) => d.cancelBooking,
                t('agenda.details.cancelledDone'),
              );
            }}
          >
            {t('agenda.details.cancelDialog.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
