import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RescheduleBookingByTokenDocument, type ManagedBookingFragment } from '../../gql/graphql';
import { formatDateTime } from '@serenaia/shared/format';
import { errorMessage, slotConflict, type SlotAlternative } from '@serenaia/shared/graphql-errors';
import { dateKeyOf, monthKeyOf } from '@serenaia/shared/paris-time';
import { ConflictAlternatives, SlotPicker } from '../../shared/booking-ui';

export interface ReschedulePanelProps {
  token: string;
  booking: ManagedBookingFragment;
  horizonDays: number;
  phone: string | null;
  onClose: () => void;
  onMoved: (booking: ManagedBookingFragment) => void;
}

/** "Déplacer": the same calendar as the booking flow, for the same services and practitioner. */
export function ReschedulePanel({
  token,
  booking,
  horizonDays,
  phone,
  onClose,
  onMoved,
}: ReschedulePanelProps) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => {
    const current = monthKeyOf(Date.now());
    const booked = monthKeyOf(booking.start);
    return booked > current ? booked : current;
  });
  const [day, setDay] = useState<string | null>(null);
  const [candidate, setCandidate] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState<{ message: string; alternatives: SlotAlternative[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, reschedule] = useMutation(RescheduleBookingByTokenDocument);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const move = async (start: string) => {
    setFailure(null);
    const result = await reschedule({ input: { token, start } });
    setConfirming(false);
    if (result.data) {
      setConflict(null);
      onMoved(result.data.rescheduleBookingByToken);
      return;
    }
    if (result.error === undefined) return;
    const taken = slotConflict(result.error);
    if (taken !== null) {
      setConflict(taken);
      return;
    }
    setFailure(
      errorMessage(result.error, {
        network: t('booking.networkError'),
        unexpected: t('booking.unexpectedError'),
      }),
    );
  };

  const practitioner = booking.items[0]?.practitionerName ?? '';
  return (
    <Card component="section" aria-labelledby="reschedule-title" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, md: 3 } }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 2 }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography
              id="reschedule-title"
              ref={heading}
              tabIndex={-1}
              variant="h6"
              component="h2"
              sx={{ outline: 'none' }}
            >
              {t('manage.rescheduleTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('manage.rescheduleHint', { name: practitioner })}
            </Typography>
          </Box>
          <IconButton
            onClick={onClose}
            disabled={fetching}
            aria-label={t('manage.rescheduleClose')}
            sx={{ mt: -0.5 }}
          >
            <Close />
          </IconButton>
        </Box>
        {conflict !== null ? (
          <ConflictAlternatives
            message={conflict.message}
            alternatives={conflict.alternatives}
            busy={fetching}
            onChoose={(alternative) => {
              setDay(dateKeyOf(alternative.start));
              setMonth(monthKeyOf(alternative.start));
              void move(alternative.start);
            }}
            onPickAnother={() => setConflict(null)}
          />
        ) : null}
        <Box aria-live="assertive">
          {failure !== null ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {failure}
            </Alert>
          ) : null}
        </Box>
        <SlotPicker
          serviceIds={booking.serviceIds}
          practitionerId={booking.practitionerId}
          month={month}
          day={day}
          showPractitioner={false}
          stacked
          horizonDays={horizonDays}
          phone={phone}
          onMonthChange={(next) => {
            setMonth(next);
            setDay(null);
          }}
          onDayChange={setDay}
          onSelect={(slot) => {
            setCandidate(slot.start);
            setConfirming(true);
          }}
        />
      </CardContent>
      <Dialog
        open={confirming}
        onClose={fetching ? undefined : () => setConfirming(false)}
        aria-labelledby="reschedule-dialog-title"
        aria-describedby="reschedule-dialog-body"
        fullWidth
        maxWidth="xs"
      >
        <DialogTitle id="reschedule-dialog-title">{t('manage.rescheduleDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="reschedule-dialog-body">
            {candidate !== null
              ? t('manage.rescheduleDialog.body', { date: formatDateTime(candidate) })
              : null}
          </DialogContentText>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={() => setConfirming(false)} disabled={fetching}>
            {t('manage.rescheduleDialog.keep')}
          </Button>
          <Button
            variant="contained"
            onClick={() => candidate !== null && void move(candidate)}
            disabled={fetching}
          >
            {t('manage.rescheduleDialog.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
