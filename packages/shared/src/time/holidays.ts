/**
 * French public holidays (jours fériés) of metropolitan France, per the Code du travail (art. L3133-1): eight
 * fixed dates and three that follow Easter. Alsace-Moselle's two extra days (Vendredi saint, 26 December) and
 * the overseas departments' abolition days are not included.
 */
import { type IsoDate, addDays, isIsoDate } from './calendar.js';

const FIXED: readonly (readonly [monthDay: string, name: string])[] = [
  ['01-01', 'Jour de l’an'],
  ['05-01', 'Fête du Travail'],
  ['05-08', 'Victoire 1945'],
  ['07-14', 'Fête nationale'],
  ['08-15', 'Assomption'],
  ['11-01', 'Toussaint'],
  ['11-11', 'Armistice 1918'],
  ['12-25', 'Noël'],
];

/** Days after Easter Sunday. */
const MOVABLE: readonly (readonly [daysAfterEaster: number, name: string])[] = [
  [1, 'Lundi de Pâques'],
  [39, 'Ascension'],
  [50, 'Lundi de Pentecôte'],
];

const FIRST_YEAR = 1583; // the first full year of the Gregorian calendar
const LAST_YEAR = 9999;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Invalid year: ${year}`);
  }
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The eleven public holidays of `year`: date → French name ('Lundi de Pâques', …), in date order. */
export function frenchPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const easter = easterSunday(year);
  const entries: [IsoDate, string][] = [
    ...FIXED.map(([monthDay, name]): [IsoDate, string] => [`${year}-${monthDay}`, name]),
    ...MOVABLE.map(([days, name]): [IsoDate, string] => [addDays(easter, days), name]),
  ];
  // ISO dates sort as strings. Two holidays can share a date (Ascension on 1 May in 2008 and 2160): keep both.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const holidays = new Map<IsoDate, string>();
  for (const [date, name] of entries) {
    const other = holidays.get(date);
    holidays.set(date, other === undefined ? name : `${other} et ${name}`);
  }
  return holidays;
}

/** Public holidays from `from` to `to`, both included, in date order; empty if `to` is before `from`. */
export function publicHolidaysBetween(from: IsoDate, to: IsoDate): ReadonlyMap<IsoDate, string> {
  for (const date of [from, to]) if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${date}`);
  const result = new Map<IsoDate, string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [date, name] of frenchPublicHolidays(year)) {
      if (date >= from && date <= to) result.set(date, name);
    }
  }
  return result;
}
