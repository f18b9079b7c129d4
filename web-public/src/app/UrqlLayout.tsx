import { Outlet } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { createUrqlClient, type UrqlSetup } from './urql';

/** One client for the tab, made when the first page that needs GraphQL opens (its cache survives navigation). */
let setup: UrqlSetup | null = null;

/**
 * The GraphQL client (urql, graphql-ws) for the pages below it: booking, confirmation, manage. A
 * lazy route, so the home page neither downloads nor starts it.
 */
export function UrqlLayout() {
  setup ??= createUrqlClient();
  return (
    <UrqlProvider value={setup.client}>
      <Outlet />
    </UrqlProvider>
  );
}
