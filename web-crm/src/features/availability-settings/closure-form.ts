/**
 * A closure over a date range, checked as the server checks it (createClosures: both dates, the end on or
 * after the start, at most 62 days), with its French messages by field; and the month's calendar cells:
 * public holidays, institute closures and practitioners' leave per date. Pure.
 */
import { datesBetween, frenchPublicHolidays, isIsoDate } from '@serenaia/shared/time';
import type { AvailabilityExceptionFieldsFragment } from '../../gql/graphql';

export const MAX_CLOSURE_DAYS = 62;

export interface ClosureForm {
  /** '' = the whole institute. */
  practitionerId: string;
  from: string | null;
  to: string | null;
  reason: string;
}

export type ClosureErrors = Partial<Record<'from' | 'to' | 'reason', string>>;

export const CLOSURE_MESSAGES = {
  required: 'Saisissez une date (jj/mm/aaaa).',
  order: 'La date de fin doit être le même jour ou après la date de début.',
  tooLong: (days: number) =>
    `Une fermeture dure au plus ${MAX_CLOSURE_DAYS} jours (ici ${days}) : découpez-la.`,
  reason: 'Le motif ne doit pas dépasser 200 caractères.',
} as const;

/** Number of days of the range, or null while it is incomplete or reversed. */
export function closureDays(form: Pick<ClosureForm, 'from' | 'to'>): number | null {
  const { from, to } = form;
  if (from === null || to === null || !isIsoDate(from) || !isIsoDate(to) || to < from) return null;
  return datesBetween(from, to).length;
}

export function validateClosure(form: ClosureForm): ClosureErrors {
  const errors: ClosureErrors = {};
  if (form.from === null || !isIsoDate(form.from)) errors.from = CLOSURE_MESSAGES.required;
  if (form.to === null || !isIsoDate(form.to)) errors.to = CLOSURE_MESSAGES.required;
  if (errors.from === undefined && errors.to === undefined) {
    const days = closureDays(form);
    if (days === null) errors.to = CLOSURE_MESSAGES.order;
    else if (days > MAX_CLOSURE_DAYS) errors.to = CLOSURE_MESSAGES.tooLong(days);
  }
  if (form.reason.trim().length > 200) errors.reason = CLOSURE_MESSAGES.reason;
  return errors;
}

export interface DayMarks {
  holiday: string | null;
  /** The whole institute is closed all day. */
  instituteClosed: boolean;
  /** Institute-wide exceptions that are not a full-day closure (a closed range, extra hours). */
  institutePartial: AvailabilityExceptionFieldsFragment[];
  /** Practitioner exceptions (leave, closed ranges, extra hours). */
  practitioners: AvailabilityExceptionFieldsFragment[];
}

/** Marks per date of `dates`. */
export function dayMarks(
  dates: readonly string[],
  exceptions: readonly AvailabilityExceptionFieldsFragment[],
): Map<string, DayMarks> {
  const years = new Set(dates.map((d) => Number(d.slice(0, 4))));
  const holidays = new Map<string, string>();
  for (const year of years) for (const [date, name] of frenchPublicHolidays(year)) holidays.set(date, name);
  const marks = new Map<string, DayMarks>();
  for (const date of dates) {
    const own = exceptions.filter((e) => e.date === date);
    const institute = own.filter((e) => e.practitionerId === null || e.practitionerId === undefined);
    marks.set(date, {
      holiday: holidays.get(date) ?? null,
      instituteClosed: institute.some((e) => e.kind === 'CLOSED' && e.start === null),
      institutePartial: institute.filter((e) => !(e.kind === 'CLOSED' && e.start === null)),
      practitioners: own.filter((e) => e.practitionerId !== null && e.practitionerId !== undefined),
    });
  }
  return marks;
}
