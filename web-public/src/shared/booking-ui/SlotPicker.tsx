import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AvailableSlotsDocument } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { capitalize, formatDateKey, formatMonthKey, phoneHref } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { addMonths, dateKeyOf, monthKeyOf, monthRange } from '@serenaia/shared/paris-time';
import { MonthCalendar } from './MonthCalendar';
import { availableDays, slotsOfDay, splitByPeriod, type SlotLike } from './slots';
import { TimeGroup } from './TimeGroup';

export type PickedSlot = SlotLike;

export interface SlotPickerProps {
  serviceIds: readonly string[];
  /** Null: any practitioner ("Sans préférence"). */
  practitionerId: string | null;
  /** `YYYY-MM` shown. */
  month: string;
  /** `YYYY-MM-DD` chosen, if any. */
  day: string | null;
  /** Start of the time already chosen (highlighted). */
  selectedStart?: string | null;
  /** With "Sans préférence": say whom each time goes to. */
  showPractitioner: boolean;
  /** Online bookings open this many days ahead. */
  horizonDays: number;
  /** The institute's phone, offered when nothing is free. */
  phone?: string | null;
  onMonthChange: (month: string) => void;
  onDayChange: (day: string) => void;
  onSelect: (slot: PickedSlot) => void;
  /** Calendar above the times even on wide screens (inside a narrow column). */
  stacked?: boolean;
  /** The current time (tests pin it). */
  now?: number;
}

/**
 * A month calendar whose days without a free slot are disabled, then the chosen day's times split
 * into morning and afternoon. Asks `availableSlots` for the month shown (in Paris time).
 */
export function SlotPicker(props: SlotPickerProps) {
  const { serviceIds, practitionerId, month, day, selectedStart = null, showPractitioner } = props;
  const { t } = useTranslation();
  const now = props.now ?? Date.now();
  const today = dateKeyOf(now);
  const firstMonth = monthKeyOf(now);
  const lastMonth = monthKeyOf(now + props.horizonDays * 86_400_000);

  const input = useMemo(() => {
    const range = monthRange(month);
    return {
      serviceIds: [...serviceIds],
      practitionerId,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
    };
  }, [serviceIds, practitionerId, month]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AvailableSlotsDocument,
    variables: { input },
    requestPolicy: 'cache-and-network',
  });
  const slots = data?.availableSlots;
  const days = useMemo(() => availableDays(slots ?? []), [slots]);
  const daySlots = useMemo(() => (day === null ? [] : slotsOfDay(slots ?? [], day)), [slots, day]);
  const periods = splitByPeriod(daySlots);

  // On a phone the times are below the calendar: bring them into view once a day is chosen.
  const times = useRef<HTMLDivElement>(null);
  const previousDay = useRef(day);
  useEffect(() => {
    if (day === previousDay.current) return;
    previousDay.current = day;
    const element = times.current;
    if (day === null || element === null || typeof element.scrollIntoView !== 'function') return;
    if (element.getBoundingClientRect().top > window.innerHeight - 120) {
      element.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  }, [day]);

  const loading = fetching && slots === undefined;
  const empty = slots !== undefined && slots.length === 0;
  const nextMonth = addMonths(month, 1);
  const canNext = month < lastMonth;

  let panel;
  if (error && slots === undefined) {
    panel = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('slotPicker.retry')}
          </Button>
        }
      >
        {errorMessage(error, { network: t('slotPicker.error'), unexpected: t('slotPicker.error') })}
      </Alert>
    );
  } else if (loading) {
    panel = (
      <Box role="status" aria-live="polite">
        <Typography sx={visuallyHidden}>{t('slotPicker.loading')}</Typography>
        <Skeleton variant="text" width="60%" sx={{ fontSize: '1.25rem', mb: 2 }} />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1 }}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} variant="rounded" height={44} />
          ))}
        </Box>
      </Box>
    );
  } else if (empty) {
    panel = (
      <Box
        role="status"
        sx={(theme) => ({
          textAlign: 'center',
          p: { xs: 3, md: 4 },
          borderRadius: 2,
          backgroundColor: alpha(theme.palette.primary.main, 0.05),
        })}
      >
        <EventBusyOutlined color="primary" sx={{ fontSize: 40, mb: 1 }} aria-hidden />
        <Typography variant="h6" component="p" sx={{ mb: 1 }}>
          {t('slotPicker.emptyTitle', { month: formatMonthKey(month) })}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('slotPicker.emptyBody')}
        </Typography>
        {canNext ? (
          <Button variant="contained" onClick={() => props.onMonthChange(nextMonth)}>
            {t('slotPicker.emptyNext', { month: formatMonthKey(nextMonth) })}
          </Button>
        ) : null}
        {props.phone ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t(canNext ? 'slotPicker.emptyCall' : 'slotPicker.emptyLast')}{' '}
            <Link href={phoneHref(props.phone)} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
              {props.phone}
            </Link>
          </Typography>
        ) : null}
      </Box>
    );
  } else if (day === null) {
    panel = <Typography color="text.secondary">{t('slotPicker.pickDay')}</Typography>;
  } else {
    panel = (
      <Box>
        <Typography variant="h6" component="h3" sx={{ mb: 2 }}>
          {capitalize(t('slotPicker.timesFor', { date: formatDateKey(day, { year: false }) }))}
        </Typography>
        {daySlots.length === 0 ? (
          <Typography color="text.secondary">{t('slotPicker.dayFull')}</Typography>
        ) : (
          <>
            <TimeGroup
              title={t('slotPicker.morning')}
              slots={periods.morning}
              selectedStart={selectedStart}
              showPractitioner={showPractitioner}
              onSelect={props.onSelect}
            />
            <TimeGroup
              title={t('slotPicker.afternoon')}
              slots={periods.afternoon}
              selectedStart={selectedStart}
              showPractitioner={showPractitioner}
              onSelect={props.onSelect}
            />
          </>
        )}
      </Box>
    );
  }

  return (
    <Grid container spacing={{ xs: 3, md: 5 }}>
      <Grid size={props.stacked ? 12 : { xs: 12, md: 6 }}>
        <MonthCalendar
          month={month}
          available={days}
          selected={day}
          today={today}
          busy={loading}
          canPrevious={month > firstMonth}
          canNext={canNext}
          onMonthChange={props.onMonthChange}
          onSelect={props.onDayChange}
        />
      </Grid>
      <Grid size={props.stacked ? 12 : { xs: 12, md: 6 }} ref={times} sx={{ scrollMarginTop: 80 }}>
        {panel}
      </Grid>
    </Grid>
  );
}
