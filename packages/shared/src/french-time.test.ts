import { parseFrenchTime } from './french-time';

describe('French times', () => {
  it.each([
    ['19:15', '19:15'],
    [' 9:05 ', '09:05'],
    ['9h05', '09:05'],
    ['19h', '19:00'],
    ['9', '09:00'],
    ['1915', '19:15'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads %j', (text, time) => expect(parseFrenchTime(text)).toBe(time));

  it.each(['', '9:5', '25:00', '24:00', '12:60', '07:15 PM', '915', 'midi'])('refuses %j', (text) =>
    expect(parseFrenchTime(text)).toBeNull(),
  );
});
