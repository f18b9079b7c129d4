/**
 * The two time scalars of the API, strict on input: an instant is RFC 3339 with an offset, a calendar
 * date is YYYY-MM-DD; both must exist in the calendar and sit in a sane range. Anything else is a
 * BAD_USER_INPUT with a French message (graphql-js adds the field path).
 */
import type { BuildSchemaOptions } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './time.js';

/** Earliest and latest years the API accepts for dates and instants. */
export const MIN_YEAR = 1900;
/** Instants (bookings, payments, filters) are narrower than calendar dates (birthdays). */
export const MIN_INSTANT_YEAR = 1970;
export const MAX_YEAR = 2100;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DATE_TIME_MESSAGE =
  'Date et heure invalides : utilisez le format ISO 8601 avec un fuseau (par exemple 2026-12-24T09:30:00Z ou 2026-12-24T10:30:00+01:00).';
const RANGE_MESSAGE = `La date doit être comprise entre ${MIN_YEAR} et ${MAX_YEAR}.`;
const INSTANT_RANGE_MESSAGE = `La date doit être comprise entre ${MIN_INSTANT_YEAR} et ${MAX_YEAR}.`;

/**
 * Parses a strict RFC 3339 instant (seconds required, fraction optional, `Z` or `±HH:MM`) into epoch
 * milliseconds, or null when it is malformed or names a day, hour or offset that does not exist.
 */
export function parseInstant(value: string): number | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (m[9] !== undefined) {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (m[8].startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0${m[7]}`) * 1000);
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, millis);
  return local.getTime() - offsetMinutes * 60_000;
}

function yearOf(epochMs: number): number {
  return new Date(epochMs).getUTCFullYear();
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw badInput(DATE_TIME_MESSAGE);
  const instant = parseInstant(value);
  if (instant === null) throw badInput(DATE_TIME_MESSAGE);
  const year = yearOf(instant);
  if (year < MIN_INSTANT_YEAR || year > MAX_YEAR) throw badInput(INSTANT_RANGE_MESSAGE);
  return new Date(instant);
}

function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime cannot represent a value that is not a valid Date.');
  }
  return date.toISOString();
}

/** An instant on the wire: strict RFC 3339 with an offset; always answered in UTC (`…Z`). */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, RFC 3339 with an offset (2026-12-24T09:30:00Z, 2026-12-24T10:30:00+01:00); answers are in UTC.',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput('Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-12-24).');
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw badInput(RANGE_MESSAGE);
  return value;
}

/** A calendar date without time or zone, `YYYY-MM-DD` (a business day, a birthday). */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD, in the institute’s time zone where it matters.',
  serialize: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw new GraphQLError('LocalDate cannot represent a value that is not YYYY-MM-DD.');
    }
    return value;
  },
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Schema options shared by the app and the schema emitter: `Date` fields use the strict scalar. */
export const SCHEMA_BUILD_OPTIONS: BuildSchemaOptions = {
  scalarsMap: [{ type: Date, scalar: DateTime }],
};
