import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgError | undefined {
  if (error instanceof QueryFailedError) return error.driverError as PgError;
  if (typeof error === 'object' && error !== null && 'code' in error) return error as PgError;
  return undefined;
}

/** PostgreSQL said no because of a constraint: 23505 unique, 23P01 exclusion, 23503 foreign key, 23514 check. */
export function violatedConstraint(
  error: unknown,
  kind: 'unique' | 'exclusion' | 'foreign-key' | 'check',
): string | undefined {
  const codes = { unique: '23505', exclusion: '23P01', 'foreign-key': '23503', check: '23514' } as const;
  const pg = pgError(error);
  return pg?.code === codes[kind] ? (pg.constraint ?? '') : undefined;
}
