import { addDays, INSTITUTE_TIME_ZONE, localDateOf, zonedInstant, type IsoDate } from '../../common/time.js';

/**
 * The last Paris date a card issued at `issuedAt` may be used: the same day `months` later (the end of
 * that month when it has no such day: issued 31 March → 30 April… 12 months → 31 March). Pure.
 */
export function lastValidDate(issuedAt: number, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Invalid validity: ${months}`);
  return addMonths(localDateOf(issuedAt, INSTITUTE_TIME_ZONE), months);
}

/** The instant a card stops being usable: midnight, Paris time, after its last valid date. */
export function expiryInstant(lastValid: IsoDate): number {
  return zonedInstant(addDays(lastValid, 1), '00:00', INSTITUTE_TIME_ZONE);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const iso: IsoDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso;
}
