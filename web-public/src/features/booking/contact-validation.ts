/** The contact form's checks, before anything is sent (the server checks again). Pure. */

export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  note: string;
}

export type ContactField = keyof ContactValues;

/** Keys of `contactStep.errors` in the locale files. */
export type ContactErrorCode =
  | 'firstNameRequired'
  | 'lastNameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'phoneRequired'
  | 'phoneInvalid'
  | 'noteTooLong';

export type ContactErrors = Partial<Record<ContactField, ContactErrorCode>>;

export const CONTACT_FIELDS: readonly ContactField[] = ['firstName', 'lastName', 'email', 'phone', 'note'];
export const NAME_MAX = 60;
export const NOTE_MAX = 500;

export const EMPTY_CONTACT: ContactValues = { firstName: '', lastName: '', email: '', phone: '', note: '' };

/** Something@something.tld, no spaces: what people mistype, not the full RFC. */
export function isValidEmail(raw: string): boolean {
  const email = raw.trim();
  return email.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/.test(email);
}

/**
 * A French number as people write it ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
 * "+33 (0)6 12…", "0033 6…") or any international number in + form ("+44 20 7946 0958").
 */
export function isValidPhone(raw: string): boolean {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return false;
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('00')) digits = digits.slice(2);
  if (!international) return /^0[1-9]\d{8}$/.test(digits);
  if (digits.startsWith('33')) return /^33(0)?[1-9]\d{8}$/.test(digits);
  // E.164: a country code (never 0) and at most 15 digits in all.
  return /^[1-9]\d{6,14}$/.test(digits);
}

/** The first problem of each field; an empty object when the form can be sent. */
export function validateContact(values: ContactValues): ContactErrors {
  const errors: ContactErrors = {};
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  if (firstName === '') errors.firstName = 'firstNameRequired';
  else if (firstName.length > NAME_MAX) errors.firstName = 'nameTooLong';
  if (lastName === '') errors.lastName = 'lastNameRequired';
  else if (lastName.length > NAME_MAX) errors.lastName = 'nameTooLong';
  if (values.email.trim() === '') errors.email = 'emailRequired';
  else if (!isValidEmail(values.email)) errors.email = 'emailInvalid';
  if (values.phone.trim() === '') errors.phone = 'phoneRequired';
  else if (!isValidPhone(values.phone)) errors.phone = 'phoneInvalid';
  if (values.note.trim().length > NOTE_MAX) errors.note = 'noteTooLong';
  return errors;
}

/** Server field paths (`input.client.phone`, `input.note`) → form fields. */
export function contactFieldOf(path: string): ContactField | null {
  const name = path.replace(/^(input\.)?(client\.)?/, '');
  return (CONTACT_FIELDS as readonly string[]).includes(name) ? (name as ContactField) : null;
}
