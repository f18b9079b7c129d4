/**
 * The create-booking and block-slot forms: their values, client-side validation (French messages)
 * and the GraphQL inputs they become. Pure.
 */
import type { BlockSlotInput, CreateBookingInput } from '../../../gql/graphql';
import { isLocalDate, parseWallTime, zonedInstant, type LocalDate } from '@serenaia/shared/paris-time';

export const MAX_SERVICES = 5;

export type ClientMode = 'existing' | 'new';

export interface BookingFormValues {
  practitionerId: string;
  date: LocalDate;
  /** `HH:MM`, Paris wall clock. */
  time: string;
  serviceIds: string[];
  clientMode: ClientMode;
  clientId: string | null;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  note: string;
}

export type BookingFormField =
  | 'practitionerId'
  | 'date'
  | 'time'
  | 'serviceIds'
  | 'clientId'
  | 'firstName'
  | 'lastName'
  | 'phone'
  | 'email';

export type FormErrors<F extends string> = Partial<Record<F, string>>;

/** The messages, so that this stays independent of i18next (the component passes `t`'s output). */
export interface BookingFormMessages {
  practitioner: string;
  date: string;
  time: string;
  services: string;
  tooManyServices: string;
  notPerformed: (serviceNames: string[]) => string;
  client: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** French national (10 digits, 0X…) or international (+ and 8 to 15 digits) phone numbers. */
export function isPhoneNumber(value: string): boolean {
  const compact = value.replace(/[\s.\-()]/g, '');
  if (/^0[1-9]\d{8}$/.test(compact)) return true;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return true;
  return /^00[1-9]\d{7,14}$/.test(compact);
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export interface BookingFormContext {
  /** Services the chosen practitioner performs (null: unknown, not checked). */
  performs: ReadonlySet<string> | null;
  serviceName: (id: string) => string;
}

export function validateBookingForm(
  values: BookingFormValues,
  context: BookingFormContext,
  messages: BookingFormMessages,
): FormErrors<BookingFormField> {
  const errors: FormErrors<BookingFormField> = {};
  if (values.practitionerId === '') errors.practitionerId = messages.practitioner;
  if (!isLocalDate(values.date)) errors.date = messages.date;
  if (parseWallTime(values.time) === null) errors.time = messages.time;
  if (values.serviceIds.length === 0) errors.serviceIds = messages.services;
  else if (values.serviceIds.length > MAX_SERVICES) errors.serviceIds = messages.tooManyServices;
  else if (context.performs !== null && values.practitionerId !== '') {
    const missing = values.serviceIds.filter((id) => !context.performs?.has(id));
    if (missing.length > 0) errors.serviceIds = messages.notPerformed(missing.map(context.serviceName));
  }
  if (values.clientMode === 'existing') {
    if (values.clientId === null) errors.clientId = messages.client;
  } else {
    if (values.firstName.trim() === '') errors.firstName = messages.firstName;
    if (values.lastName.trim() === '') errors.lastName = messages.lastName;
    if (!isPhoneNumber(values.phone)) errors.phone = messages.phone;
    if (!isEmail(values.email)) errors.email = messages.email;
  }
  return errors;
}

/** The start instant of the form (date and time read in Europe/Paris), or null when incomplete. */
export function formStart(date: string, time: string): number | null {
  const minutes = parseWallTime(time);
  if (!isLocalDate(date) || minutes === null) return null;
  return zonedInstant(date, minutes);
}

/** The `createBooking` input of valid values. */
export function toCreateBookingInput(values: BookingFormValues): CreateBookingInput {
  const start = formStart(values.date, values.time);
  if (start === null) throw new RangeError('The form is not valid');
  const note = values.note.trim();
  return {
    practitionerId: values.practitionerId,
    serviceIds: values.serviceIds,
    start: new Date(start).toISOString(),
    ...(note === '' ? {} : { note }),
    ...(values.clientMode === 'existing' && values.clientId !== null
      ? { clientId: values.clientId }
      : {
          client: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            phone: values.phone.trim(),
            email: values.email.trim(),
          },
        }),
  };
}

/** Server field errors (`input.client.email` → `email`) onto the form's fields. */
export function serverFieldErrors(fields: Record<string, string>): FormErrors<BookingFormField> {
  const map: Record<string, BookingFormField> = {
    practitionerId: 'practitionerId',
    start: 'time',
    serviceIds: 'serviceIds',
    clientId: 'clientId',
    client: 'clientId',
    'client.firstName': 'firstName',
    'client.lastName': 'lastName',
    'client.phone': 'phone',
    'client.email': 'email',
  };
  const errors: FormErrors<BookingFormField> = {};
  for (const [field, message] of Object.entries(fields)) {
    const target = map[field];
    if (target !== undefined) errors[target] ??= message;
  }
  return errors;
}

export interface BlockFormValues {
  practitionerId: string;
  cabinId: string;
  date: LocalDate;
  start: string;
  end: string;
  reason: string;
}

export type BlockFormField = 'practitionerId' | 'date' | 'start' | 'end';

export interface BlockFormMessages {
  practitioner: string;
  date: string;
  time: string;
  endAfterStart: string;
}

export function validateBlockForm(
  values: BlockFormValues,
  messages: BlockFormMessages,
): FormErrors<BlockFormField> {
  const errors: FormErrors<BlockFormField> = {};
  if (values.practitionerId === '') errors.practitionerId = messages.practitioner;
  if (!isLocalDate(values.date)) errors.date = messages.date;
  const start = parseWallTime(values.start);
  const end = parseWallTime(values.end);
  if (start === null) errors.start = messages.time;
  if (end === null) errors.end = messages.time;
  else if (start !== null && end <= start) errors.end = messages.endAfterStart;
  return errors;
}

export function toBlockSlotInput(values: BlockFormValues): BlockSlotInput {
  const start = formStart(values.date, values.start);
  const end = formStart(values.date, values.end);
  if (start === null || end === null) throw new RangeError('The form is not valid');
  const reason = values.reason.trim();
  return {
    practitionerId: values.practitionerId,
    ...(values.cabinId === '' ? {} : { cabinId: values.cabinId }),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    ...(reason === '' ? {} : { reason }),
  };
}
