/**
 * A closure over a date range (the whole institute, or one practitioner's leave) is stored as one all-day
 * CLOSED exception per date. The range is bounded so that a typo in a year cannot write thousands of rows.
 */
import { type IsoDate, datesBetween, isIsoDate } from '../../common/time.js';

/** The longest closure created at once, in days (two months). */
export const MAX_CLOSURE_DAYS = 62;

export interface ClosureRangeProblem {
  field: 'from' | 'to';
  message: string;
}

/** The dates of `from`–`to` (inclusive), or what is wrong with the range, in French, by field. */
export function closureDates(
  from: string,
  to: string,
): { dates: IsoDate[]; problems: [] } | { dates: []; problems: ClosureRangeProblem[] } {
  const problems: ClosureRangeProblem[] = [];
  if (!isIsoDate(from)) problems.push({ field: 'from', message: 'Date de début invalide (AAAA-MM-JJ).' });
  if (!isIsoDate(to)) problems.push({ field: 'to', message: 'Date de fin invalide (AAAA-MM-JJ).' });
  if (problems.length > 0) return { dates: [], problems };
  if (to < from) {
    return {
      dates: [],
      problems: [
        { field: 'to', message: 'La date de fin doit être le même jour ou après la date de début.' },
      ],
    };
  }
  const dates = datesBetween(from, to);
  if (dates.length > MAX_CLOSURE_DAYS) {
    return {
      dates: [],
      problems: [
        {
          field: 'to',
          message: `Une fermeture dure au plus ${MAX_CLOSURE_DAYS} jours (ici ${dates.length}) : découpez-la.`,
        },
      ],
    };
  }
  return { dates, problems: [] };
}
