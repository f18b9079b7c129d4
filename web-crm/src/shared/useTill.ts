import type { CombinedError } from '@urql/core';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { TillsDocument, type TillsQuery } from '../gql/graphql';

export type TillSummary = TillsQuery['tills'][number];

const CHOSEN_KEY = 'serenaia.till.chosen';

function readChosen(): string | null {
  try {
    return localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null;
  }
}

export interface TillChoice {
  tills: TillSummary[];
  /** The till chosen on this device (remembered), else the first active one. */
  till: TillSummary | undefined;
  choose: (id: string) => void;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

/** The institute's tills and the one this device works on (a tablet stays on its till across reloads). */
export function useTill(pause: boolean): TillChoice {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TillsDocument, pause });
  const [chosen, setChosen] = useState<string | null>(readChosen);
  const tills = (data?.tills ?? []).filter((t) => t.active);
  const till = tills.find((t) => t.id === chosen) ?? tills[0];
  const choose = useCallback((id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(CHOSEN_KEY, id);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  }, []);
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { tills, till, choose, fetching, error, retry };
}
