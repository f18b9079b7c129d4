/** Test-only: a fake urql client for component tests (imported by `*.test.tsx` files, never by app code). */
import {
  Client,
  getOperationName,
  makeErrorResult,
  makeResult,
  type ExecutionResult,
  type Exchange,
  type Operation,
  type OperationResult,
} from '@urql/core';
import { filter, make, mergeMap, pipe, share, takeUntil } from 'wonka';

/** What the fake server answers: a GraphQL response body, or a thrown error for a network failure. */
export type Responder = (operation: Operation) => ExecutionResult | Promise<ExecutionResult>;

/**
 * A terminating exchange that answers with `respond` instead of the network, so components and
 * exchanges run against real `OperationResult`s and `CombinedError`s built by @urql/core itself.
 * Like `fetchExchange`, the request starts asynchronously and a torn-down operation is never sent
 * (urql's `useQuery` subscribes and tears down once during render): `sent` lists what was sent.
 */
export function fakeExchange(respond: Responder, sent: Operation[]): Exchange {
  return () => (input$) => {
    const operations$ = pipe(input$, share);
    return pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const teardown$ = pipe(
          operations$,
          filter((op) => op.kind === 'teardown' && op.key === operation.key),
        );
        const result$ = make<OperationResult>((observer) => {
          let cancelled = false;
          void Promise.resolve().then(async () => {
            if (cancelled) return;
            sent.push(operation);
            let result: OperationResult;
            try {
              result = makeResult(operation, await respond(operation));
            } catch (error) {
              result = makeErrorResult(operation, error instanceof Error ? error : new Error(String(error)));
            }
            if (cancelled) return;
            observer.next(result);
            observer.complete();
          });
          return () => {
            cancelled = true;
          };
        });
        return pipe(result$, takeUntil(teardown$));
      }),
    );
  };
}

/** A real urql `Client` over `fakeExchange`, with `before` exchanges (e.g. the auth exchange) in front. */
export function fakeClient(
  respond: Responder,
  options: { before?: Exchange[] } = {},
): { client: Client; operations: Operation[] } {
  const operations: Operation[] = [];
  const client = new Client({
    url: 'http://localhost/graphql',
    preferGetMethod: false,
    exchanges: [...(options.before ?? []), fakeExchange(respond, operations)],
  });
  return { client, operations };
}

/** Name of the operation (`Login`, `CurrentUser`…). */
export function operationName(operation: Operation): string {
  return getOperationName(operation.query) ?? '';
}

/** The Authorization header an operation was sent with, if any. */
export function authorizationOf(operation: Operation): string | undefined {
  const options =
    typeof operation.context.fetchOptions === 'function'
      ? operation.context.fetchOptions()
      : operation.context.fetchOptions;
  const headers = (options?.headers ?? {}) as Record<string, string>;
  return headers.Authorization ?? headers.authorization;
}

/** A GraphQL error response as the Sérénaia server formats it. */
export function graphqlError(
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
): ExecutionResult {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}

/** A responder that answers by operation name; an operation nobody expected fails the test loudly. */
export function byOperation(
  handlers: Record<string, (operation: Operation) => ExecutionResult | Promise<ExecutionResult>>,
): Responder {
  return (operation) => {
    const name = operationName(operation);
    const handler = handlers[name];
    if (handler === undefined) throw new Error(`Unexpected operation ${name}`);
    return handler(operation);
  };
}
