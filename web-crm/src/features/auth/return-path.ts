/** Route of the login page and the query parameter that remembers where to go back after signing in. */
export const LOGIN_PATH = '/connexion';
export const RETURN_PARAM = 'retour';

/**
 * A path inside the CRM to go back to after signing in. Anything else (absent, another origin,
 * `//evil.example`, the login page itself) falls back to the home page.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === LOGIN_PATH || raw.startsWith(`${LOGIN_PATH}?`) || raw.startsWith(`${LOGIN_PATH}/`)) return '/';
  return raw;
}

/** The login page's URL remembering `here` (the home page needs no reminder). */
export function loginPathFor(here: string | null): string {
  const target = safeReturnPath(here);
  return target === '/' ? LOGIN_PATH : `${LOGIN_PATH}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
}
