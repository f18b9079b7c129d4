import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize } from '@serenaia/shared/format';
import { formatDay, formatTime, localDateOf } from '@serenaia/shared/paris-time';
import type { AgendaBlock, AgendaBooking, AgendaPractitioner } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { BlockSlotForm } from './BlockSlotForm';
import { CreateBookingForm } from './CreateBookingForm';

export interface CreateDialogProps {
  /** Open with these defaults (from the clicked slot), closed when null. */
  slot: { practitionerId: string; start: number } | null;
  practitioners: readonly AgendaPractitioner[];
  cabins: readonly Cabin[];
  fullScreen: boolean;
  run: <T>(work: () => Promise<T>, idOf: (result: T) => string | undefined) => Promise<T>;
  onCreated: (booking: AgendaBooking) => void;
  onBlocked: (block: AgendaBlock) => void;
  onClose: () => void;
}

/** Click on a free time: book it for a client, or block it. */
export function CreateDialog({ slot, fullScreen, onClose, ...props }: CreateDialogProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'booking' | 'block'>('booking');
  const [submitting, setSubmitting] = useState(false);
  const id = useId();
  const titleId = `${id}-title`;
  const formId = `${id}-${tab}`;
  const practitioner = props.practitioners.find((p) => p.id === slot?.practitionerId);

  return (
    <Dialog
      open={slot !== null}
      onClose={submitting ? undefined : onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      slotProps={{ transition: { onExited: () => setTab('booking') } }}
    >
      <DialogTitle id={titleId} sx={{ pb: 0 }}>
        {tab === 'booking' ? t('agenda.newBooking') : t('agenda.create.blockTab')}
        {slot ? (
          <Typography
            component="span"
            variant="body2"
            color="text.secondary"
            sx={{ display: 'block', mt: 0.25 }}
          >
            {capitalize(formatDay(localDateOf(slot.start)))} · {formatTime(slot.start)}
            {practitioner ? ` · ${practitioner.displayName}` : ''}
          </Typography>
        ) : null}
      </DialogTitle>
      <Box sx={{ px: 3, borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_, value: 'booking' | 'block') => setTab(value)}>
          <Tab value="booking" label={t('agenda.create.bookingTab')} />
          <Tab value="block" label={t('agenda.create.blockTab')} />
        </Tabs>
      </Box>
      <DialogContent>
        {slot !== null && tab === 'booking' ? (
          <CreateBookingForm formId={formId} initial={slot} onSubmittingChange={setSubmitting} {...props} />
        ) : null}
        {slot !== null && tab === 'block' ? (
          <BlockSlotForm formId={formId} initial={slot} onSubmittingChange={setSubmitting} {...props} />
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={submitting} color="inherit">
          {t('agenda.create.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" disabled={submitting}>
          {tab === 'booking' ? t('agenda.create.submitBooking') : t('agenda.create.submitBlock')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
