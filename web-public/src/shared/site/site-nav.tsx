import {
  createContext,
  forwardRef,
  useContext,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * Where the page is and how to go elsewhere, for the components the home page shares with the other
 * pages (header, hero, services preview). Inside the router (`app/RouterSiteNav.tsx`) links navigate
 * in the page; without it — the home page's own entry (`src/home.tsx`), which must not load
 * react-router, and the server's rendering — they are plain links and the path is `/`.
 */
export interface SiteNav {
  pathname: string;
  hash: string;
  /** Client-side navigation; null: the browser follows the link. */
  navigate: ((to: string) => void) | null;
}

const HOME_NAV: SiteNav = { pathname: '/', hash: '', navigate: null };
const SiteNavContext = createContext<SiteNav>(HOME_NAV);

export function SiteNavProvider({ value, children }: { value: SiteNav; children: ReactNode }) {
  return <SiteNavContext.Provider value={value}>{children}</SiteNavContext.Provider>;
}

export function useSiteNav(): SiteNav {
  return useContext(SiteNavContext);
}

export type SiteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A link to a page of the site (MUI's `component={SiteLink}` with `to`), same markup either way. */
export const SiteLink = forwardRef<HTMLAnchorElement, SiteLinkProps>(function SiteLink(
  { to, onClick, target, ...rest },
  ref,
) {
  const { navigate } = useSiteNav();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Like react-router's Link: a plain left click in this tab navigates in the page; a new tab,
    // a modifier key or an explicit target is the browser's.
    if (
      navigate === null ||
      event.defaultPrevented ||
      event.button !== 0 ||
      (target !== undefined && target !== '_self') ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a ref={ref} href={to} target={target} onClick={handleClick} {...rest} />;
});
