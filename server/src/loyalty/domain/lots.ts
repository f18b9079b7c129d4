/**
 * Points are held in lots (each positive movement: earned, birthday, referral, positive adjustment)
 * that expire on their own date. Spending, reversals and expiry consume lots oldest expiry first
 * (FIFO); a lot without an expiry date goes last.
 */
export interface PointsLot {
  id: string;
  remaining: number;
  /** Epoch milliseconds; null never expires. */
  expiresAt: number | null;
}

export interface LotTake {
  lotId: string;
  points: number;
}

function fifo(a: PointsLot, b: PointsLot): number {
  if (a.expiresAt === b.expiresAt) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.expiresAt === null) return 1;
  if (b.expiresAt === null) return -1;
  return a.expiresAt - b.expiresAt;
}

/**
 * What `points` takes from the lots, oldest expiry first, and what could not be covered (a
 * reversal of points already spent leaves the balance below zero: `uncovered` says by how much).
 */
export function consumeLots(
  lots: readonly PointsLot[],
  points: number,
): { takes: LotTake[]; uncovered: number } {
  let left = points;
  const takes: LotTake[] = [];
  for (const lot of [...lots].filter((l) => l.remaining > 0).sort(fifo)) {
    if (left <= 0) break;
    const n = Math.min(lot.remaining, left);
    takes.push({ lotId: lot.id, points: n });
    left -= n;
  }
  return { takes, uncovered: Math.max(0, left) };
}

/** The lots whose date has passed at `now` and what is left in each (what the expiry job removes). */
export function expiredLots(lots: readonly PointsLot[], now: number): LotTake[] {
  return lots
    .filter((l) => l.remaining > 0 && l.expiresAt !== null && l.expiresAt <= now)
    .sort(fifo)
    .map((l) => ({ lotId: l.id, points: l.remaining }));
}

/** `from` plus `months` calendar months in UTC (the 31st becomes the month's last day). */
export function addMonths(from: number, months: number): number {
  const d = new Date(from);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.getTime();
}
