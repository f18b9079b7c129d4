/** Formatting for French readers (fr-FR, Europe/Paris). Pure functions: no clock, no DOM. */

export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Europe/Paris';

export interface PostalAddress {
  addressLine1: string;
  addressLine2?: string | null;
  postalCode: string;
  city: string;
}

/** Address as display lines: street, complement (if any), "75009 Paris". */
export function addressLines(address: PostalAddress): string[] {
  const lines = [address.addressLine1.trim()];
  const complement = address.addressLine2?.trim();
  if (complement) lines.push(complement);
  lines.push(`${address.postalCode.trim()} ${address.city.trim()}`);
  return lines;
}

/**
 * `tel:` URI in international form. A French national number ("01 42 80 12 34") becomes
 * `tel:+33142801234`; a number already in international form keeps its country code.
 */
export function phoneHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (trimmed.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.length === 10 && digits.startsWith('0')) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** SIRET grouped the way it is printed on French documents: "912 345 675 00017". */
export function formatSiret(siret: string): string {
  const digits = siret.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return siret;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** Link to the address on OpenStreetMap (opens outside the site; nothing is embedded). */
export function mapUrl(address: PostalAddress): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLines(address).join(', '))}`;
}

/** "mardi 25 novembre 2026", in the institute's time zone (not the browser's). */
export function formatLongDate(instant: Date, timeZone: string = TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALE, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);
}

/** First letter in upper case, as at the start of a line ("Mardi 25 novembre 2026"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

const euros = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' });

/** Integer cents as "12,50 €" (French grouping and spacing). */
export function formatEuros(cents: number): string {
  return euros.format(cents / 100);
}
