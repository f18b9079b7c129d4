import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { SaveBar, type SaveFeedback } from '../../shared/SaveBar';
import { SetWorkingHoursDocument } from '../../gql/graphql';
import { CopyDayDialog } from './CopyDayDialog';
import {
  DAY_KEY,
  WEEKDAYS,
  copyDay,
  normalizeTime,
  rulesOf,
  sameWeek,
  validateWeek,
  weekFromRules,
  weeklyHours,
  type TimeRange,
  type WeekForm,
  type Weekday,
} from './hours-form';

/** The week of one practitioner: ranges per day, add / remove / copy, one save for the whole week. */
export function WeekEditor({
  practitionerId,
  initial,
  onDirtyChange,
}: {
  practitionerId: string;
  initial: WeekForm;
  /** Told whether the week shown differs from the saved one. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [week, setWeek] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [copyFrom, setCopyFrom] = useState<Weekday | null>(null);
  const [feedback, setFeedback] = useState<SaveFeedback>(null);
  const [state, save] = useMutation(SetWorkingHoursDocument);
  const errors = validateWeek(week);
  const dirty = !sameWeek(saved, week);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const shown = (key: string) => (submitted || touched.has(key) ? errors[key] : undefined);

  const change = (next: WeekForm) => {
    setWeek(next);
    setFeedback(null);
  };
  const setRange = (day: Weekday, index: number, side: keyof TimeRange, value: string) =>
    change({ ...week, [day]: week[day].map((r, i) => (i === index ? { ...r, [side]: value } : r)) });
  const touch = (day: Weekday, index: number, side: keyof TimeRange) => {
    setTouched((s) => new Set(s).add(`${day}.${index}.${side}`));
    const value = week[day][index]?.[side];
    if (value !== undefined && normalizeTime(value) !== value)
      setRange(day, index, side, normalizeTime(value));
  };
  const addRange = (day: Weekday) => {
    const last = week[day].at(-1);
    const range = last ? { start: last.end, end: '' } : { start: '09:00', end: '18:00' };
    change({ ...week, [day]: [...week[day], range] });
  };
  const removeRange = (day: Weekday, index: number) => {
    change({ ...week, [day]: week[day].filter((_, i) => i !== index) });
    setTouched(new Set());
  };

  const submit = async () => {
    setSubmitted(true);
    setFeedback(null);
    if (Object.keys(errors).length > 0) {
      setFeedback({ severity: 'error', message: t('availabilitySettings.hours.fixErrors') });
      return;
    }
    const result = await save({ input: { practitionerId, rules: rulesOf(week) } });
    if (result.data) {
      const next = weekFromRules(result.data.setWorkingHours);
      setSaved(next);
      setWeek(next);
      setSubmitted(false);
      setTouched(new Set());
      setFeedback({ severity: 'success', message: t('availabilitySettings.hours.saved') });
    } else if (result.error) {
      const inline = fieldErrors(result.error).rules;
      const reason =
        inline ??
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') });
      setFeedback({ severity: 'error', message: `${t('availabilitySettings.hours.saveError')} ${reason}` });
    }
  };

  return (
    <Box
      component="form"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <Card variant="outlined" sx={{ px: { xs: 1.5, sm: 2 } }}>
        {WEEKDAYS.map((day) => (
          <Box
            key={day}
            component="section"
            aria-label={t(`availabilitySettings.weekday.${DAY_KEY[day]}`)}
            data-testid={`day-${day}`}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr auto', sm: '120px 1fr auto' },
              alignItems: 'start',
              gap: { xs: 1, sm: 2 },
              py: 1.5,
              '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' },
            }}
          >
            <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600, pt: { sm: 1 } }}>
              {t(`availabilitySettings.weekday.${DAY_KEY[day]}`)}
            </Typography>
            <Box sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' }, gridRow: { xs: 2, sm: 'auto' } }}>
              {week[day].length === 0 ? (
                <Typography color="text.secondary" sx={{ pt: { sm: 1 } }}>
                  {t('availabilitySettings.hours.closed')}
                </Typography>
              ) : null}
              {week[day].map((range, index) => {
                const n = index + 1;
                const label = t('availabilitySettings.hours.rangeLabel', {
                  day: t(`availabilitySettings.weekday.${DAY_KEY[day]}`),
                  n,
                });
                return (
                  <Box
                    key={index}
                    role="group"
                    aria-label={label}
                    sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }}
                  >
                    {(['start', 'end'] as const).map((side) => (
                      <TextField
                        key={side}
                        size="small"
                        label={t(`availabilitySettings.hours.${side}`)}
                        value={range[side]}
                        placeholder={side === 'start' ? '09:00' : '18:00'}
                        onChange={(e) => setRange(day, index, side, e.target.value)}
                        onBlur={() => touch(day, index, side)}
                        error={shown(`${day}.${index}.${side}`) !== undefined}
                        helperText={shown(`${day}.${index}.${side}`)}
                        slotProps={{
                          htmlInput: {
                            inputMode: 'numeric',
                            'aria-label': `${label} : ${t(`availabilitySettings.hours.${side}`)}`,
                          },
                        }}
                        sx={{ width: { xs: 'calc(50% - 28px)', sm: 150 } }}
                      />
                    ))}
                    <IconButton
                      aria-label={t('availabilitySettings.hours.removeRange', {
                        n,
                        day: t(`availabilitySettings.weekday.${DAY_KEY[day]}`).toLowerCase(),
                      })}
                      onClick={() => removeRange(day, index)}
                      sx={{ mt: 0.25 }}
                    >
                      <CloseIcon fontSize="small" />
                    </IconButton>
                  </Box>
                );
              })}
            </Box>
            <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end', alignItems: 'center' }}>
              <Button size="small" startIcon={<AddIcon />} onClick={() => addRange(day)}>
                {t('availabilitySettings.hours.addRange')}
              </Button>
              <Tooltip
                title={t('availabilitySettings.hours.copyTitle', {
                  day: t(`availabilitySettings.weekday.${DAY_KEY[day]}`).toLowerCase(),
                })}
              >
                <IconButton
                  size="small"
                  color="primary"
                  onClick={() => setCopyFrom(day)}
                  aria-label={t('availabilitySettings.hours.copyTitle', {
                    day: t(`availabilitySettings.weekday.${DAY_KEY[day]}`).toLowerCase(),
                  })}
                >
                  <ContentCopyIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Box>
          </Box>
        ))}
      </Card>
      <Typography variant="body2" color="text.secondary">
        {t('availabilitySettings.hours.alternatingWeeks')}
      </Typography>
      <SaveBar
        feedback={feedback}
        disabled={!dirty}
        saving={state.fetching}
        label={t('availabilitySettings.hours.save')}
        savingLabel={t('availabilitySettings.hours.saving')}
        summary={
          <Typography variant="body2" color="text.secondary" data-testid="weekly-total">
            {t('availabilitySettings.hours.total', {
              hours: weeklyHours(week).toLocaleString('fr-FR', { maximumFractionDigits: 2 }),
            })}
          </Typography>
        }
      />
      {copyFrom !== null ? (
        <CopyDayDialog
          from={copyFrom}
          onClose={() => setCopyFrom(null)}
          onCopy={(targets) => {
            change(copyDay(week, copyFrom, targets));
            setCopyFrom(null);
          }}
        />
      ) : null}
    </Box>
  );
}
