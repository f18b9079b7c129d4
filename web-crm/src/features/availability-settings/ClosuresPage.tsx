import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { MONTH_KEY, addMonths, daysInMonth, monthKeyOf } from '@serenaia/shared/paris-time';
import {
  AvailabilityExceptionsDocument,
  AvailabilityPractitionersDocument,
  BookingPolicyDocument,
} from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { LoadError, SettingsPage } from '../../shared/page';
import { ClosureFormCard } from './ClosureFormCard';
import { ExceptionList } from './ExceptionList';
import { MonthCalendar } from './MonthCalendar';

/** `/reglages/fermetures?mois=YYYY-MM` (admins): holidays, closures and leave on a month calendar. */
export function ClosuresPage({ clock = Date.now }: { clock?: () => number }) {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <SettingsPage
      operation="createClosures"
      denied={t('availabilitySettings.adminOnly')}
      maxWidth={1180}
      institute={institute?.name}
      pageTitle={t('availabilitySettings.closures.pageTitle')}
      title={t('availabilitySettings.closures.title')}
      subtitle={t('availabilitySettings.closures.subtitle')}
    >
      <ClosuresContent clock={clock} />
    </SettingsPage>
  );
}

function ClosuresContent({ clock }: { clock: () => number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('mois');
  const month = asked !== null && MONTH_KEY.test(asked) ? asked : monthKeyOf(clock());
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const [exceptions, reexecute] = useQuery({
    query: AvailabilityExceptionsDocument,
    variables: { from, to },
    requestPolicy: 'cache-and-network',
  });
  const [practitioners] = useQuery({ query: AvailabilityPractitionersDocument });
  const [policy] = useQuery({ query: BookingPolicyDocument });
  const names = useMemo(
    () => new Map((practitioners.data?.practitioners ?? []).map((p) => [p.id, p] as const)),
    [practitioners.data],
  );
  const [picked, setPicked] = useState<{ date: string; n: number } | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const goTo = (next: string) =>
    setParams(
      (p) => {
        p.set('mois', next);
        return p;
      },
      { replace: true },
    );
  const monthTitle = new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));

  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 360px' },
        // On a phone the form follows the calendar; the month's list comes last.
        gridTemplateAreas: { xs: '"calendar" "form" "list"', md: '"calendar form" "list form"' },
        gridTemplateRows: { md: 'auto 1fr' },
        alignItems: 'start',
      }}
    >
      <Box sx={{ minWidth: 0, gridArea: 'calendar' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <IconButton
            aria-label={t('availabilitySettings.closures.previousMonth')}
            onClick={() => goTo(addMonths(month, -1))}
          >
            <ChevronLeft />
          </IconButton>
          <Typography
            component="h2"
            variant="h6"
            sx={{ flexGrow: 1, textAlign: 'center', textTransform: 'capitalize' }}
            data-testid="month-title"
          >
            {monthTitle}
          </Typography>
          <IconButton
            aria-label={t('availabilitySettings.closures.nextMonth')}
            onClick={() => goTo(addMonths(month, 1))}
          >
            <ChevronRight />
          </IconButton>
        </Box>
        {exceptions.fetching && exceptions.data ? <LinearProgress sx={{ mb: 1 }} /> : null}
        {exceptions.error && !exceptions.fetching && !exceptions.data ? (
          <LoadError
            message={t('availabilitySettings.closures.loadError')}
            error={exceptions.error}
            onRetry={refresh}
          />
        ) : exceptions.data ? (
          <MonthCalendar
            month={month}
            exceptions={exceptions.data.availabilityExceptions}
            practitioners={names}
            holidaysClosed={policy.data?.settings.booking.closedOnPublicHolidays ?? null}
            onPick={(date) => setPicked((p) => ({ date, n: (p?.n ?? 0) + 1 }))}
          />
        ) : (
          <Skeleton variant="rounded" height={420} />
        )}
      </Box>
      <Box sx={{ minWidth: 0, gridArea: 'list' }}>
        {exceptions.data ? (
          <ExceptionList
            exceptions={exceptions.data.availabilityExceptions}
            practitioners={names}
            onDeleted={refresh}
          />
        ) : null}
      </Box>
      <ClosureFormCard
        practitioners={practitioners.data?.practitioners ?? []}
        picked={picked}
        onCreated={(first) => {
          if (first.slice(0, 7) !== month) goTo(first.slice(0, 7));
          refresh();
        }}
      />
    </Box>
  );
}
