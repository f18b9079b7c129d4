import type { CombinedError } from '@urql/core';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { CurrentUserQuery } from '../../gql/graphql';
import { CurrentUserDocument } from './documents';

export type CurrentUser = CurrentUserQuery['me'];

export interface CurrentUserState {
  user: CurrentUser | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

/** The signed-in user (`me`), shared by every component that needs it through urql's cache. */
export function useCurrentUser(): CurrentUserState {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CurrentUserDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { user: data?.me, fetching, error, retry };
}
