/** Route of the login page and the query parameter that remembers where to go back after signing in. */
export const LOGIN_PATH = '/connexion';
export const RETURN_PARAM = 'retour';
/** The agenda: where staff land after signing in when they were not headed anywhere in particular. */
export const AGENDA_PATH = '/agenda';
export const DEFAULT_PATH = AGENDA_PATH;
/** The signed-out pages to get a password by e-mail (features/accounts): linked from the login page. */
export const FORGOT_PASSWORD_PATH = '/mot-de-passe-oublie';
export const SET_PASSWORD_PATH = '/mot-de-passe';

/**
 * A path inside the CRM to go back to after signing in. Anything else (absent, another origin,
 * `//evil.example`, the login page itself) and the bare root fall back to the default page (the
 * agenda).
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw === '/' || raw === '') return DEFAULT_PATH;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return DEFAULT_PATH;
  if (raw === LOGIN_PATH || raw.startsWith(`${LOGIN_PATH}?`) || raw.startsWith(`${LOGIN_PATH}/`))
    return DEFAULT_PATH;
  return raw;
}

/** The login page's URL remembering `here` (the default page needs no reminder). */
export function loginPathFor(here: string | null): string {
  const target = safeReturnPath(here);
  return target === DEFAULT_PATH ? LOGIN_PATH : `${LOGIN_PATH}?${RETURN_PARAM}=${encodeURIComponent(target)}`;
}
