/**
 * The booking policy form: numbers typed in the unit an owner thinks in (lead time and cancellation in
 * hours, horizon in days, hold in minutes), validated with the server's bounds and French messages, and
 * the mutation's input holding only what changed. Pure.
 */
import type { BookingSettingsFieldsFragment, UpdateBookingSettingsInput } from '../../gql/graphql';

export const GRID_CHOICES = [5, 10, 15, 20, 30, 45, 60] as const;

export interface PolicyForm {
  slotGranularityMinutes: number;
  /** Hours (the API stores minutes); decimals allowed: "1,5". */
  minLeadTimeHours: string;
  bookingHorizonDays: string;
  pendingHoldMinutes: string;
  cancellationDeadlineHours: string;
  closedOnPublicHolidays: boolean;
}

export type PolicyField = Exclude<keyof PolicyForm, 'slotGranularityMinutes' | 'closedOnPublicHolidays'>;
export type PolicyErrors = Partial<Record<PolicyField, string>>;

export function policyForm(settings: BookingSettingsFieldsFragment): PolicyForm {
  return {
    slotGranularityMinutes: settings.slotGranularityMinutes,
    minLeadTimeHours: String(settings.minLeadTimeMinutes / 60).replace('.', ','),
    bookingHorizonDays: String(settings.bookingHorizonDays),
    pendingHoldMinutes: String(settings.pendingHoldMinutes),
    cancellationDeadlineHours: String(settings.cancellationDeadlineHours),
    closedOnPublicHolidays: settings.closedOnPublicHolidays,
  };
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const INTEGER = /^\d+$/;

interface Bound {
  min: number;
  max: number;
  integer: boolean;
  invalid: string;
  tooSmall: string;
  tooLarge: string;
}

/** The server's bounds (UpdateBookingSettingsInput), in the form's units. */
const BOUNDS: Record<PolicyField, Bound> = {
  minLeadTimeHours: {
    min: 0,
    max: 336,
    integer: false,
    invalid: 'Saisissez un nombre d’heures (par exemple 2 ou 1,5).',
    tooSmall: 'Le délai minimum ne peut pas être négatif.',
    tooLarge: 'Le délai minimum ne peut pas dépasser 14 jours.',
  },
  bookingHorizonDays: {
    min: 1,
    max: 730,
    integer: true,
    invalid: 'Saisissez un nombre entier de jours.',
    tooSmall: 'L’horizon de réservation doit être d’au moins 1 jour.',
    tooLarge: 'L’horizon de réservation ne peut pas dépasser 2 ans.',
  },
  pendingHoldMinutes: {
    min: 1,
    max: 1440,
    integer: true,
    invalid: 'Saisissez un nombre entier de minutes.',
    tooSmall: 'La durée de blocage doit être d’au moins 1 minute.',
    tooLarge: 'La durée de blocage ne peut pas dépasser 24 heures.',
  },
  cancellationDeadlineHours: {
    min: 0,
    max: 720,
    integer: true,
    invalid: 'Saisissez un nombre entier d’heures.',
    tooSmall: 'Le délai d’annulation ne peut pas être négatif.',
    tooLarge: 'Le délai d’annulation ne peut pas dépasser 30 jours.',
  },
};

function parse(field: PolicyField, text: string): { value: number } | { error: string } {
  const bound = BOUNDS[field];
  const trimmed = text.trim();
  if (trimmed.startsWith('-') && NUMBER.test(trimmed.slice(1))) return { error: bound.tooSmall };
  if (!(bound.integer ? INTEGER : NUMBER).test(trimmed)) return { error: bound.invalid };
  const value = Number(trimmed.replace(',', '.'));
  if (value < bound.min) return { error: bound.tooSmall };
  if (value > bound.max) return { error: bound.tooLarge };
  if (field === 'minLeadTimeHours' && !Number.isInteger(value * 60)) {
    return { error: 'Le délai minimum se compte en minutes entières (par exemple 1,5 h = 90 min).' };
  }
  return { value };
}

export function validatePolicy(form: PolicyForm): PolicyErrors {
  const errors: PolicyErrors = {};
  for (const field of Object.keys(BOUNDS) as PolicyField[]) {
    const result = parse(field, form[field]);
    if ('error' in result) errors[field] = result.error;
  }
  return errors;
}

/** What changed, in the API's units; call when `validatePolicy` is {}. */
export function policyChanges(
  settings: BookingSettingsFieldsFragment,
  form: PolicyForm,
): UpdateBookingSettingsInput {
  const number = (field: PolicyField) => {
    const result = parse(field, form[field]);
    return 'value' in result ? result.value : NaN;
  };
  const next: Required<UpdateBookingSettingsInput> = {
    slotGranularityMinutes: form.slotGranularityMinutes,
    minLeadTimeMinutes: Math.round(number('minLeadTimeHours') * 60),
    bookingHorizonDays: number('bookingHorizonDays'),
    pendingHoldMinutes: number('pendingHoldMinutes'),
    cancellationDeadlineHours: number('cancellationDeadlineHours'),
    closedOnPublicHolidays: form.closedOnPublicHolidays,
  };
  const input: UpdateBookingSettingsInput = {};
  for (const key of Object.keys(next) as (keyof UpdateBookingSettingsInput)[]) {
    if (next[key] !== settings[key]) (input as Record<string, unknown>)[key] = next[key];
  }
  return input;
}

/** Server field (input.minLeadTimeMinutes) → form field. */
export const FORM_FIELD_OF: Record<string, PolicyField> = {
  minLeadTimeMinutes: 'minLeadTimeHours',
  bookingHorizonDays: 'bookingHorizonDays',
  pendingHoldMinutes: 'pendingHoldMinutes',
  cancellationDeadlineHours: 'cancellationDeadlineHours',
};
