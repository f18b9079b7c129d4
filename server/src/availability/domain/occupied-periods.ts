import type { Interval } from '../../common/time.js';

/** One service of a booking, as the slot search and the booking see it. */
export interface SlotItemSpec {
  serviceId: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  cabinTypeId: string | null;
}

const MINUTE_MS = 60_000;

/** Items, durations and buffers a slot search or a booking can use; otherwise a RangeError. */
export function assertItems(items: readonly SlotItemSpec[]): void {
  if (items.length === 0) throw new RangeError('A slot search needs at least one service.');
  for (const item of items) {
    if (!Number.isInteger(item.durationMinutes) || item.durationMinutes < 1) {
      throw new RangeError(`Invalid duration for ${item.serviceId}: ${item.durationMinutes} min`);
    }
    for (const buffer of [item.bufferBeforeMinutes, item.bufferAfterMinutes]) {
      if (!Number.isInteger(buffer) || buffer < 0) {
        throw new RangeError(`Invalid buffer for ${item.serviceId}: ${buffer} min`);
      }
    }
  }
}

/**
 * What a booking of these items at `start` occupies, for its practitioner and its cabins: one entry per item.
 * The practitioner's period includes bufferBefore only on the first item and bufferAfter only on the last
 * (consecutive items of one booking sit back to back); each item's cabin period is the same as its
 * practitioner period.
 */
export function occupiedPeriods(
  items: readonly SlotItemSpec[],
  start: number,
): { serviceId: string; start: number; end: number; occupied: Interval }[] {
  assertItems(items);
  const last = items.length - 1;
  let cursor = start;
  return items.map((item, index) => {
    const itemStart = cursor;
    const itemEnd = itemStart + item.durationMinutes * MINUTE_MS;
    cursor = itemEnd;
    return {
      serviceId: item.serviceId,
      start: itemStart,
      end: itemEnd,
      occupied: {
        start: itemStart - (index === 0 ? item.bufferBeforeMinutes * MINUTE_MS : 0),
        end: itemEnd + (index === last ? item.bufferAfterMinutes * MINUTE_MS : 0),
      },
    };
  });
}
