import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize, formatDateKey, formatMonthKey, LOCALE } from '@serenaia/shared/format';
import {
  addDays,
  addMonths,
  daysInMonth,
  isoWeekday,
  monthWeeks,
  parseDateKey,
} from '@serenaia/shared/paris-time';

export interface MonthCalendarProps {
  /** `YYYY-MM` */
  month: string;
  /** Days (`YYYY-MM-DD`) that can be chosen. */
  available: ReadonlySet<string>;
  selected: string | null;
  today: string;
  /** Slots are loading: days are not choosable yet. */
  busy: boolean;
  canPrevious: boolean;
  canNext: boolean;
  onMonthChange: (month: string) => void;
  onSelect: (day: string) => void;
}

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

function clampToMonth(month: string, day: number): string {
  return `${month}-${String(Math.min(day, daysInMonth(month))).padStart(2, '0')}`;
}

/**
 * A month as a keyboard-navigable grid (WAI-ARIA date grid): one tab stop, arrows move by day and
 * week, Home/End to the week's ends, Page Up/Down to the previous/next month. Days without a free
 * slot stay focusable but are marked unavailable.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { month, available, selected, today, busy, canPrevious, canNext, onMonthChange, onSelect } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const weekdays = useMemo(weekdayNames, []);
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const moveFocus = useRef(false);

  // The day the client moved to (arrows, click); the tab stop stays there while its month is shown.
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = ((): string => {
    if (focused !== null && focused.startsWith(month)) return focused;
    if (selected !== null && selected.startsWith(month)) return selected;
    const firstAvailable = [...available].filter((d) => d.startsWith(month)).sort()[0];
    if (firstAvailable !== undefined) return firstAvailable;
    return today.startsWith(month) ? today : `${month}-01`;
  })();
  // Keyboard moves take the focus along, once the target day is on screen (after a change of month).
  useEffect(() => {
    if (!moveFocus.current || focused === null || tabStop !== focused) return;
    const button = buttons.current.get(focused);
    if (button === undefined) return;
    moveFocus.current = false;
    button.focus();
  }, [focused, tabStop]);

  const goTo = (day: string) => {
    const target = day.slice(0, 7);
    if (target !== month) {
      if ((target < month && !canPrevious) || (target > month && !canNext)) return;
      onMonthChange(target);
    }
    moveFocus.current = true;
    setFocused(day);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: string) => {
    const weekday = isoWeekday(day);
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - weekday),
      End: () => addDays(day, 7 - weekday),
      PageUp: () => clampToMonth(addMonths(month, -1), parseDateKey(day).day),
      PageDown: () => clampToMonth(addMonths(month, 1), parseDateKey(day).day),
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    goTo(move());
  };

  const monthLabel = capitalize(formatMonthKey(month));
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <IconButton
          onClick={() => onMonthChange(addMonths(month, -1))}
          disabled={!canPrevious}
          aria-label={t('slotPicker.previousMonth')}
        >
          <ChevronLeft />
        </IconButton>
        <Typography
          id={titleId}
          variant="h6"
          component="h3"
          aria-live="polite"
          sx={{ flexGrow: 1, textAlign: 'center' }}
        >
          {monthLabel}
        </Typography>
        <IconButton
          onClick={() => onMonthChange(addMonths(month, 1))}
          disabled={!canNext}
          aria-label={t('slotPicker.nextMonth')}
        >
          <ChevronRight />
        </IconButton>
      </Box>
      <Box sx={{ height: 2, mb: 1 }}>{busy ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      <Box
        component="table"
        role="grid"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
        sx={{ width: '100%', borderCollapse: 'separate', borderSpacing: { xs: '2px 4px', sm: '4px 6px' } }}
      >
        <thead>
          <tr>
            {weekdays.map((name) => (
              <Box
                component="th"
                key={name.long}
                scope="col"
                abbr={name.long}
                sx={{ fontWeight: 500, fontSize: '0.75rem', color: 'text.secondary', pb: 0.5 }}
              >
                {name.short}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null) ?? ''}>
              {week.map((day, index) => {
                if (day === null) return <td key={`empty-${index}`} />;
                const isAvailable = !busy && available.has(day);
                const isSelected = day === selected;
                const label = t(isAvailable ? 'slotPicker.dayAvailable' : 'slotPicker.dayUnavailable', {
                  date: formatDateKey(day),
                });
                return (
                  <Box component="td" key={day} aria-selected={isSelected} sx={{ p: 0, textAlign: 'center' }}>
                    <ButtonBase
                      ref={(element: HTMLButtonElement | null) => {
                        if (element === null) buttons.current.delete(day);
                        else buttons.current.set(day, element);
                      }}
                      tabIndex={day === tabStop ? 0 : -1}
                      data-date={day}
                      aria-label={day === today ? `${label}, ${t('slotPicker.today')}` : label}
                      aria-disabled={!isAvailable || undefined}
                      aria-current={day === today ? 'date' : undefined}
                      onClick={() => {
                        moveFocus.current = false;
                        setFocused(day);
                        if (isAvailable) onSelect(day);
                      }}
                      onKeyDown={(event) => onKeyDown(event, day)}
                      sx={(theme) => ({
                        width: '100%',
                        maxWidth: 48,
                        aspectRatio: '1',
                        minHeight: 40,
                        borderRadius: '50%',
                        fontSize: '0.95rem',
                        fontWeight: isAvailable ? 600 : 400,
                        position: 'relative',
                        color: isSelected
                          ? theme.palette.primary.contrastText
                          : isAvailable
                            ? theme.palette.primary.dark
                            : theme.palette.text.disabled,
                        backgroundColor: isSelected
                          ? theme.palette.primary.main
                          : isAvailable
                            ? alpha(theme.palette.primary.main, 0.1)
                            : 'transparent',
                        cursor: isAvailable ? 'pointer' : 'default',
                        transition: theme.transitions.create(['background-color', 'color']),
                        '&:hover':
                          isAvailable && !isSelected
                            ? { backgroundColor: alpha(theme.palette.primary.main, 0.2) }
                            : {},
                        '&.Mui-focusVisible, &:focus-visible': {
                          outline: `3px solid ${theme.palette.primary.dark}`,
                          outlineOffset: 2,
                        },
                        '&::after':
                          day === today
                            ? {
                                content: '""',
                                position: 'absolute',
                                bottom: 5,
                                left: '50%',
                                width: 4,
                                height: 4,
                                ml: '-2px',
                                borderRadius: '50%',
                                backgroundColor: isSelected ? 'currentColor' : theme.palette.primary.main,
                              }
                            : {},
                      })}
                    >
                      {parseDateKey(day).day}
                    </ButtonBase>
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
