import Skeleton from '@mui/material/Skeleton';
import { Navigate, Outlet } from 'react-router-dom';
import { usePermissions, type Operation } from '../../shared/permissions';
import { landingFor } from './navigation';

/**
 * The pages under it only for users the server lets run `operation`; the others are sent to their own
 * landing page (the accountant to « Comptabilité », not to an agenda they may not read). While the
 * permissions are unknown, a placeholder; if they cannot be loaded, the page (its own errors say why).
 */
export function RequireOperation({ operation }: { operation: Operation }) {
  const { can, ready, error } = usePermissions();
  if (!ready) return error ? <Outlet /> : <Skeleton variant="rounded" height={320} sx={{ mt: 5 }} />;
  if (can(operation)) return <Outlet />;
  return <Navigate to={landingFor(can)} replace />;
}
