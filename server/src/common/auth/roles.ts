/**
 * ADMIN runs the institute; STAFF the front desk (ADMIN satisfies STAFF); ACCOUNTANT reads the till's
 * records and runs the accounting exports, and satisfies nothing else; CLIENT books.
 */
export const ROLES = ['ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];

/** What a verified access token tells about the caller. */
export interface AuthUser {
  id: string;
  role: Role;
  email: string;
  /** The server session the access token belongs to (`sid`). */
  sessionId: string;
}

/**
 * Staff operations are open to admins too. An accountant satisfies only rules that name ACCOUNTANT
 * (`@Roles('STAFF', 'ACCOUNTANT')`): reading the till is not selling.
 */
export function roleSatisfies(actual: Role, required: Role): boolean {
  if (actual === required) return true;
  return actual === 'ADMIN' && required === 'STAFF';
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // passport sets `req.user`: in Sérénaia it is always an AuthUser.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends AuthUser {}
  }
}
