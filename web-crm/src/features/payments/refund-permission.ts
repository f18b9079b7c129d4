/**
 * Whether the signed-in user may refund. Admins always may; staff only when the institute allows it,
 * which `paymentPermissions.canRefund` tells them. Until the answer arrives the action is not offered
 * ('unknown'); a FORBIDDEN answer to a refund (the setting changed meanwhile) asks again.
 */
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { PaymentPermissionsDocument, type Role } from '../../gql/graphql';

export type RefundPermission = 'allowed' | 'unknown' | 'denied';

export function refundPermission(
  user: { role: Role } | undefined,
  canRefund: boolean | undefined,
): RefundPermission {
  if (user === undefined) return 'unknown';
  if (user.role === 'ADMIN') return 'allowed';
  if (user.role !== 'STAFF') return 'denied';
  if (canRefund === undefined) return 'unknown';
  return canRefund ? 'allowed' : 'denied';
}

/** The permission, and `recheck` to ask the server again (after it refused a refund). */
export function useRefundPermission(user: { role: Role } | undefined): {
  permission: RefundPermission;
  recheck: () => void;
} {
  const staff = user?.role === 'STAFF';
  const [{ data }, reexecute] = useQuery({ query: PaymentPermissionsDocument, pause: !staff });
  const recheck = useCallback(() => {
    if (staff) reexecute({ requestPolicy: 'network-only' });
  }, [staff, reexecute]);
  return { permission: refundPermission(user, data?.paymentPermissions.canRefund), recheck };
}
