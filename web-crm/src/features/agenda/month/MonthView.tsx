import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE } from '@serenaia/shared/format';
import { formatDay, type LocalDate } from '@serenaia/shared/paris-time';
import type { MonthCell } from '../data/month-view';

/** Monday-first weekday names: `{short: 'lun.', long: 'lundi'}` … */
function weekdayNames(): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 0, 5 + i));
    return { short: short.format(date), long: long.format(date) };
  });
}

export interface MonthViewProps {
  weeks: readonly MonthCell[][];
  /** Title of the month, for the grid's accessible name. */
  title: string;
  /** Counts only (no chips), cells square enough to tap. */
  compact: boolean;
  onDayClick: (day: LocalDate) => void;
}

/**
 * The agenda's month: one cell per day, Monday first, with the number of bookings and (on a larger
 * screen) the first ones as "10:00 Julie M." chips; a click opens the day. Today stands out, the
 * neighbouring months' days are dimmed, public holidays named.
 */
export function MonthView({ weeks, title, compact, onDayClick }: MonthViewProps) {
  const { t } = useTranslation();
  const weekdays = useMemo(weekdayNames, []);

  return (
    <Box
      role="grid"
      aria-label={t('agendaViews.month.label', { month: title })}
      sx={{
        flex: compact ? '0 1 auto' : 1,
        minHeight: 0,
        display: 'flex',
        flexDirection: 'column',
        border: 1,
        borderColor: 'divider',
        borderRadius: 2,
        overflow: 'auto',
        bgcolor: 'background.paper',
      }}
    >
      <Box
        role="row"
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', flexShrink: 0 }}
      >
        {weekdays.map((name) => (
          <Box
            key={name.long}
            role="columnheader"
            aria-label={name.long}
            sx={{
              py: 0.75,
              textAlign: 'center',
              fontSize: '0.75rem',
              fontWeight: 600,
              color: 'text.secondary',
              textTransform: 'capitalize',
              borderBottom: 1,
              borderColor: 'divider',
            }}
          >
            {compact ? name.short.charAt(0).toUpperCase() : name.short}
          </Box>
        ))}
      </Box>
      {weeks.map((week) => (
        <Box
          key={week[0]?.day}
          role="row"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
            flex: compact ? '0 0 auto' : '1 0 auto',
            minHeight: compact ? 0 : 108,
          }}
        >
          {week.map((cell) => (
            <DayCell key={cell.day} cell={cell} compact={compact} onClick={() => onDayClick(cell.day)} />
          ))}
        </Box>
      ))}
    </Box>
  );
}

function DayCell({ cell, compact, onClick }: { cell: MonthCell; compact: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const parts = [
    formatDay(cell.day),
    cell.loading ? null : t('agendaViews.month.count', { count: cell.count }),
    cell.holiday === null ? null : t('agendaViews.month.holiday', { name: cell.holiday }),
    cell.today ? t('agenda.today') : null,
  ].filter((p) => p !== null);

  return (
    <Box role="gridcell" aria-selected={false} sx={{ minWidth: 0, display: 'flex' }}>
      <ButtonBase
        onClick={onClick}
        aria-label={parts.join(', ')}
        aria-current={cell.today ? 'date' : undefined}
        data-day={cell.day}
        sx={(theme) => ({
          flex: 1,
          minWidth: 0,
          display: 'flex',
          flexDirection: 'column',
          alignItems: compact ? 'center' : 'stretch',
          justifyContent: 'flex-start',
          gap: compact ? 0.25 : 0.4,
          p: compact ? 0.5 : 0.75,
          aspectRatio: compact ? '1 / 1.05' : undefined,
          minHeight: compact ? 48 : undefined,
          textAlign: 'left',
          borderRight: 1,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: cell.today
            ? '#f6eef1'
            : cell.outside
              ? alpha(theme.palette.text.primary, 0.025)
              : cell.holiday !== null
                ? alpha(theme.palette.warning.main, 0.06)
                : 'transparent',
          color: cell.outside ? 'text.disabled' : 'text.primary',
          transition: 'background-color 120ms',
          '&:hover': { bgcolor: alpha(theme.palette.primary.main, 0.07) },
          '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
        })}
      >
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 0.5,
            minWidth: 0,
            justifyContent: compact ? 'center' : 'flex-start',
          }}
        >
          <Box
            component="span"
            sx={{
              width: 26,
              height: 26,
              flexShrink: 0,
              borderRadius: '50%',
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: '0.85rem',
              fontWeight: cell.today ? 700 : 600,
              bgcolor: cell.today ? 'primary.main' : 'transparent',
              color: cell.today ? 'primary.contrastText' : 'inherit',
            }}
          >
            {cell.dayOfMonth}
          </Box>
          {compact || cell.holiday === null ? null : (
            <Typography
              component="span"
              variant="caption"
              noWrap
              title={cell.holiday}
              sx={{ color: 'warning.dark', fontWeight: 600, minWidth: 0, opacity: cell.outside ? 0.6 : 1 }}
            >
              {cell.holiday}
            </Typography>
          )}
          {compact || cell.count === 0 ? null : (
            <Typography
              component="span"
              variant="caption"
              sx={{ ml: 'auto', color: 'text.secondary', fontWeight: 600, flexShrink: 0 }}
            >
              {t('agendaViews.month.short', { count: cell.count })}
            </Typography>
          )}
        </Box>
        {compact ? <CompactCount cell={cell} /> : <Chips cell={cell} />}
      </ButtonBase>
    </Box>
  );
}

/** A phone's cell: the count in a small pill, a dot for a public holiday. */
function CompactCount({ cell }: { cell: MonthCell }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 18 }}>
      {cell.count > 0 ? (
        <Box
          component="span"
          aria-hidden
          sx={{
            minWidth: 18,
            height: 18,
            px: 0.5,
            borderRadius: 9,
            fontSize: '0.7rem',
            fontWeight: 700,
            lineHeight: '18px',
            textAlign: 'center',
            bgcolor: cell.outside ? 'action.disabledBackground' : 'primary.light',
            color: cell.outside ? 'text.disabled' : 'primary.contrastText',
          }}
        >
          {cell.count}
        </Box>
      ) : null}
      {cell.holiday !== null ? (
        <Box
          component="span"
          aria-hidden
          sx={{ width: 6, height: 6, borderRadius: '50%', bgcolor: 'warning.main' }}
        />
      ) : null}
    </Box>
  );
}

/** A larger screen's cell: the first bookings, then "+N". */
function Chips({ cell }: { cell: MonthCell }) {
  const { t } = useTranslation();
  return (
    <Box
      aria-hidden
      sx={{
        display: 'flex',
        flexDirection: 'column',
        gap: 0.25,
        minWidth: 0,
        opacity: cell.outside ? 0.55 : 1,
      }}
    >
      {cell.chips.map((chip) => (
        <Box
          key={chip.id}
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 0.5,
            minWidth: 0,
            px: 0.5,
            py: 0.1,
            borderRadius: 1,
            borderLeft: `3px solid ${chip.color}`,
            bgcolor: `${chip.color}1f`,
            fontSize: '0.74rem',
            lineHeight: 1.45,
            color: 'text.primary',
            opacity: chip.cancelled ? 0.6 : 1,
            textDecoration: chip.cancelled ? 'line-through' : undefined,
          }}
        >
          <Box component="span" sx={{ fontWeight: 700, flexShrink: 0 }}>
            {chip.time}
          </Box>
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {chip.clientName}
          </Box>
        </Box>
      ))}
      {cell.more > 0 ? (
        <Box component="span" sx={{ fontSize: '0.72rem', fontWeight: 600, color: 'text.secondary', px: 0.5 }}>
          {t('agendaViews.month.more', { count: cell.more })}
        </Box>
      ) : null}
    </Box>
  );
}
