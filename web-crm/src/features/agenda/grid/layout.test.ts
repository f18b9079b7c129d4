import { zonedInstant } from '@serenaia/shared/paris-time';
import {
  boxFor,
  columnGeometry,
  dropStart,
  hourMarks,
  instantToY,
  layoutLanes,
  windowFor,
  yToInstant,
  DEFAULT_WINDOW,
} from './layout';

const iso = (ms: number) => new Date(ms).toISOString();

describe('minute → pixel', () => {
  const geometry = columnGeometry('2026-11-26', DEFAULT_WINDOW, 2);

  it('measures the column from 08:00 to 21:00 Paris time', () => {
    expect(iso(geometry.start)).toBe('2026-11-26T07:00:00.000Z');
    expect(geometry.minutes).toBe(13 * 60);
    expect(geometry.height).toBe(13 * 60 * 2);
  });

  it('places a UTC instant at its Paris time', () => {
    // 08:30Z is 09:30 in Paris: 90 minutes below 08:00.
    expect(instantToY(geometry, '2026-11-26T08:30:00Z')).toBe(180);
    expect(boxFor(geometry, '2026-11-26T08:30:00Z', '2026-11-26T09:15:00Z')).toEqual({
      top: 180,
      height: 90,
      clippedTop: false,
      clippedBottom: false,
    });
  });

  it('clips what overflows the window and ignores what is outside', () => {
    expect(boxFor(geometry, '2026-11-26T06:30:00Z', '2026-11-26T07:30:00Z')).toEqual({
      top: 0,
      height: 60,
      clippedTop: true,
      clippedBottom: false,
    });
    expect(boxFor(geometry, '2026-11-26T05:00:00Z', '2026-11-26T06:00:00Z')).toBeNull();
  });

  it('turns a click height back into a snapped instant inside the column', () => {
    expect(iso(yToInstant(geometry, 181, 15))).toBe('2026-11-26T08:30:00.000Z');
    expect(iso(yToInstant(geometry, 209, 15))).toBe('2026-11-26T08:30:00.000Z');
    expect(iso(yToInstant(geometry, -40, 15))).toBe('2026-11-26T07:00:00.000Z');
    // A 60-minute booking cannot start after 20:00.
    expect(iso(yToInstant(geometry, 99_999, 15, 60))).toBe('2026-11-26T19:00:00.000Z');
  });

  it('drops a dragged booking where its top is, to the nearest quarter hour', () => {
    // Grabbed 20 px below its top, released at 220 px: top at 200 px = 100 min → 09:40 → 09:45.
    expect(iso(dropStart(geometry, 220, 20, 15, 30))).toBe('2026-11-26T08:45:00.000Z');
  });
});

describe('DST days', () => {
  const fullDay = { startMinute: 0, endMinute: 24 * 60 };

  it('gives the spring day 23 hours and skips 02:00', () => {
    const geometry = columnGeometry('2026-03-29', fullDay, 1);
    expect(geometry.minutes).toBe(23 * 60);
    const labels = hourMarks(geometry).map((m) => m.label);
    expect(labels).toHaveLength(23);
    expect(labels.slice(0, 4)).toEqual(['00:00', '01:00', '03:00', '04:00']);
    // 10:00 summer time is 9 elapsed hours after midnight.
    expect(instantToY(geometry, zonedInstant('2026-03-29', 600))).toBe(9 * 60);
  });

  it('gives the autumn day 25 hours and shows 02:00 twice', () => {
    const geometry = columnGeometry('2026-10-25', fullDay, 1);
    expect(geometry.minutes).toBe(25 * 60);
    const labels = hourMarks(geometry).map((m) => m.label);
    expect(labels).toHaveLength(25);
    expect(labels.slice(0, 5)).toEqual(['00:00', '01:00', '02:00', '02:00', '03:00']);
    expect(instantToY(geometry, '2026-10-25T09:00:00Z')).toBe(11 * 60); // 10:00 winter time
  });

  it('keeps the usual 13 hours between 08:00 and 21:00 on a DST day', () => {
    expect(columnGeometry('2026-03-29').minutes).toBe(13 * 60);
    expect(columnGeometry('2026-10-25').minutes).toBe(13 * 60);
  });
});

describe('windowFor', () => {
  it('keeps 08:00–21:00 when everything fits', () => {
    expect(
      windowFor(['2026-11-26'], [{ start: '2026-11-26T08:30:00Z', end: '2026-11-26T17:00:00Z' }]),
    ).toEqual(DEFAULT_WINDOW);
  });

  it('widens to whole hours for early or late bookings of the shown days only', () => {
    const intervals = [
      { start: '2026-11-26T06:15:00Z', end: '2026-11-26T07:00:00Z' }, // 07:15–08:00
      { start: '2026-11-26T20:00:00Z', end: '2026-11-26T20:30:00Z' }, // 21:00–21:30
      { start: '2026-11-27T04:00:00Z', end: '2026-11-27T05:00:00Z' }, // another day
    ];
    expect(windowFor(['2026-11-26'], intervals)).toEqual({ startMinute: 7 * 60, endMinute: 22 * 60 });
  });
});

describe('layoutLanes (overlaps)', () => {
  const at = (h: number, m = 0) =>
    `2026-11-26T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;

  it('gives a lone item the whole width, and touching items too', () => {
    const lanes = layoutLanes([
      { id: 'a', start: at(9), end: at(10) },
      { id: 'b', start: at(10), end: at(11) },
    ]);
    expect(lanes.get('a')).toEqual({ lane: 0, lanes: 1 });
    expect(lanes.get('b')).toEqual({ lane: 0, lanes: 1 });
  });

  it('puts overlapping items side by side and reuses a freed lane in the same group', () => {
    const lanes = layoutLanes([
      { id: 'long', start: at(9), end: at(12) },
      { id: 'first', start: at(9, 30), end: at(10) },
      { id: 'second', start: at(10), end: at(11) },
      { id: 'third', start: at(10, 30), end: at(11, 30) },
      { id: 'later', start: at(13), end: at(14) },
    ]);
    expect(lanes.get('long')).toEqual({ lane: 0, lanes: 3 });
    expect(lanes.get('first')).toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get('second')).toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get('third')).toEqual({ lane: 2, lanes: 3 });
    expect(lanes.get('later')).toEqual({ lane: 0, lanes: 1 });
  });
});
