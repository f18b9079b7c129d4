import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
// Module paths, not the feature's index: the index also exports the sign-in form, which would then
// be evaluated (and downloaded) with the entry chunk.
import { crmAuthExchange } from '../shared/session/auth-exchange';
import type { SessionStore } from '../shared/session/session-store';
import { createLazyWsClient, type LiveLink } from './lazy-ws-client';

export const GRAPHQL_PATH = '/graphql';

/** `ws://host/graphql` on http, `wss://host/graphql` on https: the API lives on the page's own origin. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

/** Waits before reconnecting: 1 s, 2 s, 4 s… up to 15 s, with jitter so that every tab does not reconnect at once. */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(15_000, 1000 * 2 ** retries) + Math.floor(random() * 1000);
}

export interface UrqlSetup {
  client: Client;
  ws: LiveLink;
}

/**
 * The CRM's urql client: document cache, authentication (Bearer header, token refresh, sign-out on a
 * refused refresh), HTTP POST for queries and mutations, graphql-ws for subscriptions (its code
 * downloaded with the first subscription).
 */
export function createUrqlClient(store: SessionStore): UrqlSetup {
  const ws = createLazyWsClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    // Kept open a little while no subscription is active (changing the agenda's day resubscribes).
    lazyCloseTimeout: 10_000,
    // The agenda stays open all day at the front desk: never give up reconnecting. graphql-ws
    // resubscribes every active subscription once connected again.
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
    // Read at each (re)connection, so a refreshed token is used when the socket reconnects.
    connectionParams: () => {
      const tokens = store.get();
      return tokens === null ? {} : { authorization: `Bearer ${tokens.accessToken}` };
    },
  });
  const client = new Client({
    url: GRAPHQL_PATH,
    // Apollo's CSRF prevention refuses GET and "simple" requests: always POST JSON.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      crmAuthExchange(store),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              return { unsubscribe: ws.subscribe(input, sink) };
            },
          };
        },
      }),
    ],
  });
  return { client, ws };
}
