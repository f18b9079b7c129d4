import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { crmAuthExchange, type SessionStore } from '../features/auth';

export const GRAPHQL_PATH = '/graphql';

/** `ws://host/graphql` on http, `wss://host/graphql` on https: the API lives on the page's own origin. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

export interface UrqlSetup {
  client: Client;
  ws: WsClient;
}

/**
 * The CRM's urql client: document cache, authentication (Bearer header, token refresh, sign-out on a
 * refused refresh), HTTP POST for queries and mutations, graphql-ws for subscriptions.
 */
export function createUrqlClient(store: SessionStore): UrqlSetup {
  const ws = createWsClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
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
