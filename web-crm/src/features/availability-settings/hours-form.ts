/**
 * The weekly hours form: per weekday (1 = Monday … 7 = Sunday) zero or more ranges typed as "09:00"; the
 * gaps between ranges are breaks. Validated as the server does (HH:MM, 24:00 allowed as an end, end after
 * start, no overlap on a day; touching is fine) with a French message per field. Pure.
 */
import type { WorkingHoursRuleInput } from '../../gql/graphql';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Locale key of each weekday (availabilitySettings.weekday.mon …). */
export const DAY_KEY = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' } as const;

export interface TimeRange {
  start: string;
  end: string;
}

export type WeekForm = Record<Weekday, TimeRange[]>;

/** Field keys: `${weekday}.${index}.start` / `.end`. */
export type WeekErrors = Record<string, string>;

const WALL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const HOURS_MESSAGES = {
  required: 'Saisissez une heure (par exemple 09:00).',
  invalid: 'Heure invalide (HH:MM, ex. 09:30).',
  order: 'La fin doit être après le début.',
  overlap: (other: TimeRange) => `Chevauche la plage ${other.start}–${other.end}.`,
} as const;

export function emptyWeek(): WeekForm {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
}

export function weekFromRules(rules: readonly { weekday: number; start: string; end: string }[]): WeekForm {
  const week = emptyWeek();
  for (const rule of rules) {
    if (WEEKDAYS.includes(rule.weekday as Weekday)) {
      week[rule.weekday as Weekday].push({ start: rule.start, end: rule.end });
    }
  }
  for (const day of WEEKDAYS) week[day].sort((a, b) => a.start.localeCompare(b.start));
  return week;
}

/** "9:00", "9h", "9h30", " 09:30 " → "09:00"…; anything else is returned trimmed, for the validator. */
export function normalizeTime(text: string): string {
  const value = text.trim();
  const match = /^(\d{1,2})(?:[:hH](\d{2})?)?$/.exec(value);
  if (match === null) return value;
  const [, hours, minutes = '00'] = match;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** What is wrong, by field; {} when the week can be saved. */
export function validateWeek(week: WeekForm): WeekErrors {
  const errors: WeekErrors = {};
  for (const day of WEEKDAYS) {
    const usable: { index: number; range: TimeRange }[] = [];
    week[day].forEach((raw, index) => {
      const range = { start: normalizeTime(raw.start), end: normalizeTime(raw.end) };
      let ok = true;
      for (const side of ['start', 'end'] as const) {
        const value = range[side];
        const problem =
          value === ''
            ? HOURS_MESSAGES.required
            : !WALL_TIME.test(value) || (side === 'start' && value === '24:00')
              ? HOURS_MESSAGES.invalid
              : null;
        if (problem !== null) {
          errors[`${day}.${index}.${side}`] = problem;
          ok = false;
        }
      }
      if (ok && minutesOf(range.end) <= minutesOf(range.start)) {
        errors[`${day}.${index}.end`] = HOURS_MESSAGES.order;
        ok = false;
      }
      if (ok) usable.push({ index, range });
    });
    usable.sort((a, b) => minutesOf(a.range.start) - minutesOf(b.range.start));
    for (let i = 1; i < usable.length; i++) {
      const previous = usable[i - 1];
      const current = usable[i];
      if (minutesOf(current.range.start) < minutesOf(previous.range.end)) {
        errors[`${day}.${current.index}.start`] ??= HOURS_MESSAGES.overlap(previous.range);
      }
    }
  }
  return errors;
}

/** The mutation's rules, normalised and in weekday then start order. Call after `validateWeek` is {}. */
export function rulesOf(week: WeekForm): WorkingHoursRuleInput[] {
  return WEEKDAYS.flatMap((weekday) =>
    week[weekday]
      .map((r) => ({ weekday, start: normalizeTime(r.start), end: normalizeTime(r.end) }))
      .sort((a, b) => a.start.localeCompare(b.start)),
  );
}

/** The same ranges as `from` on each of `to` (their own ranges replaced). */
export function copyDay(week: WeekForm, from: Weekday, to: readonly Weekday[]): WeekForm {
  const next = { ...week };
  for (const day of to) if (day !== from) next[day] = week[from].map((r) => ({ ...r }));
  return next;
}

/** Whether two weeks would save the same rules. */
export function sameWeek(a: WeekForm, b: WeekForm): boolean {
  return JSON.stringify(rulesOf(a)) === JSON.stringify(rulesOf(b));
}

/** Total weekly hours of the valid ranges, e.g. 38.5. */
export function weeklyHours(week: WeekForm): number {
  let minutes = 0;
  for (const rule of rulesOf(week)) {
    if (WALL_TIME.test(rule.start) && WALL_TIME.test(rule.end) && rule.end > rule.start) {
      minutes += minutesOf(rule.end) - minutesOf(rule.start);
    }
  }
  return minutes / 60;
}
