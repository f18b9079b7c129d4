/**
 * Outbox job (queue `pos`) written in the transaction of every daily closure (Z), manual or automatic:
 * consumers (accounting) read the closure's facts through `ClosureFactsService`. Ids only.
 */
export const DAY_CLOSED_JOB = 'pos.day-closed';

export interface DayClosedJobData {
  tillId: string;
  /** The CLOSURE_DAY journal record. */
  recordId: string;
}
