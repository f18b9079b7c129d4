import type { CombinedError } from '@urql/core';
import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { MyPermissionsDocument } from '../gql/graphql';

/** A root operation of the schema (query, mutation or subscription field), by its name. */
export type Operation = string;

export interface Permissions {
  /** Whether the signed-in user's role may run this operation (false until the answer is known). */
  can: (operation: Operation) => boolean;
  /** Whether the role may run at least one of these operations. */
  canAny: (operations: readonly Operation[]) => boolean;
  /** The server has answered. */
  ready: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

/**
 * What the signed-in user may do, as the server decides it (`myPermissions`, the same rules as its
 * access check): one query, shared by every caller through urql's cache. The CRM offers an action only
 * when `can` says the server would run it; it never keeps its own copy of who may do what.
 */
export function usePermissions(): Permissions {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyPermissionsDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const allowed = useMemo(() => new Set(data?.myPermissions ?? []), [data]);
  const can = useCallback((operation: Operation) => allowed.has(operation), [allowed]);
  const canAny = useCallback(
    (operations: readonly Operation[]) => operations.some((operation) => allowed.has(operation)),
    [allowed],
  );
  return { can, canAny, ready: data !== undefined, fetching, error, retry };
}
