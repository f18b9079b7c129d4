import { useRef, useState } from 'react';
import type { LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaBlock, AgendaBooking } from './agenda-state';
import { findBlock, findBooking, type DaysData } from './agenda-view';

export type AgendaSelection = { kind: 'booking'; id: string } | { kind: 'block'; id: string } | null;

/**
 * The booking or block open in the drawer, read from the live data so that it follows changes (and
 * kept as last seen when it leaves the displayed days).
 */
export function useAgendaSelection(days: readonly LocalDate[], byDay: DaysData) {
  const [selection, setSelection] = useState<AgendaSelection>(null);
  const lastSelected = useRef<{ booking?: AgendaBooking; block?: AgendaBlock }>({});
  const selectedBooking =
    selection?.kind === 'booking'
      ? (findBooking(days, byDay, selection.id) ?? lastSelected.current.booking)
      : undefined;
  const selectedBlock =
    selection?.kind === 'block'
      ? (findBlock(days, byDay, selection.id) ?? lastSelected.current.block)
      : undefined;
  lastSelected.current = { booking: selectedBooking, block: selectedBlock };

  return { selection, setSelection, selectedBooking, selectedBlock };
}
