import type { CombinedError } from '@urql/core';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { InstituteIdentityDocument, type InstituteIdentityQuery } from '../../gql/graphql';

export type InstituteIdentity = InstituteIdentityQuery['settings']['institute'];

export interface InstituteState {
  institute: InstituteIdentity | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

/**
 * The institute's identity (public `settings`). One document for the whole app: the login page, the
 * app bar and the home page share a single request through urql's cache.
 */
export function useInstitute(): InstituteState {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InstituteIdentityDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { institute: data?.settings.institute, fetching, error, retry };
}
