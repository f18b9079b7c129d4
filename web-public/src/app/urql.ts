import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export const GRAPHQL_PATH = '/graphql';

/** `ws://host/graphql` on http, `wss://host/graphql` on https: the API lives on the page's own origin. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

export interface UrqlClientOptions {
  /** Read lazily for each WebSocket connection; the public site has no sign-in yet. */
  getAccessToken?: () => string | null;
}

export interface UrqlSetup {
  client: Client;
  ws: WsClient;
}

export function createUrqlClient(options: UrqlClientOptions = {}): UrqlSetup {
  const ws = createWsClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    connectionParams: () => {
      const token = options.getAccessToken?.() ?? null;
      return token === null ? {} : { authorization: `Bearer ${token}` };
    },
  });
  const client = new Client({
    url: GRAPHQL_PATH,
    // Apollo's CSRF prevention refuses GET and "simple" requests: always POST JSON.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, ws };
}
