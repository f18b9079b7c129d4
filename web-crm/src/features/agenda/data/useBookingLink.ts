import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { BookingLinkDocument } from '../../../gql/graphql';
import { localDateOf, type LocalDate } from '@serenaia/shared/paris-time';

/**
 * `/agenda?rdv=<id>` (a link from elsewhere, e.g. the payments page): finds the booking's day and
 * hands it over once, so the agenda shows that day with the booking open.
 */
export function useBookingLink(
  bookingId: string | null,
  onFound: (found: { id: string; day: LocalDate }) => void,
): void {
  const [{ data }] = useQuery({
    query: BookingLinkDocument,
    variables: { id: bookingId ?? '' },
    pause: bookingId === null,
    requestPolicy: 'network-only',
  });
  const found = bookingId !== null && data?.booking.id === bookingId ? data.booking : undefined;
  const callback = useRef(onFound);
  callback.current = onFound;
  const id = found?.id;
  const start = found?.start;
  useEffect(() => {
    if (id !== undefined && start !== undefined) callback.current({ id, day: localDateOf(start) });
  }, [id, start]);
}
