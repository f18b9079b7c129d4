import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { formatDay, monthWeeks } from '@serenaia/shared/paris-time';
import type { AvailabilityExceptionFieldsFragment } from '../../gql/graphql';
import { dayMarks } from './closure-form';
import { DAY_KEY, WEEKDAYS } from './hours-form';

export interface PractitionerLabel {
  id: string;
  displayName: string;
  color: string;
}

/** The month, Monday first: holidays, institute closures (tinted) and each practitioner's leave (a dot). */
export function MonthCalendar({
  month,
  exceptions,
  practitioners,
  holidaysClosed,
  onPick,
}: {
  /** A day chosen (clicked) to prefill the closure form. */
  onPick: (date: string) => void;
  month: string;
  exceptions: readonly AvailabilityExceptionFieldsFragment[];
  practitioners: ReadonlyMap<string, PractitionerLabel>;
  holidaysClosed: boolean | null;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const weeks = monthWeeks(month);
  const marks = dayMarks(
    weeks.flat().filter((d): d is string => d !== null),
    exceptions,
  );
  const closedBg = alpha(theme.palette.error.main, 0.16);
  const holidayBg = alpha(theme.palette.info.main, 0.12);

  return (
    <Box>
      <Box
        role="grid"
        aria-label={t('availabilitySettings.closures.title')}
        sx={{
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          overflow: 'hidden',
          bgcolor: 'background.paper',
        }}
      >
        <Box role="row" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
          {WEEKDAYS.map((d) => (
            <Typography
              key={d}
              role="columnheader"
              variant="caption"
              color="text.secondary"
              sx={{ textAlign: 'center', py: 0.75, fontWeight: 600, borderBottom: 1, borderColor: 'divider' }}
            >
              {t(`availabilitySettings.weekdayShort.${DAY_KEY[d]}`)}
            </Typography>
          ))}
        </Box>
        {weeks.map((week, w) => (
          <Box key={w} role="row" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
            {week.map((date, i) => {
              if (date === null) {
                return (
                  <Box
                    key={i}
                    role="gridcell"
                    sx={{ minHeight: { xs: 56, sm: 84 }, bgcolor: 'action.hover' }}
                  />
                );
              }
              const mark = marks.get(date);
              const leave = mark?.practitioners ?? [];
              const label = [
                String(Number(date.slice(8))),
                mark?.holiday
                  ? `${t('availabilitySettings.closures.legendHoliday')} : ${mark.holiday}`
                  : null,
                mark?.instituteClosed ? t('availabilitySettings.closures.legendInstitute') : null,
                !mark?.instituteClosed && (mark?.institutePartial.length ?? 0) > 0
                  ? t('availabilitySettings.closures.changedShort')
                  : null,
                ...leave.map((e) => practitioners.get(e.practitionerId ?? '')?.displayName ?? '?'),
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <Box
                  key={date}
                  role="gridcell"
                  aria-label={label}
                  data-date={date}
                  data-closed={mark?.instituteClosed ? 'true' : undefined}
                  data-holiday={mark?.holiday ? 'true' : undefined}
                  sx={{
                    minHeight: { xs: 56, sm: 84 },
                    borderTop: 1,
                    borderLeft: i === 0 ? 0 : 1,
                    borderColor: 'divider',
                    bgcolor: mark?.instituteClosed ? closedBg : mark?.holiday ? holidayBg : undefined,
                    minWidth: 0,
                    display: 'flex',
                  }}
                >
                  <ButtonBase
                    onClick={() => onPick(date)}
                    aria-label={t('availabilitySettings.closures.pickDay', { date: formatDay(date) })}
                    sx={{
                      flex: 1,
                      display: 'flex',
                      flexDirection: 'column',
                      alignItems: 'stretch',
                      justifyContent: 'flex-start',
                      textAlign: 'left',
                      gap: 0.25,
                      minWidth: 0,
                      p: { xs: 0.5, sm: 0.75 },
                      '&:hover': { bgcolor: 'action.hover' },
                      '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                    }}
                  >
                    <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.2 }}>
                      {Number(date.slice(8))}
                    </Typography>
                    {mark?.holiday ? (
                      <Typography
                        variant="caption"
                        sx={{
                          lineHeight: 1.1,
                          color: 'info.dark',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                          whiteSpace: { xs: 'nowrap', sm: 'normal' },
                        }}
                        title={mark.holiday}
                      >
                        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                          {mark.holiday}
                        </Box>
                        <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
                          {t('availabilitySettings.closures.holiday')}
                        </Box>
                      </Typography>
                    ) : null}
                    {mark?.instituteClosed ? (
                      <Typography
                        variant="caption"
                        sx={{ lineHeight: 1.1, color: 'error.dark', fontWeight: 600 }}
                      >
                        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                          {t('availabilitySettings.closures.legendInstitute')}
                        </Box>
                        <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
                          {t('availabilitySettings.closures.closedShort')}
                        </Box>
                      </Typography>
                    ) : null}
                    {!mark?.instituteClosed && (mark?.institutePartial.length ?? 0) > 0 ? (
                      <Typography variant="caption" sx={{ lineHeight: 1.1, color: 'error.dark' }}>
                        {t('availabilitySettings.closures.changedShort')}
                      </Typography>
                    ) : null}
                    {leave.length > 0 ? (
                      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 'auto' }}>
                        {leave.map((e) => {
                          const p = practitioners.get(e.practitionerId ?? '');
                          return (
                            <Box
                              key={e.id}
                              title={p?.displayName}
                              sx={{
                                width: 10,
                                height: 10,
                                borderRadius: '50%',
                                bgcolor: p?.color ?? 'text.disabled',
                                opacity: e.kind === 'OPEN' ? 0.4 : 1,
                              }}
                            />
                          );
                        })}
                      </Box>
                    ) : null}
                  </ButtonBase>
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
      <Box
        aria-label={t('availabilitySettings.closures.legend')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1, color: 'text.secondary' }}
      >
        <Legend color={holidayBg} text={t('availabilitySettings.closures.legendHoliday')} />
        <Legend color={closedBg} text={t('availabilitySettings.closures.legendInstitute')} />
        <Legend dot text={t('availabilitySettings.closures.legendLeave')} />
      </Box>
      {holidaysClosed !== null ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {holidaysClosed
            ? t('availabilitySettings.closures.holidayClosed')
            : t('availabilitySettings.closures.holidayOpen')}
        </Typography>
      ) : null}
    </Box>
  );
}

function Legend({ color, dot, text }: { color?: string; dot?: boolean; text: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Box
        sx={{
          width: dot ? 10 : 16,
          height: dot ? 10 : 16,
          borderRadius: dot ? '50%' : 0.5,
          bgcolor: dot ? 'primary.main' : color,
          border: dot ? 0 : 1,
          borderColor: 'divider',
        }}
      />
      <Typography variant="caption">{text}</Typography>
    </Box>
  );
}
