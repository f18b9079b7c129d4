/** What a document or a message shows of the institute at its head. Pure. */

export interface InstituteAddress {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
}

export interface Letterhead {
  name: string;
  addressLines: string[];
  phone: string | null;
  email: string | null;
  brandColor: string;
}

/** Default brand colour (the institute's row is created by the set-up; documents must render before). */
export const DEFAULT_BRAND_COLOR = '#8e5b6e';

/** The postal address as printed: street, optional second line, postal code and city. */
export function addressLinesOf(a: InstituteAddress): string[] {
  return [a.addressLine1, ...(a.addressLine2 ? [a.addressLine2] : []), `${a.postalCode} ${a.city}`];
}

/** The letterhead of an institute row, or a neutral one when the institute is not set up yet. */
export function letterheadOf(
  row:
    | (InstituteAddress & { name: string; phone: string | null; email: string | null; brandColor: string })
    | null,
): Letterhead {
  if (row === null) {
    return { name: 'Sérénaia', addressLines: [], phone: null, email: null, brandColor: DEFAULT_BRAND_COLOR };
  }
  return {
    name: row.name,
    addressLines: addressLinesOf(row),
    phone: row.phone,
    email: row.email,
    brandColor: row.brandColor,
  };
}
