import { CAMILLE, LEA } from '../testing/agenda-fixtures';
import {
  addMonthsToDay,
  buildMonthCells,
  monthGrid,
  monthTitle,
  type MonthBooking,
  type MonthCellsInput,
} from './month-view';

const practitioners = [
  { ...CAMILLE, serviceIds: [] },
  { ...LEA, serviceIds: [] },
];

const at = (id: string, start: string, overrides: Partial<MonthBooking> = {}): MonthBooking => ({
  id,
  start,
  status: 'CONFIRMED',
  clientName: 'Julie M.',
  practitionerIds: [CAMILLE.id],
  color: '#b07b8c',
  ...overrides,
});

function input(overrides: Partial<MonthCellsInput> = {}): MonthCellsInput {
  return {
    month: '2026-12',
    today: '2026-12-08',
    days: [
      {
        day: '2026-12-08',
        bookings: [
          at('a', '2026-12-08T09:00:00.000Z'), // 10:00 in Paris
          at('b', '2026-12-08T10:30:00.000Z', { clientName: 'Anaïs L.', practitionerIds: [LEA.id] }),
          at('c', '2026-12-08T13:00:00.000Z', { status: 'CANCELLED' }),
        ],
      },
      {
        day: '2026-12-09',
        bookings: ['08', '09', '10', '11', '12'].map((h) => at(`d${h}`, `2026-12-09T${h}:00:00.000Z`)),
      },
      { day: '2026-11-30', bookings: [at('e', '2026-11-30T09:00:00.000Z')] },
    ],
    visible: practitioners,
    showCancelled: false,
    colorBy: 'category',
    ...overrides,
  };
}

const cell = (cells: ReturnType<typeof buildMonthCells>, day: string) => {
  const found = cells.flat().find((c) => c.day === day);
  if (found === undefined) throw new Error(`no cell ${day}`);
  return found;
};

describe('monthGrid', () => {
  it('spans whole weeks Monday to Sunday, the neighbouring months filled in', () => {
    const weeks = monthGrid('2026-12'); // Tuesday 1st to Thursday 31st
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-11-30');
    expect(weeks[4]?.[6]).toBe('2027-01-03');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('needs six weeks when the month starts on a Sunday', () => {
    const weeks = monthGrid('2026-03'); // Sunday 1st: 23 February to 5 April
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toBe('2026-02-23');
    expect(weeks[5]?.[6]).toBe('2026-04-05');
  });
});

describe('buildMonthCells', () => {
  it('counts the day’s bookings without the cancelled ones, chips at Paris times, today marked', () => {
    const today = cell(buildMonthCells(input()), '2026-12-08');
    expect(today).toMatchObject({ today: true, outside: false, count: 2, more: 0, dayOfMonth: 8 });
    expect(today.chips).toEqual([
      { id: 'a', time: '10:00', clientName: 'Julie M.', color: '#b07b8c', cancelled: false },
      { id: 'b', time: '11:30', clientName: 'Anaïs L.', color: '#b07b8c', cancelled: false },
    ]);
    expect(cell(buildMonthCells(input({ showCancelled: true })), '2026-12-08').count).toBe(3);
  });

  it('shows the first chips and "+N" beyond', () => {
    const busy = cell(buildMonthCells(input()), '2026-12-09');
    expect(busy.count).toBe(5);
    expect(busy.chips.map((c) => c.time)).toEqual(['09:00', '10:00']);
    expect(busy.more).toBe(3);
    const three = cell(buildMonthCells(input({ maxChips: 5 })), '2026-12-09');
    expect([three.chips.length, three.more]).toEqual([5, 0]);
  });

  it('keeps only the visible practitioners’ bookings and colours by practitioner on request', () => {
    const leaOnly = cell(buildMonthCells(input({ visible: [practitioners[1]] })), '2026-12-08');
    expect(leaOnly.chips.map((c) => c.id)).toEqual(['b']);
    const byPractitioner = cell(buildMonthCells(input({ colorBy: 'practitioner' })), '2026-12-08');
    expect(byPractitioner.chips.map((c) => c.color)).toEqual([CAMILLE.color, LEA.color]);
  });

  it('dims the neighbouring months’ days (with their bookings) and names public holidays', () => {
    const cells = buildMonthCells(input());
    expect(cell(cells, '2026-11-30')).toMatchObject({ outside: true, count: 1 });
    expect(cell(cells, '2026-12-25').holiday).toBe('Noël');
    expect(cell(cells, '2027-01-01')).toMatchObject({ outside: true, holiday: 'Jour de l’an' });
    expect(cell(cells, '2026-12-24').holiday).toBeNull();
  });

  it('says loading while the month is not there', () => {
    const cells = buildMonthCells(input({ days: undefined }));
    expect(cells.flat().every((c) => c.loading && c.count === 0)).toBe(true);
  });
});

describe('month navigation and title', () => {
  it('moves by a month, clamped to the shorter month’s end', () => {
    expect(addMonthsToDay('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsToDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsToDay('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('reads "Décembre 2026"', () => {
    expect(monthTitle('2026-12')).toBe('Décembre 2026');
  });
});
