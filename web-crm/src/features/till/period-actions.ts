import { addMonths } from '@serenaia/shared/paris-time';
import type { ClosurePeriod } from '../../gql/graphql';

/**
 * Which closures this user may start now, as the server's rules have it: the day (Z) for anyone allowed
 * `closePeriod`; the month just ended and the year just ended for an administrator, each only while not
 * yet closed. Returns the date to send for each (any day inside the period), or null. Pure.
 */
export function periodActions(input: {
  /** Today, Europe/Paris (YYYY-MM-DD). */
  today: string;
  closures: readonly { period: ClosurePeriod; firstDate: string }[];
  canClose: boolean;
  isAdmin: boolean;
}): { day: boolean; month: string | null; year: string | null } {
  if (!input.canClose) return { day: false, month: null, year: null };
  if (!input.isAdmin) return { day: true, month: null, year: null };
  const lastMonth = `${addMonths(input.today.slice(0, 7), -1)}-01`;
  const lastYear = `${Number(input.today.slice(0, 4)) - 1}-01-01`;
  const closed = (period: ClosurePeriod, first: string) =>
    input.closures.some((c) => c.period === period && c.firstDate === first);
  return {
    day: true,
    month: closed('MONTH', lastMonth) ? null : lastMonth,
    year: closed('YEAR', lastYear) ? null : lastYear,
  };
}
