/**
 * Whether the signed-in user may refund. Admins always may; staff may only when the institute's
 * `staffCanRefund` setting is on, which the API shows to admins only. Until the server tells a staff
 * member otherwise (a FORBIDDEN answer to a refund), the action stays offered with a note; after
 * that it is disabled with the reason, for this user, for the rest of the page's life.
 */
import { useSyncExternalStore } from 'react';
import type { Role } from '../../gql/graphql';

export type RefundPermission = 'allowed' | 'unknown' | 'denied';

const denied = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

export const refundPermissionStore = {
  markDenied: (userId: string): void => {
    if (denied.has(userId)) return;
    denied.add(userId);
    version += 1;
    listeners.forEach((listener) => listener());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  version: () => version,
  /** Tests start from a clean slate. */
  reset: (): void => {
    denied.clear();
    version += 1;
    listeners.forEach((listener) => listener());
  },
};

export function refundPermission(user: { id: string; role: Role } | undefined): RefundPermission {
  if (user === undefined) return 'denied';
  if (user.role === 'ADMIN') return 'allowed';
  if (user.role !== 'STAFF') return 'denied';
  return denied.has(user.id) ? 'denied' : 'unknown';
}

export function useRefundPermission(user: { id: string; role: Role } | undefined): RefundPermission {
  useSyncExternalStore(refundPermissionStore.subscribe, refundPermissionStore.version);
  return refundPermission(user);
}
