/**
 * Working hours: weekly wall-clock rules plus dated exceptions, expanded into instants date by date.
 *
 * - Several rules may share a weekday; the gaps between them are breaks. Overlapping or touching rules merge.
 * - A date in `closedDates` (e.g. a public holiday the institute closes on) gets no weekly rule.
 * - OPEN exceptions add hours, even on a closed date or a normally closed weekday.
 * - CLOSED exceptions are applied last: without times the whole date is closed (OPEN exceptions included),
 *   with times that range is removed.
 * - Wall times become instants with `zonedInstant`: starts take the earlier occurrence and ends the later one.
 *   A rule covering the autumn overlap therefore lasts its full real time (00:00–05:00 is 6 h on that
 *   Sunday), and a rule across the spring gap loses the missing hour (00:00–05:00 is 4 h).
 */
import {
  type Interval,
  type IsoDate,
  type WallTime,
  datesBetween,
  isIsoDate,
  isTimeZone,
  isWallTime,
  isoWeekday,
  normalizeIntervals,
  subtractIntervals,
  wallTimeToMinutes,
  zonedInstant,
} from '../../common/time.js';

/** Several per day allowed (breaks = gaps). */
export interface WeeklyRule {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: WallTime;
  end: WallTime;
}

/**
 * CLOSED with null times = closed all day; CLOSED with times = that range removed; OPEN with times = extra hours
 * added (also on a holiday or a normally closed day). OPEN without times is invalid.
 */
export interface DateException {
  date: IsoDate;
  kind: 'CLOSED' | 'OPEN';
  start: WallTime | null;
  end: WallTime | null;
}

export interface WorkingHoursInput {
  rules: readonly WeeklyRule[];
  exceptions: readonly DateException[];
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  zone: string;
  /** Dates without weekly rules, e.g. public holidays when the institute closes on them. */
  closedDates: ReadonlySet<IsoDate>;
}

const WEEKDAY_NAMES = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];

function isWeekday(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

/** What is wrong with one rule on its own (weekday, times, order), in French; [] if nothing. */
function ruleProblems(rule: WeeklyRule): string[] {
  if (!isWeekday(rule.weekday)) {
    return [`Jour invalide (${String(rule.weekday)}) : attendu de 1 (lundi) à 7 (dimanche).`];
  }
  const day = WEEKDAY_NAMES[rule.weekday - 1];
  const problems: string[] = [];
  if (!isWallTime(rule.start)) {
    problems.push(`${day} : l’heure de début (${String(rule.start)}) est invalide (HH:MM).`);
  }
  if (!isWallTime(rule.end)) {
    problems.push(`${day} : l’heure de fin (${String(rule.end)}) est invalide (HH:MM).`);
  }
  if (problems.length === 0 && wallTimeToMinutes(rule.end) <= wallTimeToMinutes(rule.start)) {
    problems.push(`${day} : la fin (${rule.end}) doit être après le début (${rule.start}).`);
  }
  return problems;
}

/** Problems with a set of weekly rules, in French, for the person editing them; [] when they are fine. */
export function validateWeeklyRules(rules: readonly WeeklyRule[]): string[] {
  const problems: string[] = [];
  const usable: WeeklyRule[] = [];
  for (const rule of rules) {
    const own = ruleProblems(rule);
    problems.push(...own);
    if (own.length === 0) usable.push(rule);
  }
  // Overlaps (touching is fine: 09:00–12:00 then 12:00–14:00), in weekday then start order.
  for (let weekday = 1; weekday <= 7; weekday++) {
    const sameDay = usable
      .filter((rule) => rule.weekday === weekday)
      .sort((a, b) => wallTimeToMinutes(a.start) - wallTimeToMinutes(b.start));
    for (let i = 0; i < sameDay.length; i++) {
      for (let j = i + 1; j < sameDay.length; j++) {
        const [a, b] = [sameDay[i], sameDay[j]];
        if (wallTimeToMinutes(b.start) < wallTimeToMinutes(a.end)) {
          problems.push(
            `${WEEKDAY_NAMES[weekday - 1]} : les plages ${a.start}–${a.end} et ${b.start}–${b.end} se chevauchent.`,
          );
        }
      }
    }
  }
  return problems;
}

function toInterval(date: IsoDate, start: WallTime, end: WallTime, zone: string): Interval {
  return { start: zonedInstant(date, start, zone, 'earlier'), end: zonedInstant(date, end, zone, 'later') };
}

function assertException(exception: DateException): void {
  const { date, kind, start, end } = exception;
  if (!isIsoDate(date)) throw new RangeError(`Invalid exception date: ${String(date)}`);
  if (kind !== 'OPEN' && kind !== 'CLOSED') throw new RangeError(`Invalid exception kind: ${String(kind)}`);
  if (start === null && end === null) {
    if (kind === 'OPEN') throw new RangeError(`An OPEN exception needs a start and an end (${date}).`);
    return;
  }
  if (start === null || end === null || !isWallTime(start) || !isWallTime(end)) {
    throw new RangeError(`Invalid exception times on ${date}: ${String(start)}–${String(end)}`);
  }
  if (wallTimeToMinutes(end) <= wallTimeToMinutes(start)) {
    throw new RangeError(`Exception on ${date}: the end (${end}) must be after the start (${start}).`);
  }
}

/**
 * Working time as instants: per date, weekly rules (none on closedDates), plus OPEN exceptions, minus CLOSED
 * ones; normalised (intervals of consecutive dates that touch at midnight merge). Throws a RangeError on a
 * malformed rule (bad weekday or time, end not after start) or exception; overlapping rules merely merge.
 */
export function workingIntervals(input: WorkingHoursInput): Interval[] {
  const { rules, exceptions, from, to, zone, closedDates } = input;
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Invalid date range: ${from} – ${to}`);
  if (!isTimeZone(zone)) throw new RangeError(`Invalid time zone: ${zone}`);
  const malformed = rules.flatMap(ruleProblems);
  if (malformed.length > 0) throw new RangeError(malformed.join(' '));
  exceptions.forEach(assertException);

  const rulesByWeekday = new Map<number, WeeklyRule[]>();
  for (const rule of rules) {
    rulesByWeekday.set(rule.weekday, [...(rulesByWeekday.get(rule.weekday) ?? []), rule]);
  }
  const exceptionsByDate = new Map<IsoDate, DateException[]>();
  for (const exception of exceptions) {
    if (exception.date < from || exception.date > to) continue;
    exceptionsByDate.set(exception.date, [...(exceptionsByDate.get(exception.date) ?? []), exception]);
  }

  const result: Interval[] = [];
  for (const date of datesBetween(from, to)) {
    const dated = exceptionsByDate.get(date) ?? [];
    if (dated.some((e) => e.kind === 'CLOSED' && e.start === null)) continue;
    const open: Interval[] = [];
    if (!closedDates.has(date)) {
      for (const rule of rulesByWeekday.get(isoWeekday(date)) ?? []) {
        open.push(toInterval(date, rule.start, rule.end, zone));
      }
    }
    const closed: Interval[] = [];
    for (const e of dated) {
      if (e.start === null || e.end === null) continue;
      (e.kind === 'OPEN' ? open : closed).push(toInterval(date, e.start, e.end, zone));
    }
    result.push(...subtractIntervals(open, closed));
  }
  return normalizeIntervals(result);
}
