import { Navigate } from 'react-router-dom';
import { PageFallback } from '@serenaia/shared/PageFallback';
import { usePermissions } from '../../shared/permissions';

/**
 * `/caisse`: the till's first page for this role — the cash session for the front desk, the closures
 * and the journal for whoever only reads them (the accountant).
 */
export function TillIndex() {
  const { can, ready } = usePermissions();
  if (!ready) return <PageFallback />;
  return <Navigate to={can('cashSession') ? '/caisse/session' : '/caisse/clotures'} replace />;
}
