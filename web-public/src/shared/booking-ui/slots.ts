/** Free slots as the calendar and the time buttons need them, in the institute's time zone. Pure. */
import { dateKeyOf, zonedParts } from '@serenaia/shared/paris-time';

export interface SlotLike {
  /** UTC ISO instant. */
  start: string;
  end: string;
  practitionerId: string;
  practitionerName: string;
}

/** The Paris calendar days that have at least one free slot. */
export function availableDays(slots: readonly SlotLike[]): Set<string> {
  return new Set(slots.map((slot) => dateKeyOf(slot.start)));
}

/** The slots that start on `day` (Paris calendar date), by start time. */
export function slotsOfDay<T extends SlotLike>(slots: readonly T[], day: string): T[] {
  return slots
    .filter((slot) => dateKeyOf(slot.start) === day)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** "Matin" (starting before 12:00 in Paris) and "Après-midi" (from 12:00). */
export function splitByPeriod<T extends SlotLike>(slots: readonly T[]): { morning: T[]; afternoon: T[] } {
  const morning: T[] = [];
  const afternoon: T[] = [];
  for (const slot of slots) (zonedParts(slot.start).hour < 12 ? morning : afternoon).push(slot);
  return { morning, afternoon };
}
