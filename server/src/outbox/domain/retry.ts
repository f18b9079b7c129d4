/**
 * Retry schedule of the outbox relay when a queue cannot be reached: exponential from 1 s, capped at
 * 5 min, with up to 20 % jitter so that several relays do not hammer Redis in step. Never gives up:
 * an undelivered row waits for Redis as long as it takes.
 */
export const RETRY_BASE_MS = 1000;
export const RETRY_MAX_MS = 5 * 60 * 1000;

export function nextRetryDelayMs(attempts: number, random: () => number = Math.random): number {
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError('attempts must be a positive integer');
  const exponential = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(attempts - 1, 30));
  const jitter = 1 - 0.2 * random();
  return Math.round(exponential * jitter);
}

/** The Bull job id of an outbox row: its own `jobId` when given, else one derived from the row id. */
export function outboxJobId(row: { id: string; jobId: string | null }): string {
  return row.jobId ?? `outbox:${row.id}`;
}

/** Short, single-line error text for the `last_error` column (no stack, bounded). */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}
