/**
 * Whether the signed-in user may refund, as the server decides it: `myPermissions` lists
 * `refundPayment` for admins, and for staff only when the institute allows it (a condition the server
 * checks beyond the role). Until the answer arrives the action is not offered ('unknown'); a FORBIDDEN
 * answer to a refund (the setting changed meanwhile) asks again.
 */
import { usePermissions } from '../../shared/permissions';

export type RefundPermission = 'allowed' | 'unknown' | 'denied';

/** The permission, and `recheck` to ask the server again (after it refused a refund). */
export function useRefundPermission(): { permission: RefundPermission; recheck: () => void } {
  const { can, ready, retry } = usePermissions();
  const permission: RefundPermission = !ready ? 'unknown' : can('refundPayment') ? 'allowed' : 'denied';
  return { permission, recheck: retry };
}
