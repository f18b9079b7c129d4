import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@serenaia/shared/paris-time';
import { CreateDialog } from './create/CreateDialog';
import {
  clientName,
  type AgendaBlock,
  type AgendaBooking,
  type AgendaPractitioner,
} from './data/agenda-state';
import type { useAgendaDays } from './data/useAgendaDays';
import type { Cabin } from './data/useAgendaSettings';
import type { useOwnChanges } from './data/useOwnChanges';
import { SelectionDrawer } from './details/SelectionDrawer';

export interface AgendaDialogsProps {
  createAt: { practitionerId: string; start: number } | null;
  booking: AgendaBooking | undefined;
  block: AgendaBlock | undefined;
  open: boolean;
  now: number;
  phone: boolean;
  practitioners: AgendaPractitioner[];
  cabins: readonly Cabin[];
  agenda: Pick<ReturnType<typeof useAgendaDays>, 'applyBooking' | 'applyBlock' | 'dropBlock'>;
  own: Pick<ReturnType<typeof useOwnChanges>, 'creation' | 'markOwn'>;
  notify: (severity: 'success', message: string) => void;
  notifyError: (error: CombinedError | undefined) => void;
  onCloseCreate: () => void;
  onCloseSelection: () => void;
}

/** The new booking / block dialog and the drawer of the booking or block selected. */
export function AgendaDialogs({
  createAt,
  booking,
  block,
  open,
  now,
  phone,
  practitioners,
  cabins,
  agenda,
  own,
  notify,
  notifyError,
  onCloseCreate,
  onCloseSelection,
}: AgendaDialogsProps) {
  const { t } = useTranslation();
  return (
    <>
      <CreateDialog
        slot={createAt}
        practitioners={practitioners}
        cabins={cabins}
        fullScreen={phone}
        run={own.creation}
        onClose={() => onCloseCreate()}
        onCreated={(booking) => {
          onCloseCreate();
          agenda.applyBooking(booking);
          notify(
            'success',
            t('agenda.create.created', {
              client: clientName(booking.client),
              time: formatTime(booking.start),
            }),
          );
        }}
        onBlocked={(block) => {
          onCloseCreate();
          agenda.applyBlock(block);
          notify(
            'success',
            t('agenda.create.blocked', { from: formatTime(block.start), to: formatTime(block.end) }),
          );
        }}
      />

      <SelectionDrawer
        open={open}
        booking={booking}
        block={block}
        now={now}
        phone={phone}
        practitioners={practitioners}
        cabins={cabins}
        onBeforeChange={own.markOwn}
        onClose={() => onCloseSelection()}
        onBookingChanged={(booking, message) => {
          agenda.applyBooking(booking);
          notify('success', message);
        }}
        onUnblocked={(block) => {
          onCloseSelection();
          agenda.dropBlock(block);
          notify('success', t('agenda.details.unblocked'));
        }}
        onFailed={notifyError}
        onNotify={(message) => notify('success', message)}
      />
    </>
  );
}
