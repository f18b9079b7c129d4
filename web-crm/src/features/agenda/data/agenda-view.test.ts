import { CAMILLE, LEA, block, booking, dayData } from '../testing/agenda-fixtures';
import type { AgendaPractitioner } from './agenda-state';
import {
  columnMinWidth,
  agendaTitle,
  buildColumns,
  defaultSlot,
  findBlock,
  findBooking,
  scrollAnchor,
  workingSummary,
  type ColumnsInput,
} from './agenda-view';

const camille: AgendaPractitioner = { ...CAMILLE, serviceIds: [] };
const lea: AgendaPractitioner = { ...LEA, serviceIds: [] };
const DAY = '2026-11-26'; // a Thursday, Paris is UTC+1
const labels = {
  notWorking: 'Repos',
  column: (name: string, day: string) => `${name}, ${day}`,
};

function input(overrides: Partial<ColumnsInput> = {}): ColumnsInput {
  return {
    view: 'day',
    day: DAY,
    days: [DAY],
    today: DAY,
    visible: [camille, lea],
    weekPractitioner: camille,
    byDay: { [DAY]: dayData() },
    pending: new Map(),
    showCancelled: false,
    labels,
    ...overrides,
  };
}

describe('workingSummary', () => {
  it('spans the first start to the last end of the day, in Paris time', () => {
    expect(workingSummary(dayData(), CAMILLE.id, 'Repos')).toBe('09:30 – 19:00');
  });

  it('says the practitioner rests when nothing is worked, and nothing while the day loads', () => {
    expect(workingSummary(dayData({ workingTime: [] }), CAMILLE.id, 'Repos')).toBe('Repos');
    expect(workingSummary(undefined, CAMILLE.id, 'Repos')).toBe('');
  });
});

describe('buildColumns', () => {
  it('day view: one column per visible practitioner, titled by name, with its own bookings only', () => {
    const data = dayData({
      bookings: [booking({ id: 'a' }), booking({ id: 'b' }, LEA.id)],
      blocks: [block({ id: 'x' })],
    });
    const columns = buildColumns(input({ byDay: { [DAY]: data } }));
    expect(columns.map((c) => [c.key, c.title, c.subtitle, c.current])).toEqual([
      [CAMILLE.id, 'Camille Roux', '09:30 – 19:00', false],
      [LEA.id, 'Léa Fontaine', '10:00 – 18:00', false],
    ]);
    expect(columns[0]?.segments.map((s) => s.booking.id)).toEqual(['a']);
    expect(columns[1]?.segments.map((s) => s.booking.id)).toEqual(['b']);
    expect(columns[0]?.label).toBe('Camille Roux, jeudi 26 novembre 2026');
    expect(columns[0]?.blocks).toHaveLength(1);
  });

  it('colours bookings by category, or by practitioner when asked', () => {
    const data = dayData({ bookings: [booking({ id: 'a' }), booking({ id: 'b' }, LEA.id)] });
    const byCategory = buildColumns(input({ byDay: { [DAY]: data } }));
    expect(byCategory[1]?.segments[0]?.items.map((i) => i.color)).toEqual(['#b07b8c']); // the category's
    const byPractitioner = buildColumns(input({ byDay: { [DAY]: data }, colorBy: 'practitioner' }));
    expect(byPractitioner[0]?.segments[0]?.items.map((i) => i.color)).toEqual([CAMILLE.color]);
    expect(byPractitioner[1]?.segments[0]?.items.map((i) => i.color)).toEqual([LEA.color]);
  });

  it('hides cancelled bookings unless asked, and shows a pending move where it is going', () => {
    const data = dayData({
      bookings: [booking({ id: 'a' }), booking({ id: 'c', status: 'CANCELLED' })],
    });
    const byDay = { [DAY]: data };
    expect(buildColumns(input({ byDay }))[0]?.segments.map((s) => s.booking.id)).toEqual(['a']);
    expect(buildColumns(input({ byDay, showCancelled: true }))[0]?.segments).toHaveLength(2);

    const pending = new Map([['a', { start: Date.parse('2026-11-26T14:00:00Z'), practitionerId: LEA.id }]]);
    const moved = buildColumns(input({ byDay, pending }));
    expect(moved[0]?.segments).toHaveLength(0);
    expect(moved[1]?.segments.map((s) => [s.booking.id, s.start])).toEqual([
      ['a', '2026-11-26T14:00:00.000Z'],
    ]);
  });

  it('week view: the chosen practitioner over the days, titled by day, today marked', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', DAY];
    const columns = buildColumns(
      input({ view: 'week', days, weekPractitioner: lea, byDay: { [DAY]: dayData() } }),
    );
    expect(columns.map((c) => [c.key, c.practitionerId, c.current])).toEqual([
      ['2026-11-23', LEA.id, false],
      ['2026-11-24', LEA.id, false],
      ['2026-11-25', LEA.id, false],
      [DAY, LEA.id, true],
    ]);
    expect(columns[3]?.title).toBe('Jeu. 26/11');
    expect(columns[0]?.subtitle).toBe(''); // not loaded yet
    expect(buildColumns(input({ view: 'week', days, weekPractitioner: undefined }))).toEqual([]);
  });
});

describe('scrollAnchor', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  const columns = buildColumns(input({ byDay: { [DAY]: dayData({ bookings: [booking({ id: 'a' })] }) } }));

  it('is an hour before now when today is shown', () => {
    expect(scrollAnchor([DAY], DAY, now, columns)).toBe(now - 3_600_000);
  });

  it('is the earliest working time or booking on another day', () => {
    expect(scrollAnchor([DAY], '2026-11-27', now, columns)).toBe(Date.parse('2026-11-26T08:30:00Z'));
  });

  it('week view: measured on the first day, at the clock time of the earliest start of any day', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', DAY];
    const week = buildColumns(
      input({ view: 'week', days, weekPractitioner: camille, byDay: { [DAY]: dayData() } }),
    );
    // Today (Thursday) shown at 11:00 Paris: Monday 10:00 Paris, where the grid measures.
    expect(scrollAnchor(days, DAY, now, week)).toBe(Date.parse('2026-11-23T09:00:00Z'));
    // Another week: Thursday's 09:30 opening, placed on Monday.
    expect(scrollAnchor(days, '2026-12-01', now, week)).toBe(Date.parse('2026-11-23T08:30:00Z'));
  });

  it('keeps the clock time across a change to winter time within the week', () => {
    const days = ['2026-10-24', '2026-10-25', '2026-10-26']; // Paris leaves UTC+2 on Sunday 25
    const monday = dayData({
      day: '2026-10-26',
      workingTime: [
        { practitionerId: CAMILLE.id, start: '2026-10-26T08:30:00.000Z', end: '2026-10-26T17:00:00.000Z' },
      ],
    });
    const week = buildColumns(
      input({ view: 'week', days, weekPractitioner: camille, byDay: { '2026-10-26': monday } }),
    );
    // 09:30 on Monday (UTC+1) is 07:30Z on Saturday (UTC+2).
    expect(scrollAnchor(days, '2026-12-01', now, week)).toBe(Date.parse('2026-10-24T07:30:00Z'));
  });

  it('falls back to now when the columns hold nothing', () => {
    expect(scrollAnchor([DAY], '2026-11-27', now, [])).toBe(now);
  });
});

describe('agendaTitle', () => {
  const week = [
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
    '2026-11-28',
    '2026-11-29',
  ];
  const weekTitle = (range: string) => `Semaine du ${range}`;

  it('writes the day in full, capitalised', () => {
    expect(agendaTitle('day', [DAY], DAY, false, weekTitle)).toBe('Jeudi 26 novembre 2026');
  });

  it('writes the week as a range, short on a phone', () => {
    expect(agendaTitle('week', week, DAY, false, weekTitle)).toBe('Semaine du 23 au 29 novembre 2026');
    expect(agendaTitle('week', week, DAY, true, weekTitle)).toBe('23 – 29 novembre 2026');
  });

  it('writes the month of the day, and a month view has no grid column', () => {
    expect(agendaTitle('month', [], '2026-12-08', false, weekTitle)).toBe('Décembre 2026');
    expect(buildColumns(input({ view: 'month', days: [] }))).toEqual([]);
  });
});

describe('defaultSlot', () => {
  const columns = buildColumns(input());

  it('starts now, rounded up to the granularity, when today is shown', () => {
    const now = Date.parse('2026-11-26T10:07:00Z');
    expect(
      defaultSlot({
        practitioner: lea,
        day: DAY,
        days: [DAY],
        today: DAY,
        now,
        columns,
        granularityMinutes: 15,
      }),
    ).toEqual({ practitionerId: LEA.id, start: Date.parse('2026-11-26T10:15:00Z') });
  });

  it('starts at the first column’s working start on another day; none without a practitioner', () => {
    const now = Date.parse('2026-11-20T10:07:00Z');
    expect(
      defaultSlot({
        practitioner: camille,
        day: DAY,
        days: [DAY],
        today: '2026-11-20',
        now,
        columns,
        granularityMinutes: 15,
      }),
    ).toEqual({ practitionerId: CAMILLE.id, start: Date.parse('2026-11-26T08:30:00Z') });
    expect(
      defaultSlot({
        practitioner: undefined,
        day: DAY,
        days: [DAY],
        today: DAY,
        now,
        columns,
        granularityMinutes: 15,
      }),
    ).toBeNull();
  });
});

describe('defaultSlot on a day other than today', () => {
  const now = Date.parse('2026-11-20T10:07:00Z');
  const slot = (overrides: Partial<Parameters<typeof defaultSlot>[0]>) =>
    defaultSlot({
      practitioner: lea,
      day: DAY,
      days: [DAY],
      today: '2026-11-20',
      now,
      columns: buildColumns(input()),
      granularityMinutes: 15,
      ...overrides,
    });

  it('starts at the focused practitioner’s own working start on the day shown', () => {
    expect(slot({})).toEqual({ practitionerId: LEA.id, start: Date.parse('2026-11-26T09:00:00Z') });
  });

  it('stays on the day shown when the practitioner in focus and the first column do not work then', () => {
    const offDay = dayData({
      workingTime: [
        { practitionerId: LEA.id, start: '2026-11-26T10:00:00.000Z', end: '2026-11-26T17:00:00.000Z' },
      ],
    });
    const columns = buildColumns(input({ byDay: { [DAY]: offDay } }));
    expect(slot({ practitioner: camille, columns })).toEqual({
      practitionerId: CAMILLE.id,
      start: Date.parse('2026-11-26T10:00:00Z'),
    });
    const nobody = buildColumns(input({ byDay: { [DAY]: dayData({ workingTime: [] }) } }));
    // 08:00 in Paris, the grid's default opening.
    expect(slot({ columns: nobody })).toEqual({
      practitionerId: LEA.id,
      start: Date.parse('2026-11-26T07:00:00Z'),
    });
  });

  it('opens on the month view’s day (no columns), and on today when the week shown holds it', () => {
    expect(slot({ days: [], columns: [] })).toEqual({
      practitionerId: LEA.id,
      start: Date.parse('2026-11-26T07:00:00Z'),
    });
    expect(slot({ days: ['2026-11-19', '2026-11-20', '2026-11-21'], day: '2026-11-19' })).toEqual({
      practitionerId: LEA.id,
      start: Date.parse('2026-11-20T10:15:00Z'),
    });
  });
});

describe('findBooking / findBlock', () => {
  it('finds an item among the displayed days only', () => {
    const byDay = {
      [DAY]: dayData({ bookings: [booking({ id: 'a' })], blocks: [block({ id: 'x' })] }),
      '2026-11-27': dayData({ day: '2026-11-27' }),
    };
    expect(findBooking([DAY, '2026-11-27'], byDay, 'a')?.id).toBe('a');
    expect(findBooking(['2026-11-27'], byDay, 'a')).toBeUndefined();
    expect(findBlock([DAY], byDay, 'x')?.id).toBe('x');
    expect(findBlock([DAY], byDay, 'y')).toBeUndefined();
  });
});

describe('columnMinWidth', () => {
  it('fits one practitioner (day) or two days (week) per phone screen, fixed widths elsewhere', () => {
    expect(columnMinWidth('day', true)).toBe('calc(100cqw - 52px)');
    expect(columnMinWidth('week', true)).toBe('calc((100cqw - 52px) / 7)');
    expect(columnMinWidth('day', false)).toBe('200px');
    expect(columnMinWidth('week', false)).toBe('120px');
  });
});
