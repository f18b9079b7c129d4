import fc from 'fast-check';
import type { BookingItemEntity } from './booking.entities.js';
import { itemReservations, storedItemSpecs } from './booking-reservations.service.js';

const MIN = 60_000;
const start = Date.UTC(2026, 2, 10, 9, 0);
const spec = (durationMinutes: number, bufferBeforeMinutes = 0, bufferAfterMinutes = 0) => ({
  serviceId: `s${durationMinutes}`,
  durationMinutes,
  bufferBeforeMinutes,
  bufferAfterMinutes,
  cabinTypeId: null,
});
const at = (i: number) => ({ bookingItemId: `i${i}`, practitionerId: 'p1', cabinId: i === 1 ? 'c1' : null });

describe('itemReservations', () => {
  it('reserves each item back to back, with the first buffer before and the last buffer after only', () => {
    const rows = itemReservations([spec(30, 10, 5), spec(45, 10, 5), spec(20, 10, 15)], start, [
      at(0),
      at(1),
      at(2),
    ]);
    expect(rows.map((r) => [r.bookingItemId, r.cabinId, r.start.getTime(), r.end.getTime()])).toEqual([
      ['i0', null, start - 10 * MIN, start + 30 * MIN],
      ['i1', 'c1', start + 30 * MIN, start + 75 * MIN],
      ['i2', null, start + 75 * MIN, start + 95 * MIN + 15 * MIN],
    ]);
    expect(rows.every((r) => r.practitionerId === 'p1')).toBe(true);
  });

  it('refuses placements that do not match the items one to one', () => {
    expect(() => itemReservations([spec(30)], start, [at(0), at(1)])).toThrow(RangeError);
  });
});

describe('storedItemSpecs', () => {
  /** What onDepositPaid computed by hand before it used occupiedPeriods. */
  const byHand = (items: BookingItemEntity[]) =>
    items.map((item, index) => ({
      start: item.startsAt.getTime() - (index === 0 ? item.bufferBeforeMinutes * MIN : 0),
      end: item.endsAt.getTime() + (index === items.length - 1 ? item.bufferAfterMinutes * MIN : 0),
    }));

  it('reserves what the stored items hold, as the hand computation did, for any back-to-back items', () => {
    const item = fc.record({
      minutes: fc.integer({ min: 1, max: 240 }),
      // The snapshot may say another duration than the item holds (a move after a catalogue change).
      snapshot: fc.integer({ min: 1, max: 240 }),
      before: fc.integer({ min: 0, max: 60 }),
      after: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (shape) => {
        let cursor = start;
        const items = shape.map((s, index) => {
          const startsAt = new Date(cursor);
          cursor += s.minutes * MIN;
          return {
            id: `i${index}`,
            serviceId: `s${index}`,
            practitionerId: 'p1',
            cabinId: null,
            startsAt,
            endsAt: new Date(cursor),
            durationMinutes: s.snapshot,
            bufferBeforeMinutes: s.before,
            bufferAfterMinutes: s.after,
          } as unknown as BookingItemEntity;
        });
        const rows = itemReservations(
          storedItemSpecs(items),
          start,
          items.map((i) => ({ bookingItemId: i.id, practitionerId: i.practitionerId, cabinId: i.cabinId })),
        );
        expect(rows.map((r) => ({ start: r.start.getTime(), end: r.end.getTime() }))).toEqual(byHand(items));
      }),
    );
  });
});
