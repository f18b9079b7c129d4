import type { CombinedError } from '@urql/core';
import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { RescheduleBookingDocument } from '../../../gql/graphql';
import { toMillis } from '@serenaia/shared/paris-time';
import { isMovable, type AgendaBooking, type PendingMove } from './agenda-state';

export interface MoveCallbacks {
  /** Before the request: the booking is about to change (own change, not "from elsewhere"). */
  onStart?: (bookingId: string) => void;
  onMoved: (booking: AgendaBooking) => void;
  onFailed: (error: CombinedError | undefined, booking: AgendaBooking) => void;
}

/**
 * Moves a booking with `rescheduleBooking`, showing it at its new place at once; on any error the
 * booking goes back where it was (the pending move is dropped) and `onFailed` reports why.
 */
export function useMoveBooking({ onStart, onMoved, onFailed }: MoveCallbacks) {
  const [pending, setPending] = useState<ReadonlyMap<string, PendingMove>>(new Map());
  const [, reschedule] = useMutation(RescheduleBookingDocument);

  const move = useCallback(
    async (booking: AgendaBooking, target: PendingMove): Promise<boolean> => {
      const currentPractitioner = booking.items[0]?.practitionerId;
      if (!isMovable(booking)) return false;
      if (toMillis(booking.start) === target.start && currentPractitioner === target.practitionerId)
        return false;
      onStart?.(booking.id);
      setPending((prev) => new Map(prev).set(booking.id, target));
      const result = await reschedule({
        input: {
          id: booking.id,
          start: new Date(target.start).toISOString(),
          practitionerId: target.practitionerId,
        },
      });
      const moved = result.data?.rescheduleBooking;
      if (moved) onMoved(moved);
      else onFailed(result.error, booking);
      setPending((prev) => {
        const next = new Map(prev);
        next.delete(booking.id);
        return next;
      });
      return moved !== undefined;
    },
    [reschedule, onStart, onMoved, onFailed],
  );

  return { pending, move };
}
