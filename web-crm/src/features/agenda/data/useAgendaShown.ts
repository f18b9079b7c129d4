import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaPractitioner } from './agenda-state';
import { buildColumns, gridWindow, type ColumnsInput, type DaysData } from './agenda-view';
import { buildMonthCells, monthOf } from './month-view';
import type { AgendaDays } from './useAgendaDays';
import type { AgendaMonthState } from './useAgendaMonth';

/**
 * What the agenda shows from what it loaded: the practitioners in order and those not hidden, the
 * practitioner a week shows, the grid's columns and hours, or the month's cells; whether it is still
 * loading, or could not load.
 */
export function useAgendaShown({
  view,
  day,
  days,
  today,
  hidden,
  weekPractitionerId,
  showCancelled,
  colorBy,
  agenda,
  month,
  pending,
}: Pick<ColumnsInput, 'view' | 'day' | 'days' | 'today' | 'pending' | 'showCancelled'> & {
  colorBy: NonNullable<ColumnsInput['colorBy']>;
  hidden: ReadonlySet<string>;
  weekPractitionerId: string | null;
  agenda: AgendaDays;
  month: AgendaMonthState;
}) {
  const { t } = useTranslation();
  const dayStates = days.map((d) => agenda.byDay[d]);
  const byDay: DaysData = Object.fromEntries(days.map((d) => [d, agenda.byDay[d]?.data]));
  const firstData = dayStates.find((s) => s?.data !== undefined)?.data;
  const monthData = month.data;
  const practitioners: AgendaPractitioner[] = useMemo(
    () =>
      [...(firstData?.practitioners ?? monthData?.practitioners ?? [])].sort(
        (a, b) => a.position - b.position,
      ),
    [firstData, monthData],
  );
  const visible = practitioners.filter((p) => !hidden.has(p.id));
  const weekPractitioner = visible.find((p) => p.id === weekPractitionerId) ?? visible[0] ?? practitioners[0];
  const loadError =
    view === 'month'
      ? monthData === undefined
        ? month.error
        : undefined
      : dayStates.find((s) => s?.error !== undefined && s.data === undefined)?.error;
  const loading = days.some((d) => agenda.byDay[d]?.data === undefined) && loadError === undefined;
  const monthCells = useMemo(
    () =>
      view === 'month'
        ? buildMonthCells({
            month: monthOf(day),
            today,
            days: monthData?.days,
            visible: practitioners.filter((p) => !hidden.has(p.id)),
            showCancelled,
            colorBy,
          })
        : [],
    [view, day, today, monthData, practitioners, hidden, showCancelled, colorBy],
  );

  const columns = buildColumns({
    view,
    day,
    days,
    today,
    visible,
    weekPractitioner,
    byDay,
    pending,
    showCancelled,
    colorBy,
    labels: {
      notWorking: t('agenda.notWorking'),
      column: (name, columnDay) => t('agenda.grid.column', { name, day: columnDay }),
    },
  });
  const timeWindow = gridWindow(days, columns);
  const refreshing =
    days.some((d) => agenda.byDay[d]?.fetching === true) || (view === 'month' && month.fetching);
  // The grid scrolls to its anchor again when the days change or finish loading.
  const scrollKey = `${view}:${days[0] ?? ''}:${loading ? 'loading' : 'ready'}`;
  return {
    byDay,
    practitioners,
    visible,
    weekPractitioner,
    loadError,
    loading,
    refreshing,
    monthCells,
    columns,
    timeWindow,
    scrollKey,
  };
}
