import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CancelBookingDocument,
  CompleteBookingDocument,
  ConfirmBookingDocument,
  MarkNoShowDocument,
} from '../../../gql/graphql';
import { formatTime } from '@serenaia/shared/paris-time';
import type { AgendaBooking } from '../data/agenda-state';
import { availableActions } from './booking-details';
import { DetailsSection as Section } from './DetailsSection';

export interface BookingActionsProps {
  booking: AgendaBooking;
  now: number;
  /** The client's name and the booking's time, for the cancel dialog. */
  name: string;
  when: string;
  onChanged: (booking: AgendaBooking, message: string) => void;
  onFailed: (error: CombinedError | undefined) => void;
  onBeforeChange: (bookingId: string) => void;
}

/** Confirm, complete, no-show, cancel (with a reason): what the status allows now. */
export function BookingActions({
  booking,
  now,
  name,
  when,
  onChanged,
  onFailed,
  onBeforeChange,
}: BookingActionsProps) {
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
    <>
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
    </>
  );
}
