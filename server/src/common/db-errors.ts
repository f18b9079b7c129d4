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

/**
 * PostgreSQL said no: 23505 unique, 23P01 exclusion, 23503 foreign key, 23514 check, 40P01 deadlock.
 * Returns the constraint's name ('' when PostgreSQL gives none), undefined for other errors.
 */
export function violatedConstraint(
  error: unknown,
  kind: 'unique' | 'exclusion' | 'foreign-key' | 'check' | 'deadlock',
): string | undefined {
  const codes = {
    unique: '23505',
    exclusion: '23P01',
    'foreign-key': '23503',
    check: '23514',
    deadlock: '40P01',
  } as const;
  const pg = pgError(error);
  return pg?.code === codes[kind] ? (pg.constraint ?? '') : undefined;
}

/** pg-pool gave up waiting for a free connection (`connectionTimeoutMillis`): the pool is saturated. */
export function connectionPoolTimedOut(error: unknown): boolean {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}
