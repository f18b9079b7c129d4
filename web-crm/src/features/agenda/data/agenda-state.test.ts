import { CAMILLE, LEA, block, booking, dayData } from '../testing/agenda-fixtures';
import {
  applyAgendaChange,
  bookingSegments,
  isShown,
  movedBooking,
  withPendingMoves,
  type AgendaBooking,
  type AgendaChange,
} from './agenda-state';

function change(kind: AgendaChange['kind'], payload: Partial<AgendaChange>): AgendaChange {
  return { day: '2026-11-26', kind, booking: null, block: null, ...payload };
}

const ids = (bookings: AgendaBooking[]) => bookings.map((b) => b.id);

describe('applyAgendaChange', () => {
  it('adds a created booking in start order', () => {
    const data = dayData({
      bookings: [
        booking({ id: 'a' }),
        booking({ id: 'c', start: '2026-11-26T15:00:00.000Z', end: '2026-11-26T15:30:00.000Z' }),
      ],
    });
    const created = booking(
      { id: 'b', start: '2026-11-26T10:00:00.000Z', end: '2026-11-26T10:30:00.000Z' },
      LEA.id,
    );
    const next = applyAgendaChange(data, change('CREATED', { booking: created }));
    expect(ids(next.bookings)).toEqual(['a', 'b', 'c']);
    expect(data.bookings).toHaveLength(2); // not mutated
  });

  it('moves a booking to another practitioner and time: it leaves its old place', () => {
    const data = dayData({ bookings: [booking({ id: 'a' })] });
    const moved = movedBooking(data.bookings[0], {
      start: Date.parse('2026-11-26T14:00:00Z'),
      practitionerId: LEA.id,
    });
    const next = applyAgendaChange(data, change('MOVED', { booking: moved }));
    expect(next.bookings).toHaveLength(1);
    expect(next.bookings[0].start).toBe('2026-11-26T14:00:00.000Z');
    expect(next.bookings[0].items.map((i) => i.practitionerId)).toEqual([LEA.id]);
    expect(bookingSegments(next.bookings[0]).map((s) => s.practitionerId)).toEqual([LEA.id]);
  });

  it('removes a booking moved to another day from this one', () => {
    const data = dayData({ bookings: [booking({ id: 'a' })] });
    const moved = movedBooking(data.bookings[0], {
      start: Date.parse('2026-11-27T09:00:00Z'),
      practitionerId: CAMILLE.id,
    });
    expect(applyAgendaChange(data, change('MOVED', { booking: moved })).bookings).toEqual([]);
  });

  it('keeps a cancelled booking with its status, shown only with the toggle', () => {
    const data = dayData({ bookings: [booking({ id: 'a' })] });
    const cancelled = { ...data.bookings[0], status: 'CANCELLED' as const, cancelReason: 'Malade' };
    const next = applyAgendaChange(data, change('CANCELLED', { booking: cancelled }));
    expect(next.bookings[0].status).toBe('CANCELLED');
    expect(isShown(next.bookings[0], { showCancelled: false })).toBe(false);
    expect(isShown(next.bookings[0], { showCancelled: true })).toBe(true);
  });

  it('ignores a change about another day', () => {
    const data = dayData();
    const other = booking({ id: 'x', start: '2026-11-27T09:00:00.000Z', end: '2026-11-27T09:30:00.000Z' });
    expect(applyAgendaChange(data, { ...change('CREATED', { booking: other }), day: '2026-11-27' })).toBe(
      data,
    );
  });

  it('adds and removes blocks', () => {
    const data = dayData();
    const blocked = applyAgendaChange(data, change('BLOCKED', { block: block({ id: 'b1' }) }));
    expect(blocked.blocks.map((b) => b.id)).toEqual(['b1']);
    const unblocked = applyAgendaChange(blocked, change('UNBLOCKED', { block: block({ id: 'b1' }) }));
    expect(unblocked.blocks).toEqual([]);
  });

  it('is idempotent: the same change twice leaves one booking', () => {
    const created = booking({ id: 'a' });
    const once = applyAgendaChange(dayData(), change('CREATED', { booking: created }));
    expect(applyAgendaChange(once, change('CREATED', { booking: created })).bookings).toHaveLength(1);
  });
});

describe('pending moves (optimistic display)', () => {
  it('shifts every item of a multi-service booking together', () => {
    const two = booking({
      id: 'm',
      start: '2026-11-26T09:00:00.000Z',
      end: '2026-11-26T10:00:00.000Z',
      items: [
        {
          ...booking({ id: 'm' }).items[0],
          id: 'i1',
          start: '2026-11-26T09:00:00.000Z',
          end: '2026-11-26T09:30:00.000Z',
        },
        {
          ...booking({ id: 'm' }).items[0],
          id: 'i2',
          start: '2026-11-26T09:30:00.000Z',
          end: '2026-11-26T10:00:00.000Z',
        },
      ],
    });
    const [shown] = withPendingMoves(
      [two],
      new Map([['m', { start: Date.parse('2026-11-26T13:15:00Z'), practitionerId: LEA.id }]]),
    );
    expect(shown.items.map((i) => [i.start, i.end, i.practitionerId])).toEqual([
      ['2026-11-26T13:15:00.000Z', '2026-11-26T13:45:00.000Z', LEA.id],
      ['2026-11-26T13:45:00.000Z', '2026-11-26T14:15:00.000Z', LEA.id],
    ]);
    expect(bookingSegments(shown)).toHaveLength(1);
    expect(bookingSegments(shown)[0]).toMatchObject({
      start: '2026-11-26T13:15:00.000Z',
      end: '2026-11-26T14:15:00.000Z',
    });
  });
});
