import { Kind } from 'graphql';
import { DateTime, LocalDate, parseInstant } from './scalars.js';

describe('DateTime (strict RFC 3339)', () => {
  it.each([
    ['2026-12-24T09:30:00Z', '2026-12-24T09:30:00.000Z'],
    ['2026-12-24T09:30:00.123Z', '2026-12-24T09:30:00.123Z'],
    ['2026-12-24T10:30:00+01:00', '2026-12-24T09:30:00.000Z'],
    ['2026-03-29T03:30:00+02:00', '2026-03-29T01:30:00.000Z'],
    ['2026-12-24T02:00:00-05:30', '2026-12-24T07:30:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (input, iso) => {
    expect(DateTime.parseValue(input).toISOString()).toBe(iso);
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: input }).toISOString()).toBe(iso);
  });

  it.each([
    ['no offset', '2027-01-05T10:00:00'],
    ['no seconds', '2027-01-05T10:00Z'],
    ['31 February', '2027-02-31T10:00:00.000Z'],
    ['29 February of a common year', '2027-02-29T10:00:00Z'],
    ['hour 24', '2027-01-05T24:00:00Z'],
    ['minute 60', '2027-01-05T10:60:00Z'],
    ['leap second', '2027-01-05T10:00:60Z'],
    ['offset hour 24', '2027-01-05T10:00:00+24:00'],
    ['date only', '2027-01-05'],
    ['year 1', '0001-01-01T00:00:00Z'],
    ['year 9999', '9999-12-31T23:59:59Z'],
    ['a number', 1_700_000_000_000],
    ['spaces', ' 2027-01-05T10:00:00Z'],
    ['empty', ''],
  ])('refuses %s in French', (_label, input) => {
    expect(() => DateTime.parseValue(input)).toThrow(/Date et heure invalides|La date doit être comprise/);
  });

  it('answers in UTC', () => {
    expect(DateTime.serialize(new Date(Date.UTC(2026, 11, 24, 9, 30)))).toBe('2026-12-24T09:30:00.000Z');
  });

  it('parseInstant returns null rather than shifting an impossible date', () => {
    expect(parseInstant('2027-02-31T10:00:00Z')).toBeNull();
    expect(parseInstant('2027-04-31T10:00:00Z')).toBeNull();
    expect(parseInstant('2027-04-30T10:00:00Z')).toBe(Date.UTC(2027, 3, 30, 10));
  });
});

describe('LocalDate', () => {
  it('accepts an existing calendar date', () => {
    expect(LocalDate.parseValue('2028-02-29')).toBe('2028-02-29');
  });
  it.each([
    '2027-02-29',
    '2026-13-01',
    '0001-01-01',
    '2999-01-01',
    '2026-1-1',
    '2026-12-24T00:00:00Z',
    20261224,
  ])('refuses %s in French', (input) => {
    expect(() => LocalDate.parseValue(input)).toThrow(/Date invalide|La date doit être comprise/);
  });
});
