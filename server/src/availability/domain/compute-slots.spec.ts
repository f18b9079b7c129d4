import {
  INSTITUTE_TIME_ZONE,
  type Interval,
  localDateOf,
  localTimeOf,
  zonedInstant,
  publicHolidaysBetween,
} from '../../common/time.js';
import {
  type PractitionerAvailability,
  type Slot,
  type SlotSearchInput,
  computeSlots,
} from './compute-slots.js';
import type { SlotItemSpec } from './occupied-periods.js';
import { type WeeklyRule, workingIntervals } from './working-hours.js';

const PARIS = INSTITUTE_TIME_ZONE;
const DAY = '2026-01-06'; // a winter Tuesday: Paris is UTC+1
const t = (time: string, date = DAY) => zonedInstant(date, time, PARIS);
const span = (start: string, end: string, date = DAY): Interval => ({
  start: t(start, date),
  end: t(end, date),
});
const utc = (iso: string) => Date.parse(iso);

const item = (
  serviceId: string,
  durationMinutes: number,
  extra: Partial<SlotItemSpec> = {},
): SlotItemSpec => ({
  serviceId,
  durationMinutes,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  cabinTypeId: null,
  ...extra,
});

const practitioner = (
  id: string,
  extra: Partial<PractitionerAvailability> = {},
): PractitionerAvailability => ({
  id,
  position: 1,
  serviceIds: new Set(['s1', 's2', 's3']),
  working: [span('09:00', '12:00')],
  busy: [],
  ...extra,
});

const search = (overrides: Partial<SlotSearchInput>): SlotSearchInput => ({
  items: [item('s1', 60)],
  practitioners: [practitioner('alice')],
  practitionerId: null,
  cabins: [],
  from: t('00:00'),
  to: t('24:00'),
  now: utc('2026-01-01T00:00:00Z'),
  granularityMinutes: 30,
  leadTimeMinutes: 0,
  horizonDays: 60,
  zone: PARIS,
  ...overrides,
});

/** 'HH:MM practitioner', plus each item's cabin when there are some: '10:00 bob [c1,-]'. */
const fmt = (slot: Slot): string => {
  const cabins = slot.items.some((i) => i.cabinId !== null)
    ? ` [${slot.items.map((i) => i.cabinId ?? '-').join(',')}]`
    : '';
  return `${localTimeOf(slot.start, PARIS)} ${slot.practitionerId}${cabins}`;
};

const twoPractitioners = (
  alice: Partial<PractitionerAvailability>,
  bob: Partial<PractitionerAvailability>,
) => [practitioner('alice', alice), practitioner('bob', bob)];

describe('computeSlots', () => {
  it.each<[string, Partial<SlotSearchInput>, string[]]>([
    ['basic day', {}, ['09:00 alice', '09:30 alice', '10:00 alice', '10:30 alice', '11:00 alice']],
    [
      'granularity 15',
      {
        granularityMinutes: 15,
        practitioners: [practitioner('alice', { working: [span('09:00', '10:30')] })],
      },
      ['09:00 alice', '09:15 alice', '09:30 alice'],
    ],
    [
      'a lunch break',
      {
        practitioners: [practitioner('alice', { working: [span('09:00', '11:00'), span('13:00', '15:00')] })],
      },
      ['09:00 alice', '09:30 alice', '10:00 alice', '13:00 alice', '13:30 alice', '14:00 alice'],
    ],
    [
      'touching working intervals count as one',
      {
        practitioners: [practitioner('alice', { working: [span('10:00', '11:00'), span('09:00', '10:00')] })],
      },
      ['09:00 alice', '09:30 alice', '10:00 alice'],
    ],
    [
      'a service may not straddle a break',
      {
        items: [item('s1', 90)],
        practitioners: [practitioner('alice', { working: [span('09:00', '10:00'), span('10:15', '12:00')] })],
      },
      ['10:30 alice'],
    ],
    [
      'an existing booking',
      { practitioners: [practitioner('alice', { busy: [span('10:00', '10:30')] })] },
      ['09:00 alice', '10:30 alice', '11:00 alice'],
    ],
    [
      'a booking ending exactly at the start does not block it',
      { practitioners: [practitioner('alice', { busy: [span('08:00', '09:00'), span('12:00', '13:00')] })] },
      ['09:00 alice', '09:30 alice', '10:00 alice', '10:30 alice', '11:00 alice'],
    ],
    [
      'buffer before hits a booking that ends at the start',
      {
        items: [item('s1', 60, { bufferBeforeMinutes: 15 })],
        practitioners: [practitioner('alice', { busy: [span('08:00', '09:00')] })],
      },
      ['09:30 alice', '10:00 alice', '10:30 alice', '11:00 alice'],
    ],
    [
      'buffer after hits a booking that starts at the end',
      {
        items: [item('s1', 60, { bufferAfterMinutes: 15 })],
        practitioners: [practitioner('alice', { busy: [span('11:00', '12:00')] })],
      },
      ['09:00 alice', '09:30 alice'],
    ],
    [
      'buffers may fall outside working time',
      {
        items: [item('s1', 60, { bufferBeforeMinutes: 15, bufferAfterMinutes: 30 })],
        practitioners: [practitioner('alice', { working: [span('09:00', '10:00')] })],
      },
      ['09:00 alice'],
    ],
    [
      'lead time: now 09:10, 60 min ahead',
      { now: t('09:10'), leadTimeMinutes: 60 },
      ['10:30 alice', '11:00 alice'],
    ],
    [
      'lead time: a start exactly at now + lead is allowed',
      { now: t('09:00'), leadTimeMinutes: 30 },
      ['09:30 alice', '10:00 alice', '10:30 alice', '11:00 alice'],
    ],
    [
      'horizon: one day from yesterday 10:00',
      { now: t('10:00', '2026-01-05'), horizonDays: 1 },
      ['09:00 alice', '09:30 alice'],
    ],
    [
      'from/to bound the starts, not the ends',
      { from: t('09:15'), to: t('10:30') },
      ['09:30 alice', '10:00 alice'],
    ],
    ['a search in the past', { now: t('13:00') }, []],
    [
      'a practitioner must offer every service',
      {
        items: [item('s1', 30), item('s4', 30)],
        practitioners: [
          practitioner('alice', { serviceIds: new Set(['s1']) }),
          practitioner('bob', {
            position: 9,
            working: [span('10:00', '11:00')],
            serviceIds: new Set(['s1', 's4']),
          }),
        ],
      },
      ['10:00 bob'],
    ],
    [
      'one cabin shared by two practitioners',
      {
        items: [item('s1', 60, { cabinTypeId: 'massage' })],
        practitioners: twoPractitioners({ busy: [span('09:00', '10:00')] }, { position: 2 }),
        cabins: [{ id: 'c1', cabinTypeId: 'massage', busy: [span('09:00', '10:00')] }],
      },
      // Bob is free at 09:00 and 09:30 but the only massage cabin is not.
      ['10:00 bob [c1]', '10:30 bob [c1]', '11:00 bob [c1]'],
    ],
    [
      'a cabin period includes the buffers',
      {
        items: [item('s1', 60, { cabinTypeId: 'massage', bufferAfterMinutes: 15 })],
        cabins: [{ id: 'c1', cabinTypeId: 'massage', busy: [span('11:00', '12:00')] }],
      },
      ['09:00 alice [c1]', '09:30 alice [c1]'],
    ],
    [
      'two cabins: the first free by id order',
      {
        items: [item('s1', 60, { cabinTypeId: 'massage' })],
        cabins: [
          { id: 'c2', cabinTypeId: 'massage', busy: [] },
          { id: 'c1', cabinTypeId: 'massage', busy: [span('09:30', '10:30')] },
          { id: 'c0', cabinTypeId: 'hammam', busy: [] },
        ],
      },
      ['09:00 alice [c2]', '09:30 alice [c2]', '10:00 alice [c2]', '10:30 alice [c1]', '11:00 alice [c1]'],
    ],
    [
      'two items keep the cabin of the previous item of the same type when they can',
      {
        items: [
          item('s1', 30, { cabinTypeId: 'soin' }),
          item('s2', 30),
          item('s3', 30, { cabinTypeId: 'soin' }),
        ],
        practitioners: [practitioner('alice', { working: [span('09:00', '11:00')] })],
        cabins: [
          { id: 'a1', cabinTypeId: 'soin', busy: [span('09:00', '09:30')] },
          { id: 'a2', cabinTypeId: 'soin', busy: [span('10:30', '11:00')] },
        ],
      },
      // 09:00: a1 is busy, so a2 for the first item, and a2 again for the last although a1 is free by then.
      ['09:00 alice [a2,-,a2]', '09:30 alice [a1,-,a1]'],
    ],
    [
      'the previous cabin busy for a later item: the first free one instead',
      {
        items: [item('s1', 30, { cabinTypeId: 'soin' }), item('s2', 30, { cabinTypeId: 'soin' })],
        practitioners: [practitioner('alice', { working: [span('09:00', '10:00')] })],
        cabins: [
          { id: 'a1', cabinTypeId: 'soin', busy: [span('09:30', '10:00')] },
          { id: 'a2', cabinTypeId: 'soin', busy: [] },
        ],
      },
      ['09:00 alice [a1,a2]'],
    ],
    [
      'no cabin of the type at all',
      {
        items: [item('s1', 60, { cabinTypeId: 'balneo' })],
        cabins: [{ id: 'c1', cabinTypeId: 'massage', busy: [] }],
      },
      [],
    ],
    [
      'any practitioner: equal loads → lower position',
      { practitioners: twoPractitioners({ position: 2 }, { position: 1 }), to: t('09:30') },
      ['09:00 bob'],
    ],
    [
      'any practitioner: equal loads and positions → id order',
      {
        practitioners: [practitioner('zoé'), practitioner('Zoé'), practitioner('bob')],
        to: t('09:30'),
      },
      ['09:00 Zoé'],
    ],
    [
      'any practitioner: the least loaded over the whole local day, even outside the window',
      {
        practitioners: twoPractitioners(
          { busy: [span('17:00', '18:00')] },
          { position: 5, busy: [span('18:00', '18:30')] },
        ),
      },
      ['09:00 bob', '09:30 bob', '10:00 bob', '10:30 bob', '11:00 bob'],
    ],
    [
      'any practitioner: the day is the local day (00:00–01:00 Paris is 23:00Z the day before)',
      {
        practitioners: twoPractitioners(
          { busy: [{ start: utc('2026-01-05T23:00:00Z'), end: utc('2026-01-06T00:00:00Z') }] },
          { position: 2, busy: [{ start: utc('2026-01-05T21:00:00Z'), end: utc('2026-01-05T23:00:00Z') }] },
        ),
        to: t('09:30'),
      },
      ['09:00 bob'],
    ],
    [
      'any practitioner: overlapping busy intervals count once in the load',
      {
        practitioners: twoPractitioners(
          { busy: [span('15:00', '16:00'), span('15:00', '16:00'), span('15:30', '16:00')] },
          { position: 2, busy: [span('15:00', '16:30')] },
        ),
        to: t('09:30'),
      },
      ['09:00 alice'],
    ],
    [
      'any practitioner: whoever is free when the other is busy',
      {
        practitioners: twoPractitioners(
          { busy: [span('10:00', '11:00')] },
          { position: 2, working: [span('09:30', '11:00')], busy: [span('15:00', '17:00')] },
        ),
      },
      // Bob is more loaded, so he gets only the starts where Alice is busy.
      ['09:00 alice', '09:30 bob', '10:00 bob', '11:00 alice'],
    ],
    [
      'a given practitioner, even if more loaded',
      {
        practitioners: twoPractitioners({}, { busy: [span('09:00', '10:00')] }),
        practitionerId: 'bob',
      },
      ['10:00 bob', '10:30 bob', '11:00 bob'],
    ],
    ['an unknown practitioner', { practitionerId: 'nobody' }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(computeSlots(search(overrides)).map(fmt)).toEqual(expected);
  });

  it('runs two or three services back to back, buffers only at the ends', () => {
    const items = [
      item('s1', 30, { bufferBeforeMinutes: 10, bufferAfterMinutes: 60 }), // after: ignored (not last)
      item('s2', 45, { bufferBeforeMinutes: 60, bufferAfterMinutes: 20 }), // before: ignored (not first)
    ];
    const slots = computeSlots(
      search({
        items,
        granularityMinutes: 15,
        practitioners: [
          practitioner('alice', { working: [span('09:00', '11:00')], busy: [span('10:55', '11:30')] }),
        ],
      }),
    );
    // Occupied [s − 10, s + 75 + 20) must end by 10:55: s ≤ 09:20.
    expect(slots).toEqual([
      {
        start: t('09:00'),
        end: t('10:15'),
        practitionerId: 'alice',
        items: [
          { serviceId: 's1', start: t('09:00'), end: t('09:30'), cabinId: null },
          { serviceId: 's2', start: t('09:30'), end: t('10:15'), cabinId: null },
        ],
      },
      {
        start: t('09:15'),
        end: t('10:30'),
        practitionerId: 'alice',
        items: [
          { serviceId: 's1', start: t('09:15'), end: t('09:45'), cabinId: null },
          { serviceId: 's2', start: t('09:45'), end: t('10:30'), cabinId: null },
        ],
      },
    ]);

    const three = computeSlots(
      search({
        items: [item('s1', 20), item('s2', 20, { cabinTypeId: 'soin' }), item('s3', 20)],
        granularityMinutes: 20,
        practitioners: [practitioner('alice', { working: [span('09:00', '10:00')] })],
        cabins: [{ id: 'c1', cabinTypeId: 'soin', busy: [span('09:00', '09:20'), span('09:40', '10:00')] }],
      }),
    );
    expect(three.map((slot) => slot.items.map((i) => [localTimeOf(i.start, PARIS), i.cabinId]))).toEqual([
      [
        ['09:00', null],
        ['09:20', 'c1'],
        ['09:40', null],
      ],
    ]);
  });

  it('skips a public holiday the institute closes on (through workingIntervals)', () => {
    const rules: WeeklyRule[] = [1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      start: '09:00',
      end: '19:00',
    }));
    const working = workingIntervals({
      rules,
      exceptions: [],
      from: '2026-05-13',
      to: '2026-05-15',
      zone: PARIS,
      closedDates: new Set(publicHolidaysBetween('2026-05-13', '2026-05-15').keys()), // Ascension, Thursday 14
    });
    const slots = computeSlots(
      search({
        practitioners: [practitioner('alice', { working })],
        from: t('00:00', '2026-05-13'),
        to: t('24:00', '2026-05-15'),
        granularityMinutes: 60,
        horizonDays: 365,
      }),
    );
    const perDate = new Map<string, number>();
    for (const slot of slots)
      perDate.set(localDateOf(slot.start, PARIS), (perDate.get(localDateOf(slot.start, PARIS)) ?? 0) + 1);
    expect([...perDate]).toEqual([
      ['2026-05-13', 10],
      ['2026-05-15', 10],
    ]);
    expect(slots[0].start).toBe(utc('2026-05-13T07:00:00Z'));
  });

  describe('DST Sundays (night-shift test rule 00:00–05:00, 60-min service, every 30 min)', () => {
    const night = (date: string) => {
      const working = workingIntervals({
        rules: [{ weekday: 7, start: '00:00', end: '05:00' }],
        exceptions: [],
        from: date,
        to: date,
        zone: PARIS,
        closedDates: new Set(),
      });
      return computeSlots(
        search({
          practitioners: [practitioner('alice', { working })],
          from: t('00:00', date),
          to: t('24:00', date),
          now: utc('2026-01-01T00:00:00Z'),
          horizonDays: 800,
        }),
      );
    };

    it.each([
      ['2026-03-29', '2026-03-28T23:00:00Z'],
      ['2027-03-28', '2027-03-27T23:00:00Z'],
    ])('spring %s: no start in the missing hour, the 4 real hours only', (date, firstUtc) => {
      const slots = night(date);
      expect(slots.map((s) => localTimeOf(s.start, PARIS))).toEqual([
        '00:00',
        '00:30',
        '01:00',
        '01:30',
        '03:00',
        '03:30',
        '04:00',
      ]);
      expect(slots[0].start).toBe(utc(firstUtc));
      expect(slots[4].start - slots[3].start).toBe(30 * 60_000); // 01:30 CET → 03:00 CEST is half an hour
      expect(slots[slots.length - 1].end - slots[0].start).toBe(4 * 3_600_000);
    });

    it.each([
      ['2026-10-25', '2026-10-24T22:00:00Z'],
      ['2027-10-31', '2027-10-30T22:00:00Z'],
    ])('autumn %s: the repeated hour gives two distinct instants, each once', (date, firstUtc) => {
      const slots = night(date);
      expect(slots.map((s) => localTimeOf(s.start, PARIS))).toEqual([
        '00:00',
        '00:30',
        '01:00',
        '01:30',
        '02:00',
        '02:30',
        '02:00',
        '02:30',
        '03:00',
        '03:30',
        '04:00',
      ]);
      expect(slots[0].start).toBe(utc(firstUtc));
      const starts = slots.map((s) => s.start);
      expect(new Set(starts).size).toBe(starts.length);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(slots[6].start - slots[4].start).toBe(3_600_000); // the two 02:00 are an hour apart
    });

    it.each([
      // Saturday then the DST Sunday, 09:00–19:00: 09:00 Paris is 08:00Z in winter, 07:00Z in summer.
      ['2026-03-28', '2026-03-28T08:00:00Z', '2026-03-29T07:00:00Z'],
      ['2026-10-24', '2026-10-24T07:00:00Z', '2026-10-25T08:00:00Z'],
      ['2027-03-27', '2027-03-27T08:00:00Z', '2027-03-28T07:00:00Z'],
      ['2027-10-30', '2027-10-30T07:00:00Z', '2027-10-31T08:00:00Z'],
    ])(
      '09:00–19:00 from Saturday %s: the Sunday starts at the right UTC instant',
      (saturday, satUtc, sunUtc) => {
        const sunday = `${saturday.slice(0, 8)}${String(Number(saturday.slice(8)) + 1).padStart(2, '0')}`;
        const working = workingIntervals({
          rules: [6, 7].map((weekday) => ({ weekday, start: '09:00', end: '19:00' })),
          exceptions: [],
          from: saturday,
          to: sunday,
          zone: PARIS,
          closedDates: new Set(),
        });
        const slots = computeSlots(
          search({
            practitioners: [practitioner('alice', { working })],
            from: t('00:00', saturday),
            to: t('24:00', sunday),
            granularityMinutes: 60,
            horizonDays: 800,
          }),
        );
        expect(slots).toHaveLength(20);
        expect(slots[0].start).toBe(utc(satUtc));
        expect(slots[10].start).toBe(utc(sunUtc));
        expect(slots.map((s) => localTimeOf(s.start, PARIS))).toEqual(
          [...Array<null>(2)].flatMap(() =>
            Array.from({ length: 10 }, (_, h) => `${String(9 + h).padStart(2, '0')}:00`),
          ),
        );
      },
    );

    it('any practitioner on the 25-hour day: the load covers the whole day', () => {
      const date = '2026-10-25';
      const working = [{ start: t('09:00', date), end: t('10:00', date) }];
      const slots = computeSlots(
        search({
          practitioners: twoPractitioners(
            // 00:00 CEST to 00:00 the next day is 25 hours: alice is busy 2 h at the very end of it.
            { working, busy: [{ start: utc('2026-10-25T21:00:00Z'), end: utc('2026-10-25T23:00:00Z') }] },
            {
              working,
              position: 2,
              busy: [{ start: utc('2026-10-24T22:00:00Z'), end: utc('2026-10-24T23:30:00Z') }],
            },
          ),
          from: t('00:00', date),
          to: t('24:00', date),
          horizonDays: 800,
        }),
      );
      expect(slots.map(fmt)).toEqual(['09:00 bob']);
    });
  });

  it.each<[string, Partial<SlotSearchInput>]>([
    ['no item', { items: [] }],
    ['a zero duration', { items: [item('s1', 0)] }],
    ['a negative duration', { items: [item('s1', -30)] }],
    ['a fractional duration', { items: [item('s1', 7.5)] }],
    ['a negative buffer', { items: [item('s1', 30, { bufferAfterMinutes: -5 })] }],
    ['granularity 0', { granularityMinutes: 0 }],
    ['a fractional granularity', { granularityMinutes: 0.5 }],
    ['a NaN instant', { now: Number.NaN }],
    ['an unknown zone', { zone: 'Paris' }],
  ])('throws a RangeError on %s', (_name, overrides) => {
    expect(() => computeSlots(search(overrides))).toThrow(RangeError);
  });
});
