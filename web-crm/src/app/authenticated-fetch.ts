function hasAuthorization(headers: HeadersInit | undefined): boolean {
  if (headers === undefined) return false;
  if (Array.isArray(headers)) return headers.some(([name]) => name.toLowerCase() === 'authorization');
  if (typeof (headers as Headers).has === 'function') return (headers as Headers).has('authorization');
  return Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
}

/**
 * Sends HTTP requests that carry an `Authorization` header one at a time (anonymous ones go straight
 * through). A request is released as soon as its response headers arrive.
 *
 * Why: the server's AccessGuard hands its JwtStrategy instance to `passport.authenticate()`, which
 * stores each request's success/fail callbacks on that shared object; two bearer-token requests
 * authenticating at the same time can leave one of them unanswered forever. Remove this wrapper (one
 * line in urql.ts) once the server authenticates each request independently.
 */
export function oneAuthenticatedRequestAtATime(fetchImpl: typeof fetch): typeof fetch {
  let previous: Promise<unknown> = Promise.resolve();
  return (input, init) => {
    if (!hasAuthorization(init?.headers)) return fetchImpl(input, init);
    const response = previous.then(() => fetchImpl(input, init));
    previous = response.catch(() => undefined);
    return response;
  };
}
