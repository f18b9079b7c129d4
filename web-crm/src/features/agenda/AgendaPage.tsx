import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Fab from '@mui/material/Fab';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDay, formatDayRange, formatTime, localDateOf } from '@serenaia/shared/paris-time';
import { DocumentTitle, LoadError } from '../../shared/page';
import { useInstitute } from '../../shared/institute';
import { AgendaToast, useAgendaNotice } from './AgendaToast';
import { AgendaHeading, PractitionerTabs } from './AgendaHeading';
import { AgendaToolbar } from './AgendaToolbar';
import { AgendaDialogs } from './AgendaDialogs';
import { AgendaDaySubscription } from './data/AgendaDaySubscription';
import { agendaTitle, columnMinWidth, defaultSlot, scrollAnchor } from './data/agenda-view';
import { useAgendaDays } from './data/useAgendaDays';
import { useAgendaMonth } from './data/useAgendaMonth';
import { addMonthsToDay, monthOf } from './data/month-view';
import { useAgendaParams } from './data/useAgendaParams';
import { useAgendaSelection } from './data/useAgendaSelection';
import { useAgendaSettings } from './data/useAgendaSettings';
import { useAgendaShown } from './data/useAgendaShown';
import { useBookingLink } from './data/useBookingLink';
import { useColorBy } from './data/useColorBy';
import { useColumnTabs } from './data/useColumnTabs';
import { useLiveAgenda } from './data/useLiveAgenda';
import { useMoveBooking } from './data/useMoveBooking';
import { useNow } from './data/useNow';
import { useOwnChanges } from './data/useOwnChanges';
import { TimeGrid, type SlotTarget } from './grid/TimeGrid';
import { MonthView } from './month/MonthView';

export interface AgendaPageProps {
  /** The clock (tests pass a fixed one). */
  clock?: () => number;
}

/**
 * `/agenda`: the live day (or week, or month) agenda the front desk keeps open. The displayed day, view,
 * practitioner filter and cancelled toggle live in the URL (reload-proof, shareable).
 */
export function AgendaPage({ clock }: AgendaPageProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const { institute } = useInstitute();
  const now = useNow(30_000, clock);
  const today = localDateOf(now);
  const params = useAgendaParams(today);
  const { day, view, days, showCancelled, hidden, bookingLink, update } = params;

  const [colorBy, setColorBy] = useColorBy();
  const agenda = useAgendaDays(days);
  const month = useAgendaMonth(view === 'month' ? monthOf(day) : null);
  const { granularity, cabins } = useAgendaSettings();
  const own = useOwnChanges();
  const { notice, notify, notifyError, close: closeNotice } = useAgendaNotice();
  const [createAt, setCreateAt] = useState<{ practitionerId: string; start: number } | null>(null);

  // `?rdv=<id>`: open that booking on its day (links from the payments page).
  useBookingLink(bookingLink, ({ id, day: bookingDay }) => {
    update({ jour: bookingDay, rdv: null, ...(view === 'month' ? { vue: null } : {}) });
    setSelection({ kind: 'booking', id });
  });

  // Live changes: applied at once; those made elsewhere are pointed out.
  const { applyChange, refetch } = agenda;
  const { realtime, updatedAt, highlighted, generation, onChange, onSubscriptionError } = useLiveAgenda({
    applyChange,
    refetch,
    isOwn: own.isOwn,
    clock,
  });

  const { pending, move } = useMoveBooking({
    onStart: own.markOwn,
    onMoved: (booking) => {
      agenda.applyBooking(booking);
      const first = booking.items[0];
      notify(
        'success',
        t('agenda.move.done', {
          time: formatTime(booking.start),
          practitioner: first?.practitionerName ?? '',
        }),
      );
    },
    onFailed: (error) => notifyError(error),
  });

  const shown = useAgendaShown({ ...params, today, colorBy, agenda, month, pending });
  const { byDay, practitioners, visible, weekPractitioner, loadError, loading, columns, refreshing } = shown;

  const { tabs, tabValue, setFocusColumn } = useColumnTabs({ view, day, phone, visible, weekPractitioner });

  const { selection, setSelection, selectedBooking, selectedBlock } = useAgendaSelection(days, byDay);

  const step = (direction: -1 | 1) =>
    update({
      jour:
        view === 'month'
          ? addMonthsToDay(day, direction)
          : addDays(day, direction * (view === 'week' ? 7 : 1)),
    });
  const newBookingSlot = () =>
    defaultSlot({
      practitioner: (view === 'week' ? weekPractitioner : visible[tabValue]) ?? visible[0],
      day,
      days,
      today,
      now,
      columns,
      granularityMinutes: granularity,
    });

  const first = days[0] ?? day;
  const last = days[days.length - 1] ?? day;
  const title = agendaTitle(view, days, day, phone, (range) => t('agenda.weekTitle', { range }));

  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        gap: { xs: 1, sm: 1.5 },
        height: { xs: 'calc(100dvh - 56px)', sm: 'calc(100dvh - 64px)' },
        mb: -6,
        pt: { xs: 1.5, sm: 2.5 },
        pb: { xs: 1, sm: 2 },
      }}
    >
      <DocumentTitle page={t('agenda.pageTitle')} institute={institute?.name} />
      {days.map((d) => (
        <AgendaDaySubscription
          key={`${d}:${generation}`}
          day={d}
          onChange={onChange}
          onError={onSubscriptionError}
        />
      ))}

      <AgendaHeading
        title={title}
        realtime={view === 'month' ? null : realtime}
        updatedAt={updatedAt}
        phone={phone}
      />

      <AgendaToolbar
        day={day}
        view={view}
        phone={phone}
        practitioners={practitioners}
        shown={new Set(visible.map((p) => p.id))}
        showCancelled={showCancelled}
        colorBy={colorBy}
        onColorByChange={setColorBy}
        onDayChange={(d) => update({ jour: d })}
        onStep={step}
        onToday={() => update({ jour: null })}
        onViewChange={(v) => update({ vue: v === 'week' ? 'semaine' : v === 'month' ? 'mois' : null })}
        onTogglePractitioner={(id) => {
          const next = new Set(hidden);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          update({ masques: [...next].join(',') });
        }}
        onShowAll={() => update({ masques: null })}
        onShowCancelledChange={(show) => update({ annules: show ? '1' : null })}
        onNewBooking={() => setCreateAt(newBookingSlot())}
      />

      <PractitionerTabs
        practitioners={tabs}
        value={tabValue}
        onChange={(index) => {
          if (view === 'week') update({ praticien: visible[index]?.id ?? null });
          else setFocusColumn(index);
        }}
      />

      {loadError ? (
        <LoadError
          message={t('agenda.loadError')}
          error={loadError}
          onRetry={() => (view === 'month' ? month.refetch() : refetch())}
        />
      ) : null}

      {view === 'month' ? (
        loadError ? null : visible.length === 0 && practitioners.length > 0 ? (
          <Alert severity="info">{t('agenda.noPractitioner')}</Alert>
        ) : (
          <RefreshingPane refreshing={refreshing} label={t('agenda.refreshing')}>
            <MonthView
              weeks={shown.monthCells}
              title={title}
              compact={phone}
              onDayClick={(clicked) => update({ jour: clicked, vue: null })}
            />
          </RefreshingPane>
        )
      ) : loading && columns.length === 0 ? (
        <Skeleton variant="rounded" sx={{ flex: 1, minHeight: 200 }} aria-label={t('agenda.title')} />
      ) : visible.length === 0 && practitioners.length > 0 ? (
        <Alert severity="info">{t('agenda.noPractitioner')}</Alert>
      ) : columns.length > 0 ? (
        <RefreshingPane refreshing={refreshing} label={t('agenda.refreshing')}>
          <TimeGrid
            columns={columns}
            window={shown.timeWindow}
            now={now}
            snapMinutes={granularity}
            cabins={cabins}
            highlighted={highlighted}
            columnMinWidth={columnMinWidth(view, phone)}
            snap={phone}
            compact={phone && view === 'week'}
            focusColumn={phone ? (view === 'day' ? tabValue : Math.max(0, days.indexOf(day))) : undefined}
            onFocusColumnChange={view === 'day' && phone ? setFocusColumn : undefined}
            onSlotClick={(slot: SlotTarget) =>
              setCreateAt({ practitionerId: slot.practitionerId, start: slot.start })
            }
            onBookingClick={(id) => setSelection({ kind: 'booking', id })}
            onBlockClick={(id) => setSelection({ kind: 'block', id })}
            onMove={(booking, target) => void move(booking, target)}
            scrollAnchor={scrollAnchor(days, today, now, columns)}
            scrollKey={shown.scrollKey}
            ariaLabel={
              view === 'week'
                ? t('agenda.weekTitle', { range: formatDayRange(first, last, 'au') })
                : t('agenda.grid.label', { day: formatDay(day) })
            }
          />
        </RefreshingPane>
      ) : null}

      {phone ? (
        <Fab
          color="primary"
          aria-label={t('agenda.newBooking')}
          onClick={() => setCreateAt(newBookingSlot())}
          sx={{ position: 'fixed', right: 16, bottom: 20, zIndex: theme.zIndex.speedDial }}
        >
          <AddOutlined />
        </Fab>
      ) : null}

      <AgendaDialogs
        createAt={createAt}
        booking={selectedBooking}
        block={selectedBlock}
        open={selection !== null}
        now={now}
        phone={phone}
        practitioners={practitioners}
        cabins={cabins}
        agenda={agenda}
        own={own}
        notify={notify}
        notifyError={notifyError}
        onCloseCreate={() => setCreateAt(null)}
        onCloseSelection={() => setSelection(null)}
      />

      <AgendaToast notice={notice} onClose={closeNotice} />
    </Box>
  );
}

/** The month or the grid, with a thin progress bar over its top while it reloads. */
function RefreshingPane({
  refreshing,
  label,
  children,
}: {
  refreshing: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <Box sx={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      {refreshing ? (
        <LinearProgress
          aria-label={label}
          sx={{ position: 'absolute', top: 0, left: 12, right: 12, height: 2, zIndex: 10, borderRadius: 1 }}
        />
      ) : null}
      {children}
    </Box>
  );
}
