import type { CombinedError } from '@urql/core';

/** Codes whose `message` the server writes in French for the user (see server/src/common/errors.ts). */
const USER_FACING_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

export interface ErrorFallbacks {
  /** The server could not be reached. */
  network: string;
  /** Anything else: internal errors, unknown codes. */
  unexpected: string;
}

/** The message to show for a failed operation: the server's own French message when it has one. */
export function errorMessage(error: CombinedError, fallbacks: ErrorFallbacks): string {
  const userFacing = error.graphQLErrors.find((e) => {
    const code = e.extensions.code;
    return typeof code === 'string' && USER_FACING_CODES.has(code) && e.message.trim() !== '';
  });
  if (userFacing !== undefined) return userFacing.message;
  if (error.networkError !== undefined && error.graphQLErrors.length === 0) return fallbacks.network;
  return fallbacks.unexpected;
}

/**
 * Inline messages of a BAD_USER_INPUT error, keyed by input field (`input.email` → `email`).
 * Fields outside `prefix` are left out.
 */
export function fieldErrors(error: CombinedError | undefined, prefix = 'input.'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields: unknown = e.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const item of fields as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof field !== 'string' || typeof message !== 'string' || !field.startsWith(prefix)) continue;
      const name = field.slice(prefix.length);
      result[name] ??= message;
    }
  }
  return result;
}
