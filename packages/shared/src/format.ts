/** Formatting for French readers (fr-FR, Europe/Paris). Pure functions: no clock, no DOM. */

import { lazy } from './lazy.js';
import { LOCALE, TIME_ZONE, formatTime } from './paris-time.js';

export { LOCALE, TIME_ZONE, formatTime };

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

const euros = lazy(() => new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' }));
const wholeEuros = lazy(
  () =>
    new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }),
);

/** Integer cents as "12,50 €" (French grouping and spacing), cents always shown: ledgers, amounts due. */
export function formatEuros(cents: number): string {
  return euros().format(cents / 100);
}

/** Integer cents as a French price: "45 €" for whole euros, "22,50 €" otherwise. */
export function formatPrice(cents: number): string {
  return cents % 100 === 0 ? wholeEuros().format(cents / 100) : euros().format(cents / 100);
}

/** "45 min", "1 h", "1 h 15", "2 h 05" (non-breaking spaces: never split over two lines). */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes}\u00a0min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}

type Instant = Date | string;
const asDate = (instant: Instant) => (instant instanceof Date ? instant : new Date(instant));

const longDate = lazy(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      timeZone: TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
);
const dayAndMonth = lazy(
  () =>
    new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' }),
);

/** "samedi 28 novembre 2026", in Paris whatever the browser's zone (or in `timeZone`). */
export function formatLongDate(instant: Instant, timeZone: string = TIME_ZONE): string {
  if (timeZone !== TIME_ZONE) {
    return new Intl.DateTimeFormat(LOCALE, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }).format(asDate(instant));
  }
  return longDate().format(asDate(instant));
}

/** "samedi 28 novembre", in Paris. */
export function formatDayAndMonth(instant: Instant): string {
  return dayAndMonth().format(asDate(instant));
}

/** "samedi 28 novembre 2026 à 10:30", in Paris. */
export function formatDateTime(instant: Instant): string {
  return `${formatLongDate(instant)} à ${formatTime(instant)}`;
}

/** A calendar date (`YYYY-MM-DD`, no zone) in words: "mardi 1 décembre 2026". */
export function formatDateKey(dateKey: string, options: { year?: boolean } = {}): string {
  const [year = 0, month = 1, day = 1] = dateKey.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(options.year === false ? {} : { year: 'numeric' }),
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A month (`YYYY-MM`) in words: "décembre 2026". */
export function formatMonthKey(monthKey: string): string {
  const [year = 0, month = 1] = monthKey.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

/** First letter in upper case, as at the start of a sentence ("Mardi 1 décembre 2026"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

/** "Camille Roux" → "CR" (avatars). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word !== '')
    .slice(0, 2)
    .map((word) => word.charAt(0).toLocaleUpperCase(LOCALE))
    .join('');
}
