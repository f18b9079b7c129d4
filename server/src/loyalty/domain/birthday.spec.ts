import { isBirthday } from './birthday.js';

describe('isBirthday', () => {
  it.each([
    ['1990-07-14', '2027-07-14', true],
    ['1990-07-14', '2027-07-15', false],
    ['1992-02-29', '2027-02-28', true],
    ['1992-02-29', '2028-02-28', false],
    ['1992-02-29', '2028-02-29', true],
    ['1990-03-01', '2027-02-28', false],
  ])('born %s, today %s → %s', (birthday, today, expected) => {
    expect(isBirthday(birthday, today)).toBe(expected);
  });
});
