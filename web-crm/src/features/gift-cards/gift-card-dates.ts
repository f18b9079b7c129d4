/**
 * A card's `expiresAt` is the instant it stops working: midnight (Paris) after its last valid day.
 * People read and type the last valid day. Pure.
 */
import { localDateOf, type LocalDate } from '@serenaia/shared/paris-time';

/** An instant inside the last valid day (one millisecond before `expiresAt`), for date formatting. */
export function lastValidInstant(expiresAt: string): string {
  return new Date(Date.parse(expiresAt) - 1).toISOString();
}

/** The last valid day (Paris) of a card. */
export function lastValidDate(expiresAt: string): LocalDate {
  return localDateOf(Date.parse(expiresAt) - 1);
}
