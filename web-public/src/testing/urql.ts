import {
  Client,
  makeErrorResult,
  makeResult,
  type ExecutionResult,
  type Exchange,
  type Operation,
  type OperationResult,
} from '@urql/core';
import { Kind } from 'graphql';
import { filter, make, mergeMap, pipe, share, takeUntil } from 'wonka';

/** What the fake server answers: a GraphQL response body, or a thrown error for a network failure. */
export type Responder = (operation: Operation) => ExecutionResult | Promise<ExecutionResult>;

/**
 * A real urql `Client` whose terminating exchange answers with `respond` instead of the network, so
 * components run against real `OperationResult`s and `CombinedError`s built by @urql/core itself.
 * Like `fetchExchange`, the request starts asynchronously and a torn-down operation is never sent
 * (urql's `useQuery` subscribes and tears down once during render): `operations` lists what was sent.
 */
export function fakeClient(respond: Responder): { client: Client; operations: Operation[] } {
  const operations: Operation[] = [];
  const exchange: Exchange = () => (input$) => {
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
            operations.push(operation);
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
  const client = new Client({
    url: 'http://localhost/graphql',
    preferGetMethod: false,
    exchanges: [exchange],
  });
  return { client, operations };
}

/** A GraphQL error response as the Sérénaia server formats it. */
export function graphqlError(
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
): ExecutionResult {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}

/** The name of the operation (`query SiteSettings` → `SiteSettings`), to answer each one its own way. */
export function operationName(operation: Operation): string | undefined {
  for (const definition of operation.query.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

/** A responder that answers by operation name; an operation nobody expected fails the test loudly. */
export function byOperation(
  handlers: Record<string, (operation: Operation) => ExecutionResult | Promise<ExecutionResult>>,
): Responder {
  return (operation) => {
    const name = operationName(operation) ?? '';
    const handler = handlers[name];
    if (handler === undefined) throw new Error(`Unexpected operation ${name}`);
    return handler(operation);
  };
}
