/**
 * GraphQL against the server under test, through the client the server's integration tests use
 * (`@serenaia/test-support`): the browser tests' own calls (find free slots, check what was saved).
 */
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import type { TestServer } from './harness';

/** POSTs a document (Apollo's CSRF protection wants JSON), with a bearer token when given. */
export function graphql<T>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  return gql<T>(server.url, query, variables, { token });
}

/** Like `graphql`, but any error fails the test with the server's answer; returns `data`. */
export function graphqlData<T>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  return gqlOk<T>(server.url, query, variables, token);
}
