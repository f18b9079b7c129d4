import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import type { AgendaBlock, AgendaBooking, AgendaPractitioner } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { BlockDetails } from './BlockDetails';
import { BookingDetails } from './BookingDetails';
import { DetailsDrawer } from './DetailsDrawer';

/** The drawer of the selected booking or blocked slot (open while the selection is found). */
export function SelectionDrawer({
  open,
  booking,
  block,
  now,
  phone,
  practitioners,
  cabins,
  onClose,
  onBeforeChange,
  onBookingChanged,
  onUnblocked,
  onFailed,
  onNotify,
}: {
  /** Something is selected. */
  open: boolean;
  booking: AgendaBooking | undefined;
  block: AgendaBlock | undefined;
  now: number;
  phone: boolean;
  practitioners: readonly AgendaPractitioner[];
  cabins: readonly Cabin[];
  onClose: () => void;
  onBeforeChange: (id: string) => void;
  onBookingChanged: (booking: AgendaBooking, message: string) => void;
  onUnblocked: (block: AgendaBlock) => void;
  onFailed: (error: CombinedError | undefined) => void;
  onNotify: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <DetailsDrawer
      open={open && (booking !== undefined || block !== undefined)}
      title={
        booking
          ? t('agenda.details.bookingTitle', { reference: booking.reference })
          : t('agenda.details.blockTitle')
      }
      fullWidth={phone}
      onClose={onClose}
    >
      {booking ? (
        <BookingDetails
          key={booking.id}
          booking={booking}
          now={now}
          onBeforeChange={onBeforeChange}
          onChanged={onBookingChanged}
          onFailed={onFailed}
          onNotify={onNotify}
        />
      ) : null}
      {block ? (
        <BlockDetails
          key={block.id}
          block={block}
          practitioners={practitioners}
          cabins={cabins}
          onBeforeChange={onBeforeChange}
          onUnblocked={onUnblocked}
          onFailed={onFailed}
        />
      ) : null}
    </DetailsDrawer>
  );
}
