/** Which values survive when two client records become one. Pure. */

export const MERGE_FIELDS = [
  'FIRST_NAME',
  'LAST_NAME',
  'EMAIL',
  'PHONE',
  'BIRTHDAY',
  'ADDRESS',
  'PREFERRED_PRACTITIONER',
  'CONSENTS',
  'NOTES',
  'BEAUTY_FILE',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export interface MergeableClient {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  preferredPractitionerId: string | null;
  marketingConsent: boolean;
  serviceEmailOptOut: boolean;
  serviceSmsOptOut: boolean;
  notes: string | null;
  tags: string[];
}

type Values = Omit<MergeableClient, never>;

/**
 * The survivor's values, except the fields chosen from the merged record; a blank field of the
 * survivor takes the merged record's value; tags are the union of both. Consents go together (the
 * record whose choices are kept); `BEAUTY_FILE` is decided by the caller, not here.
 */
export function mergedValues(
  survivor: MergeableClient,
  merged: MergeableClient,
  fromMerged: MergeField[],
): Values {
  const take = new Set(fromMerged);
  const pick = <T>(field: MergeField, a: T | null, b: T | null): T | null =>
    take.has(field) ? (b ?? a) : (a ?? b);
  const address = take.has('ADDRESS') || survivor.addressLine1 === null ? merged : survivor;
  const useAddress = address.addressLine1 !== null || address.city !== null ? address : survivor;
  const consents = take.has('CONSENTS') ? merged : survivor;
  const notes = take.has('NOTES')
    ? merged.notes
    : [survivor.notes, merged.notes].filter((n): n is string => n !== null && n !== '').join('\n\n') || null;
  return {
    firstName: take.has('FIRST_NAME') ? merged.firstName : survivor.firstName,
    lastName: take.has('LAST_NAME') ? merged.lastName : survivor.lastName,
    email: pick('EMAIL', survivor.email, merged.email),
    phone: pick('PHONE', survivor.phone, merged.phone),
    birthday: pick('BIRTHDAY', survivor.birthday, merged.birthday),
    addressLine1: useAddress.addressLine1,
    postalCode: useAddress.postalCode,
    city: useAddress.city,
    preferredPractitionerId: pick(
      'PREFERRED_PRACTITIONER',
      survivor.preferredPractitionerId,
      merged.preferredPractitionerId,
    ),
    marketingConsent: consents.marketingConsent,
    serviceEmailOptOut: consents.serviceEmailOptOut,
    serviceSmsOptOut: consents.serviceSmsOptOut,
    notes,
    tags: [...new Set([...survivor.tags, ...merged.tags])].sort((a, b) => a.localeCompare(b, 'fr')),
  };
}
