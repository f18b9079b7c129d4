/** A small GraphQL client over real HTTP and WebSocket, for the integration and browser tests. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
  headers: Headers;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  return { status: res.status, data: body.data ?? undefined, errors: body.errors, headers: res.headers };
}

/** Returns data or throws with the errors, for setup steps that must succeed. */
export async function gqlOk<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await gql<T>(url, query, variables, { token });
  if (res.errors?.length || res.data === undefined || res.data === null) {
    throw new Error(
      `GraphQL failed (${res.status}) for ${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`,
    );
  }
  return res.data;
}

export function wsClient(url: string, token?: string): Client & { closedWith: Promise<number> } {
  let closed: (code: number) => void = () => undefined;
  const closedWith = new Promise<number>((resolve) => {
    closed = resolve;
  });
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closed((event as { code: number }).code) },
  });
  return Object.assign(client, { closedWith });
}

export interface Subscription<T> {
  /** Resolves with the next event (or rejects with the subscription's error). */
  next(): Promise<T>;
  /** Resolves once the server has acknowledged the subscription... as far as graphql-ws can tell. */
  dispose(): void;
}

/** Subscribes and buffers events; errors reject the pending/next `next()`. */
export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const events: T[] = [];
  const waiters: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  let failure: unknown;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) {
          failure = value.errors;
          waiters.splice(0).forEach((w) => w.reject(value.errors));
          return;
        }
        const waiter = waiters.shift();
        if (waiter) waiter.resolve(value.data as T);
        else events.push(value.data as T);
      },
      error: (error) => {
        failure = error;
        waiters.splice(0).forEach((w) => w.reject(error));
      },
      complete: () => undefined,
    },
  );
  return {
    next: () => {
      // graphql-ws reports GraphQL errors as an array: reject with it as is, tests match on it.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (failure !== undefined) return Promise.reject(failure);
      const ready = events.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<T>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    dispose,
  };
}
