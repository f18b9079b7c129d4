/** When a booking's reminder goes out. Pure. */

export const REMINDER_LEAD_MS = 24 * 3600_000;

/**
 * 24 h before the start, or null when that moment has already passed (a booking made less than 24 h
 * ahead gets no reminder: the confirmation has just told the client).
 */
export function reminderTime(start: number, now: number, leadMs = REMINDER_LEAD_MS): number | null {
  const at = start - leadMs;
  return at > now ? at : null;
}

export function reminderJobId(bookingId: string): string {
  return `reminder:${bookingId}`;
}
