import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateStaffBookingDocument } from '../../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { FrenchTimeField } from '@serenaia/shared/FrenchTimeField';
import {
  conflictAlternatives,
  errorMessage,
  fieldErrors,
  type Alternative,
} from '@serenaia/shared/graphql-errors';
import { formatTime, localDateOf, wallMinutes, wallTimeString } from '@serenaia/shared/paris-time';
import type { AgendaBooking, AgendaPractitioner } from '../data/agenda-state';
import { AlternativeSlots } from './AlternativeSlots';
import {
  formStart,
  serverFieldErrors,
  toCreateBookingInput,
  validateBookingForm,
  type BookingFormField,
  type BookingFormMessages,
  type BookingFormValues,
  type FormErrors,
} from './booking-form';
import { ClientPicker, type ClientOption } from './ClientPicker';
import { formatDuration, ServicePicker, useServiceOptions } from './ServicePicker';

export interface CreateBookingFormProps {
  formId: string;
  practitioners: readonly AgendaPractitioner[];
  initial: { practitionerId: string; start: number };
  /** Runs the mutation as one of this screen's own changes. */
  run: <T>(work: () => Promise<T>, idOf: (result: T) => string | undefined) => Promise<T>;
  onCreated: (booking: AgendaBooking) => void;
  onSubmittingChange: (submitting: boolean) => void;
}

/** A booking made at the desk: practitioner and time from the click, services, client. */
export function CreateBookingForm(props: CreateBookingFormProps) {
  const { formId, practitioners, initial, run, onCreated, onSubmittingChange } = props;
  const { t } = useTranslation();
  const { options, fetching } = useServiceOptions();
  const [, createBooking] = useMutation(CreateStaffBookingDocument);
  const [values, setValues] = useState<BookingFormValues>(() => ({
    practitionerId: initial.practitionerId,
    date: localDateOf(initial.start),
    time: wallTimeString(wallMinutes(initial.start)),
    serviceIds: [],
    clientMode: 'existing',
    clientId: null,
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    note: '',
  }));
  const [client, setClient] = useState<ClientOption | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors<BookingFormField>>({});
  const [failure, setFailure] = useState<{ message: string; alternatives: Alternative[] } | null>(null);

  const practitioner = practitioners.find((p) => p.id === values.practitionerId);
  const performs = useMemo(() => (practitioner ? new Set(practitioner.serviceIds) : null), [practitioner]);
  const serviceName = (id: string) => options.find((o) => o.id === id)?.name ?? id;
  const messages: BookingFormMessages = {
    ...t('agenda.create.validation', { returnObjects: true }),
    notPerformed: (names) =>
      t('agenda.create.validation.notPerformed', {
        practitioner: practitioner?.displayName ?? '',
        services: names.join(', '),
      }),
  };
  const errors = submitted ? validateBookingForm(values, { performs, serviceName }, messages) : {};
  const shown: FormErrors<BookingFormField> = { ...serverErrors, ...errors };

  const chosen = values.serviceIds
    .map((id) => options.find((o) => o.id === id))
    .filter((o) => o !== undefined);
  const minutes = chosen.reduce((sum, o) => sum + o.durationMinutes, 0);
  const price = chosen.reduce((sum, o) => sum + o.priceCents, 0);
  const start = formStart(values.date, values.time);

  const set = <K extends keyof BookingFormValues>(key: K, value: BookingFormValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setServerErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    const problems = validateBookingForm(values, { performs, serviceName }, messages);
    if (Object.keys(problems).length > 0) return;
    onSubmittingChange(true);
    const result = await run(
      () => createBooking({ input: toCreateBookingInput(values) }),
      (r) => r.data?.createBooking.booking.id,
    );
    onSubmittingChange(false);
    const booking = result.data?.createBooking.booking;
    if (booking) {
      onCreated(booking);
      return;
    }
    if (result.error === undefined) return;
    const fields = serverFieldErrors(fieldErrors(result.error));
    setServerErrors(fields);
    setFailure({
      message: errorMessage(result.error, {
        network: t('errors.network'),
        unexpected: t('errors.unexpected'),
      }),
      alternatives: conflictAlternatives(result.error),
    });
  };

  const pickAlternative = (alternative: Alternative) => {
    setValues((prev) => ({
      ...prev,
      practitionerId: alternative.practitionerId ?? prev.practitionerId,
      date: localDateOf(alternative.start),
      time: formatTime(alternative.start),
    }));
    setFailure(null);
  };

  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(e) => void submit(e)}
      sx={{ display: 'grid', gap: 2, pt: 1 }}
    >
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', sm: '1.6fr 1.25fr 1.15fr' } }}
      >
        <TextField
          select
          label={t('agenda.create.practitioner')}
          value={values.practitionerId}
          onChange={(e) => set('practitionerId', e.target.value)}
          error={shown.practitionerId !== undefined}
          helperText={shown.practitionerId}
          sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}
        >
          {practitioners.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              <Box
                component="span"
                aria-hidden
                sx={{
                  width: 10,
                  height: 10,
                  borderRadius: '50%',
                  bgcolor: p.color,
                  mr: 1,
                  display: 'inline-block',
                }}
              />
              {p.displayName}
            </MenuItem>
          ))}
        </TextField>
        <FrenchDateField
          fullWidth
          size="medium"
          label={t('agenda.create.date')}
          value={values.date || null}
          onChange={(day) => set('date', day ?? '')}
          error={shown.date}
        />
        <FrenchTimeField
          label={t('agenda.create.start')}
          value={values.time || null}
          onChange={(time) => set('time', time ?? '')}
          error={shown.time}
        />
      </Box>

      <ServicePicker
        options={options}
        allowed={performs}
        loading={fetching}
        value={values.serviceIds}
        onChange={(ids) => set('serviceIds', ids)}
        error={shown.serviceIds}
      />
      {chosen.length > 0 && start !== null ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: -1 }}>
          {t('agenda.create.summary', {
            duration: formatDuration(minutes),
            price: formatEuros(price),
            end: formatTime(start + minutes * 60_000),
          })}
        </Typography>
      ) : null}

      <Box>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={values.clientMode}
          aria-label={t('agenda.create.clientMode')}
          onChange={(_, mode: BookingFormValues['clientMode'] | null) => {
            if (mode !== null) set('clientMode', mode);
          }}
          sx={{ mb: 1.5, '& .MuiToggleButton-root': { textTransform: 'none', fontWeight: 600, px: 2 } }}
        >
          <ToggleButton value="existing">{t('agenda.create.existingClient')}</ToggleButton>
          <ToggleButton value="new">{t('agenda.create.newClient')}</ToggleButton>
        </ToggleButtonGroup>
        {values.clientMode === 'existing' ? (
          <ClientPicker
            value={client}
            onChange={(next) => {
              setClient(next);
              set('clientId', next?.id ?? null);
            }}
            error={shown.clientId}
          />
        ) : (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField
              label={t('agenda.create.firstName')}
              value={values.firstName}
              onChange={(e) => set('firstName', e.target.value)}
              error={shown.firstName !== undefined}
              helperText={shown.firstName}
              autoComplete="off"
            />
            <TextField
              label={t('agenda.create.lastName')}
              value={values.lastName}
              onChange={(e) => set('lastName', e.target.value)}
              error={shown.lastName !== undefined}
              helperText={shown.lastName}
              autoComplete="off"
            />
            <TextField
              label={t('agenda.create.phone')}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.target.value)}
              error={shown.phone !== undefined}
              helperText={shown.phone}
              autoComplete="off"
            />
            <TextField
              label={t('agenda.create.email')}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
              error={shown.email !== undefined}
              helperText={shown.email}
              autoComplete="off"
            />
          </Box>
        )}
      </Box>

      <TextField
        label={t('agenda.create.note')}
        value={values.note}
        onChange={(e) => set('note', e.target.value)}
        multiline
        minRows={2}
      />

      {failure ? (
        <Alert severity="error" role="alert">
          {failure.message}
          <AlternativeSlots alternatives={failure.alternatives} onPick={pickAlternative} />
        </Alert>
      ) : null}
    </Box>
  );
}
