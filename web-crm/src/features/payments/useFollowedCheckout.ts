import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import {
  TerminalCheckoutDocument,
  TerminalCheckoutUpdatedDocument,
  type TerminalCheckoutFieldsFragment,
} from '../../gql/graphql';
import { useOnReconnected } from '../../shared/realtime';
import { mergeCheckout } from './terminal-panel';

type TerminalCheckout = TerminalCheckoutFieldsFragment;

/** A grace period after the checkout's deadline before asking the server where it stands. */
const DEADLINE_GRACE_MS = 5_000;
/** setTimeout fires at once beyond 2^31 - 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Follows one checkout: `terminalCheckoutUpdated(id)` first, then one read of `terminalCheckout(id)`
 * (its first states may have been published before the subscription started), again after a lost
 * live link comes back and once past the deadline. Results of our own mutations are merged the
 * same way.
 */
export function useFollowedCheckout(initial: TerminalCheckout) {
  const client = useClient();
  const [checkout, setCheckout] = useState(initial);
  const [liveLost, setLiveLost] = useState(false);
  const id = initial.id;
  const apply = useCallback(
    (next: TerminalCheckout) => setCheckout((current) => mergeCheckout(current, next)),
    [],
  );
  const read = useCallback(() => {
    void client
      .query(TerminalCheckoutDocument, { id }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (result.data) apply(result.data.terminalCheckout);
      });
  }, [client, id, apply]);

  useEffect(() => {
    const subscription = client.subscription(TerminalCheckoutUpdatedDocument, { id }).subscribe((result) => {
      if (result.data) {
        setLiveLost(false);
        apply(result.data.terminalCheckoutUpdated);
      } else if (result.error) setLiveLost(true);
    });
    read();
    return () => subscription.unsubscribe();
  }, [client, id, apply, read]);

  useOnReconnected(() => {
    setLiveLost(false);
    read();
  });

  const { final, expiresAt } = checkout;
  useEffect(() => {
    if (final) return undefined;
    const wait = Math.min(
      MAX_TIMER_MS,
      Math.max(1_000, Date.parse(expiresAt) - Date.now() + DEADLINE_GRACE_MS),
    );
    const timer = setTimeout(read, wait);
    return () => clearTimeout(timer);
  }, [final, expiresAt, read]);

  return { checkout, apply, liveLost };
}
