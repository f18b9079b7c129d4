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

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions.code;
  return typeof code === 'string' ? code : undefined;
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
 * Inline messages of a BAD_USER_INPUT error, keyed by input field below `prefix`
 * (`input.client.phone` → `client.phone` with the default prefix). Other fields are left out.
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
      result[field.slice(prefix.length)] ??= message;
    }
  }
  return result;
}

export function isConflict(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions.code === 'CONFLICT') ?? false;
}

/** A free slot the server proposes instead of a taken one (`CONFLICT` → `extensions.alternatives`). */
export interface SlotAlternative {
  start: string;
  end: string;
  practitionerId: string;
  practitionerName: string;
}

function isAlternative(value: unknown): value is SlotAlternative {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.start === 'string' &&
    !Number.isNaN(Date.parse(v.start)) &&
    typeof v.end === 'string' &&
    typeof v.practitionerId === 'string' &&
    typeof v.practitionerName === 'string'
  );
}

/**
 * The slot-taken answer with complete alternatives only (the public site proposes them as they are):
 * its French message and the nearest free slots; null for any other error.
 */
export function slotConflict(
  error: CombinedError | undefined,
): { message: string; alternatives: SlotAlternative[] } | null {
  const conflict = error?.graphQLErrors.find((e) => e.extensions.code === 'CONFLICT');
  if (conflict === undefined) return null;
  const raw: unknown = conflict.extensions.alternatives;
  return {
    message: conflict.message,
    alternatives: Array.isArray(raw) ? (raw as unknown[]).filter(isAlternative) : [],
  };
}

/** A free slot as the CRM reads it: only `start` is sure (older answers were bare ISO strings). */
export interface Alternative {
  start: string;
  end: string | null;
  practitionerId: string | null;
  practitionerName: string | null;
}

/**
 * The nearest free slots of every CONFLICT error (`extensions.alternatives`): ISO strings, or objects
 * with `start`, `end`, `practitionerId`, `practitionerName`. Anything unreadable is left out.
 */
export function conflictAlternatives(error: CombinedError | undefined): Alternative[] {
  const alternatives: Alternative[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions.code !== 'CONFLICT') continue;
    const raw: unknown = e.extensions.alternatives;
    if (!Array.isArray(raw)) continue;
    for (const item of raw as unknown[]) {
      if (typeof item === 'string') {
        if (!Number.isNaN(Date.parse(item)))
          alternatives.push({ start: item, end: null, practitionerId: null, practitionerName: null });
        continue;
      }
      if (typeof item !== 'object' || item === null) continue;
      const { start, end, practitionerId, practitionerName } = item as Record<string, unknown>;
      if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) continue;
      alternatives.push({
        start,
        end: typeof end === 'string' ? end : null,
        practitionerId: typeof practitionerId === 'string' ? practitionerId : null,
        practitionerName:
          typeof practitionerName === 'string' && practitionerName !== '' ? practitionerName : null,
      });
    }
  }
  return alternatives;
}
