import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { CreateClosuresDocument } from '../../gql/graphql';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { closureDays, validateClosure, type ClosureErrors, type ClosureForm } from './closure-form';
import type { PractitionerLabel } from './MonthCalendar';

/** The select's value for the whole institute (MUI shows nothing for ''). */
const INSTITUTE = 'institute';

type Feedback = { severity: 'success' | 'error'; message: string } | null;

/** Close the institute, or record one practitioner's leave, from one date to another. */
export function ClosureFormCard({
  practitioners,
  picked,
  onCreated,
}: {
  practitioners: readonly PractitionerLabel[];
  /** A day clicked on the calendar (`n` changes on every click): it becomes the range. */
  picked: { date: string; n: number } | null;
  onCreated: (firstDate: string) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ClosureForm>({ practitionerId: '', from: null, to: null, reason: '' });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ClosureErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [state, create] = useMutation(CreateClosuresDocument);
  useEffect(() => {
    if (picked === null) return;
    setForm((f) => ({ ...f, from: picked.date, to: picked.date }));
    setFeedback(null);
  }, [picked]);
  const local = validateClosure(form);
  const errors: ClosureErrors = { ...serverErrors, ...(submitted ? local : rangeOnly(local, form)) };
  const days = closureDays(form);

  const set = <K extends keyof ClosureForm>(key: K, value: ClosureForm[K]) => {
    setForm((f) => {
      const next = { ...f, [key]: value };
      // A single day is the common case: the end follows the start until it is set on its own.
      if (key === 'from' && value !== null && (f.to === null || f.to === f.from)) next.to = value;
      return next;
    });
    setServerErrors({});
    setFeedback(null);
  };

  const submit = async () => {
    setSubmitted(true);
    setFeedback(null);
    if (Object.keys(local).length > 0 || form.from === null || form.to === null) return;
    const result = await create({
      input: {
        practitionerId: form.practitionerId === '' ? null : form.practitionerId,
        from: form.from,
        to: form.to,
        reason: form.reason.trim() === '' ? null : form.reason.trim(),
      },
    });
    if (result.data) {
      setFeedback({
        severity: 'success',
        message: t('availabilitySettings.closures.create.created', { count: days ?? 0 }),
      });
      const first = form.from;
      setForm({ practitionerId: form.practitionerId, from: null, to: null, reason: '' });
      setSubmitted(false);
      onCreated(first);
    } else if (result.error) {
      const inline = fieldErrors(result.error);
      setServerErrors({ from: inline.from, to: inline.to, reason: inline.reason });
      setFeedback({
        severity: 'error',
        message: `${t('availabilitySettings.closures.create.error')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };

  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby="closure-form-title"
      sx={{ gridArea: 'form', position: { md: 'sticky' }, top: { md: 88 } }}
    >
      <CardContent>
        <Typography id="closure-form-title" component="h2" variant="h6" sx={{ mb: 2 }}>
          {t('availabilitySettings.closures.create.title')}
        </Typography>
        <Box
          component="form"
          noValidate
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          sx={{ display: 'grid', gap: 2 }}
        >
          <TextField
            select
            size="small"
            label={t('availabilitySettings.closures.create.who')}
            value={form.practitionerId === '' ? INSTITUTE : form.practitionerId}
            onChange={(e) => set('practitionerId', e.target.value === INSTITUTE ? '' : e.target.value)}
          >
            <MenuItem value={INSTITUTE}>{t('availabilitySettings.closures.institute')}</MenuItem>
            {practitioners.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.displayName}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
            <FrenchDateField
              label={t('availabilitySettings.closures.create.from')}
              value={form.from}
              onChange={(v) => set('from', v)}
              error={errors.from}
            />
            <FrenchDateField
              label={t('availabilitySettings.closures.create.to')}
              value={form.to}
              onChange={(v) => set('to', v)}
              error={errors.to}
            />
          </Box>
          <TextField
            size="small"
            label={t('availabilitySettings.closures.create.reason')}
            placeholder={t('availabilitySettings.closures.create.reasonPlaceholder')}
            value={form.reason}
            onChange={(e) => set('reason', e.target.value)}
            error={errors.reason !== undefined}
            helperText={errors.reason}
          />
          {feedback ? (
            <Alert severity={feedback.severity} role={feedback.severity === 'error' ? 'alert' : 'status'}>
              {feedback.message}
            </Alert>
          ) : null}
          <Button type="submit" variant="contained" disabled={state.fetching}>
            {state.fetching
              ? t('availabilitySettings.closures.create.submitting')
              : days !== null
                ? `${t('availabilitySettings.closures.create.submit')} (${t('availabilitySettings.closures.create.days', { count: days })})`
                : t('availabilitySettings.closures.create.submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

/** Before a first submit, only the range problems (order, length) show; "required" waits for the submit. */
function rangeOnly(errors: ClosureErrors, form: ClosureForm): ClosureErrors {
  return form.from !== null && form.to !== null ? errors : {};
}
