import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './time.js';

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-12-24).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or zone, `YYYY-MM-DD` (a business day, a birthday). */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD, in the institute’s time zone where it matters.',
  serialize: (value) => parseLocalDate(value),
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
