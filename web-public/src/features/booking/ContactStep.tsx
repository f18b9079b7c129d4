import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateBookingDocument } from '../../gql/graphql';
import { visuallyHidden } from '@serenaia/shared/a11y';
import {
  errorMessage,
  fieldErrors,
  slotConflict,
  type SlotAlternative,
} from '@serenaia/shared/graphql-errors';
import type { ChosenSlot } from './booking-url';
import { BookingRecap } from './BookingRecap';
import { ConflictAlternatives } from '../../shared/booking-ui/ConflictAlternatives';
import {
  CONTACT_FIELDS,
  NAME_MAX,
  NOTE_MAX,
  contactFieldOf,
  validateContact,
  type ContactErrors,
  type ContactField,
  type ContactValues,
} from './contact-validation';
import type { CatalogService, CreatedBooking } from './types';

export interface ContactStepProps {
  services: readonly CatalogService[];
  /** The client's choice at the "Praticien" step (null: "Sans préférence"). */
  practitionerId: string | null;
  slot: ChosenSlot;
  /** Who the chosen slot goes to. */
  practitionerName: string | null;
  pendingHoldMinutes: number;
  /** The form's values live with the flow, so that going back a step keeps them. */
  values: ContactValues;
  onValuesChange: (values: ContactValues) => void;
  /** Another slot was chosen among the alternatives (the address follows). */
  onSlotChange: (slot: ChosenSlot) => void;
  onPickAnother: () => void;
  onBooked: (created: CreatedBooking) => void;
}

interface Conflict {
  message: string;
  alternatives: SlotAlternative[];
}

const AUTOCOMPLETE: Record<ContactField, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  phone: 'tel',
  note: 'off',
};

/** Step 4: who books. Checks the form, books, and turns a taken slot into nearby alternatives. */
export function ContactStep(props: ContactStepProps) {
  const { services, practitionerId, slot, values, onValuesChange } = props;
  const { t } = useTranslation();
  const [{ fetching }, createBooking] = useMutation(CreateBookingDocument);
  const [touched, setTouched] = useState<Partial<Record<ContactField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = useRef(new Map<ContactField, HTMLInputElement | HTMLTextAreaElement>());

  const localErrors: ContactErrors = validateContact(values);
  const errorOf = (field: ContactField): string | undefined => {
    if (serverErrors[field] !== undefined) return serverErrors[field];
    const code = localErrors[field];
    return code !== undefined && (submitted || touched[field]) ? t(`contactStep.errors.${code}`) : undefined;
  };

  const book = async (start: string, requestedPractitionerId: string | null) => {
    setFailure(null);
    const result = await createBooking({
      input: {
        serviceIds: services.map((s) => s.id),
        practitionerId: requestedPractitionerId,
        start,
        client: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          email: values.email.trim(),
          phone: values.phone.trim(),
        },
        note: values.note.trim() === '' ? null : values.note.trim(),
      },
    });
    if (result.data) {
      setConflict(null);
      props.onBooked(result.data.createBooking);
      return;
    }
    const error = result.error;
    if (error === undefined) return;
    const taken = slotConflict(error);
    if (taken !== null) {
      setConflict(taken);
      return;
    }
    setConflict(null);
    const byField: Partial<Record<ContactField, string>> = {};
    for (const [path, message] of Object.entries(fieldErrors(error, ''))) {
      const field = contactFieldOf(path);
      if (field !== null) byField[field] ??= message;
    }
    setServerErrors(byField);
    const first = CONTACT_FIELDS.find((field) => byField[field] !== undefined);
    if (first !== undefined) {
      inputs.current.get(first)?.focus();
      setFailure(t('contactStep.formError'));
    } else {
      setFailure(
        errorMessage(error, { network: t('booking.networkError'), unexpected: t('booking.unexpectedError') }),
      );
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    setSubmitted(true);
    const invalid = CONTACT_FIELDS.find((field) => localErrors[field] !== undefined);
    if (invalid !== undefined) {
      inputs.current.get(invalid)?.focus();
      return;
    }
    void book(slot.start, practitionerId);
  };

  const chooseAlternative = (alternative: SlotAlternative) => {
    // A practitioner chosen by the client stays a requirement; "Sans préférence" stays open.
    const requested = practitionerId === null ? null : alternative.practitionerId;
    props.onSlotChange({ start: alternative.start, practitionerId: alternative.practitionerId });
    void book(alternative.start, requested);
  };

  const field = (
    name: ContactField,
    label: string,
    options: {
      required?: boolean;
      type?: string;
      inputMode?: 'email' | 'tel';
      hint?: string;
      multiline?: boolean;
    } = {},
  ) => {
    const error = errorOf(name);
    return (
      <TextField
        name={name}
        label={label}
        value={values[name]}
        onChange={(event) => {
          onValuesChange({ ...values, [name]: event.target.value });
          if (serverErrors[name] !== undefined) setServerErrors({ ...serverErrors, [name]: undefined });
        }}
        onBlur={() => setTouched((current) => ({ ...current, [name]: true }))}
        required={options.required}
        type={options.type}
        multiline={options.multiline}
        minRows={options.multiline ? 2 : undefined}
        error={error !== undefined}
        helperText={error ?? options.hint}
        autoComplete={AUTOCOMPLETE[name]}
        inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
          if (element === null) inputs.current.delete(name);
          else inputs.current.set(name, element);
        }}
        fullWidth
        slotProps={{
          htmlInput: {
            maxLength: name === 'note' ? NOTE_MAX : name === 'email' ? 254 : NAME_MAX + 10,
            inputMode: options.inputMode,
          },
        }}
      />
    );
  };

  return (
    <Grid container spacing={{ xs: 3, md: 5 }}>
      <Grid size={{ xs: 12, md: 5 }} sx={{ order: { md: 2 } }}>
        <BookingRecap
          services={services}
          start={slot.start}
          practitionerName={props.practitionerName}
          pendingHoldMinutes={props.pendingHoldMinutes}
          taken={conflict !== null}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        {conflict !== null ? (
          <ConflictAlternatives
            message={conflict.message}
            alternatives={conflict.alternatives}
            busy={fetching}
            onChoose={chooseAlternative}
            onPickAnother={props.onPickAnother}
          />
        ) : null}
        <Box component="form" noValidate onSubmit={onSubmit} aria-labelledby="contact-form-title">
          <Typography id="contact-form-title" sx={visuallyHidden}>
            {t('contactStep.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 0.5 }}>
            {t('contactStep.intro')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
            {t('contactStep.required')}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6 }}>
              {field('firstName', t('contactStep.firstName'), { required: true })}
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              {field('lastName', t('contactStep.lastName'), { required: true })}
            </Grid>
            <Grid size={12}>
              {field('email', t('contactStep.email'), { required: true, type: 'email', inputMode: 'email' })}
            </Grid>
            <Grid size={12}>
              {field('phone', t('contactStep.phone'), {
                required: true,
                type: 'tel',
                inputMode: 'tel',
                hint: t('contactStep.phoneHint'),
              })}
            </Grid>
            <Grid size={12}>
              {field('note', t('contactStep.note'), { multiline: true, hint: t('contactStep.noteHint') })}
            </Grid>
          </Grid>
          <Box aria-live="assertive" sx={{ mt: 2 }}>
            {failure !== null ? <Alert severity="error">{failure}</Alert> : null}
          </Box>
          {conflict === null ? (
            <Button
              type="submit"
              variant="contained"
              size="large"
              fullWidth
              disabled={fetching}
              sx={{ mt: 2, py: 1.5 }}
              startIcon={fetching ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              {fetching ? t('contactStep.submitting') : t('contactStep.submit')}
            </Button>
          ) : (
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              {t('contactStep.chooseAlternative')}
            </Typography>
          )}
        </Box>
      </Grid>
    </Grid>
  );
}
