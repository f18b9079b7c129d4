/**
 * Validation of the team settings' forms (cabin, cabin type, practitioner), the same rules as the
 * server's inputs. Pure: errors are keys under `teamSettings.validation`.
 */

export const NAME_MAX = 60;
export const BIO_MAX = 600;
export const PHOTO_URL_MAX = 500;

const COLOR = /^#[0-9a-fA-F]{6}$/;

export type ValidationKey =
  | 'nameRequired'
  | 'nameTooShort'
  | 'nameTooLong'
  | 'typeRequired'
  | 'colorInvalid'
  | 'bioTooLong'
  | 'photoInvalid'
  | 'photoTooLong';

type Checked<F extends string, V> =
  { value: V; errors: null } | { value: null; errors: Partial<Record<F, ValidationKey>> };

function nameProblem(name: string, min: number): ValidationKey | null {
  if (name === '') return 'nameRequired';
  if (name.length < min) return 'nameTooShort';
  if (name.length > NAME_MAX) return 'nameTooLong';
  return null;
}

/** A cabin type: a name of 2 to 60 characters. */
export function checkCabinType(form: { name: string }): Checked<'name', { name: string }> {
  const name = form.name.trim();
  const problem = nameProblem(name, 2);
  return problem === null ? { value: { name }, errors: null } : { value: null, errors: { name: problem } };
}

/** A cabin: a name of 1 to 60 characters and a type. */
export function checkCabin(form: {
  name: string;
  cabinTypeId: string;
  active: boolean;
}): Checked<'name' | 'cabinTypeId', { name: string; cabinTypeId: string; active: boolean }> {
  const name = form.name.trim();
  const errors: Partial<Record<'name' | 'cabinTypeId', ValidationKey>> = {};
  const problem = nameProblem(name, 1);
  if (problem !== null) errors.name = problem;
  if (form.cabinTypeId === '') errors.cabinTypeId = 'typeRequired';
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return { value: { name, cabinTypeId: form.cabinTypeId, active: form.active }, errors: null };
}

/** An absolute https address with a host that has a dot (what the server's IsUrl accepts, roughly). */
export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\/[^\s/]/i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && /^[^.]+(\.[^.]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

export interface PractitionerForm {
  displayName: string;
  color: string;
  bio: string;
  photoUrl: string;
  active: boolean;
  serviceIds: string[];
}

export interface PractitionerValues {
  displayName: string;
  color: string;
  bio: string | null;
  photoUrl: string | null;
  active: boolean;
  serviceIds: string[];
}

export type PractitionerField = 'displayName' | 'color' | 'bio' | 'photoUrl';

/** A practitioner: name 2–60, #rrggbb colour, bio up to 600 characters, photo an https address. */
export function checkPractitioner(form: PractitionerForm): Checked<PractitionerField, PractitionerValues> {
  const errors: Partial<Record<PractitionerField, ValidationKey>> = {};
  const displayName = form.displayName.trim();
  const problem = nameProblem(displayName, 2);
  if (problem !== null) errors.displayName = problem;
  if (!COLOR.test(form.color)) errors.color = 'colorInvalid';
  const bio = form.bio.trim();
  if (bio.length > BIO_MAX) errors.bio = 'bioTooLong';
  const photoUrl = form.photoUrl.trim();
  if (photoUrl.length > PHOTO_URL_MAX) errors.photoUrl = 'photoTooLong';
  else if (photoUrl !== '' && !isHttpsUrl(photoUrl)) errors.photoUrl = 'photoInvalid';
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return {
    value: {
      displayName,
      color: form.color.toLowerCase(),
      bio: bio === '' ? null : bio,
      photoUrl: photoUrl === '' ? null : photoUrl,
      active: form.active,
      serviceIds: form.serviceIds,
    },
    errors: null,
  };
}
