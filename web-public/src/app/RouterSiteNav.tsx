import { useMemo } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { SiteNavProvider } from '../shared/site/site-nav';

/** The router's location and navigation for the site's shared links (see `shared/site/site-nav.tsx`). */
export function RouterSiteNav() {
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const value = useMemo(
    () => ({ pathname, hash, navigate: (to: string) => void navigate(to) }),
    [pathname, hash, navigate],
  );
  return (
    <SiteNavProvider value={value}>
      <Outlet />
    </SiteNavProvider>
  );
}
