import {
  HOURS_MESSAGES,
  copyDay,
  emptyWeek,
  normalizeTime,
  rulesOf,
  validateWeek,
  weekFromRules,
  weeklyHours,
} from './hours-form';

describe('weekly hours form', () => {
  it('groups rules by weekday in start order and gives them back the same', () => {
    const rules = [
      { weekday: 2, start: '14:00', end: '19:00' },
      { weekday: 2, start: '09:00', end: '12:30' },
      { weekday: 6, start: '10:00', end: '17:00' },
    ];
    const week = weekFromRules(rules);
    expect(week[2]).toEqual([
      { start: '09:00', end: '12:30' },
      { start: '14:00', end: '19:00' },
    ]);
    expect(week[1]).toEqual([]);
    expect(rulesOf(week)).toEqual([
      { weekday: 2, start: '09:00', end: '12:30' },
      { weekday: 2, start: '14:00', end: '19:00' },
      { weekday: 6, start: '10:00', end: '17:00' },
    ]);
    expect(weeklyHours(week)).toBe(15.5);
  });

  it.each([
    ['9:00', '09:00'],
    ['9h', '09:00'],
    ['9h30', '09:30'],
    [' 18:45 ', '18:45'],
    ['24:00', '24:00'],
    ['9.30', '9.30'],
  ])('normalises %j to %j', (typed, expected) => {
    expect(normalizeTime(typed)).toBe(expected);
  });

  it('names the field at fault, like the server: format, order, overlap; touching ranges are fine', () => {
    const week = emptyWeek();
    week[1] = [
      { start: '09:00', end: '12:00' },
      { start: '12:00', end: '18:00' },
    ];
    week[2] = [{ start: '25:00', end: '' }];
    week[3] = [{ start: '14:00', end: '10:00' }];
    week[4] = [
      { start: '13:00', end: '19:00' },
      { start: '09:00', end: '14:00' },
    ];
    week[5] = [{ start: '24:00', end: '24:00' }];
    expect(validateWeek(week)).toEqual({
      '2.0.start': HOURS_MESSAGES.invalid,
      '2.0.end': HOURS_MESSAGES.required,
      '3.0.end': 'La fin doit être après le début.',
      '4.0.start': 'Chevauche la plage 09:00–14:00.',
      '5.0.start': HOURS_MESSAGES.invalid,
    });
    week[2] = [{ start: '8h', end: '24:00' }];
    week[3] = [];
    week[4] = [{ start: '09:00', end: '14:00' }];
    week[5] = [];
    expect(validateWeek(week)).toEqual({});
    expect(rulesOf(week)).toContainEqual({ weekday: 2, start: '08:00', end: '24:00' });
  });

  it('copies a day onto others, replacing their ranges and leaving the rest', () => {
    const week = weekFromRules([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '18:00' },
      { weekday: 3, start: '10:00', end: '11:00' },
      { weekday: 7, start: '10:00', end: '11:00' },
    ]);
    const copied = copyDay(week, 1, [1, 2, 3]);
    expect(copied[2]).toEqual(week[1]);
    expect(copied[3]).toEqual(week[1]);
    expect(copied[7]).toEqual(week[7]);
    copied[2][0].start = '08:00';
    expect(week[1][0].start).toBe('09:00');
  });
});
