import { availableDays, slotsOfDay, splitByPeriod, type SlotLike } from './slots';

const slot = (start: string): SlotLike => ({
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  practitionerId: 'p1',
  practitionerName: 'Camille Roux',
});

describe('splitByPeriod', () => {
  it('puts slots starting before 12:00 Paris time in the morning, from 12:00 in the afternoon', () => {
    const { morning, afternoon } = splitByPeriod([
      slot('2026-11-28T08:00:00Z'), // 09:00
      slot('2026-11-28T10:45:00Z'), // 11:45
      slot('2026-11-28T11:00:00Z'), // 12:00
      slot('2026-11-28T17:00:00Z'), // 18:00
    ]);
    expect(morning.map((s) => s.start)).toEqual(['2026-11-28T08:00:00Z', '2026-11-28T10:45:00Z']);
    expect(afternoon.map((s) => s.start)).toEqual(['2026-11-28T11:00:00Z', '2026-11-28T17:00:00Z']);
  });

  it('uses the Paris offset of each day across the autumn DST change', () => {
    // Saturday 24 October 2026 is in summer time (UTC+2), Monday 26 in winter time (UTC+1).
    const { morning, afternoon } = splitByPeriod([
      slot('2026-10-24T09:30:00Z'), // 11:30 → morning
      slot('2026-10-24T10:00:00Z'), // 12:00 → afternoon (it would be morning in winter time)
      slot('2026-10-26T10:30:00Z'), // 11:30 → morning (it would be afternoon in summer time)
      slot('2026-10-26T11:00:00Z'), // 12:00 → afternoon
    ]);
    expect(morning.map((s) => s.start)).toEqual(['2026-10-24T09:30:00Z', '2026-10-26T10:30:00Z']);
    expect(afternoon.map((s) => s.start)).toEqual(['2026-10-24T10:00:00Z', '2026-10-26T11:00:00Z']);
  });

  it('uses the Paris offset across the spring DST change', () => {
    const { morning, afternoon } = splitByPeriod([
      slot('2026-03-28T10:30:00Z'), // Saturday, UTC+1: 11:30 → morning
      slot('2026-03-30T10:30:00Z'), // Monday, UTC+2: 12:30 → afternoon
    ]);
    expect(morning).toHaveLength(1);
    expect(afternoon.map((s) => s.start)).toEqual(['2026-03-30T10:30:00Z']);
  });
});

describe('days', () => {
  it('assigns a late evening UTC slot to the next Paris day', () => {
    const days = availableDays([slot('2026-06-30T22:30:00Z'), slot('2026-06-30T08:00:00Z')]);
    expect([...days].sort()).toEqual(['2026-06-30', '2026-07-01']);
  });

  it('lists a day’s slots by start time', () => {
    const slots = [slot('2026-12-01T15:00:00Z'), slot('2026-12-02T09:00:00Z'), slot('2026-12-01T09:00:00Z')];
    expect(slotsOfDay(slots, '2026-12-01').map((s) => s.start)).toEqual([
      '2026-12-01T09:00:00Z',
      '2026-12-01T15:00:00Z',
    ]);
  });
});
