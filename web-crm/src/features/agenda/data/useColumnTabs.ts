import { useEffect, useState } from 'react';
import type { LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaPractitioner } from './agenda-state';
import type { AgendaView } from '../AgendaToolbar';

/**
 * The practitioner tabs above the grid. A week shows one practitioner: its tabs choose which (the URL
 * keeps it). On a phone the day view shows one column per screen: its tabs choose the column, back to
 * the first when the day or view changes.
 */
export function useColumnTabs({
  view,
  day,
  phone,
  visible,
  weekPractitioner,
}: {
  view: AgendaView;
  day: LocalDate;
  phone: boolean;
  visible: readonly AgendaPractitioner[];
  weekPractitioner: AgendaPractitioner | undefined;
}) {
  const [focusColumn, setFocusColumn] = useState(0);
  useEffect(() => setFocusColumn(0), [view, day]);
  const tabs = view === 'week' ? visible : phone && view === 'day' ? visible : [];
  const tabValue =
    view === 'week'
      ? Math.max(
          0,
          visible.findIndex((p) => p.id === weekPractitioner?.id),
        )
      : Math.min(focusColumn, Math.max(0, visible.length - 1));
  return { tabs, tabValue, setFocusColumn };
}
