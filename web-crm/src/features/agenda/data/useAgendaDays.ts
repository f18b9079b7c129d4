import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { AgendaDayDocument } from '../../../gql/graphql';
import type { LocalDate } from '@serenaia/shared/paris-time';
import {
  applyAgendaChange,
  removeBlock,
  upsertBlock,
  upsertBooking,
  type AgendaBlock,
  type AgendaBooking,
  type AgendaChange,
  type AgendaDayData,
} from './agenda-state';

export interface DayState {
  data: AgendaDayData | undefined;
  /** A request for this day is on its way (the previous data, if any, stays shown). */
  fetching: boolean;
  error: CombinedError | undefined;
}

export interface AgendaDays {
  byDay: Record<LocalDate, DayState>;
  /** Reloads the given days (all displayed ones by default) from the server. */
  refetch: (days?: readonly LocalDate[]) => void;
  /** A live `agendaChanged` message. */
  applyChange: (change: AgendaChange) => void;
  /** The booking as a mutation of ours returned it: placed on (or removed from) every loaded day. */
  applyBooking: (booking: AgendaBooking) => void;
  applyBlock: (block: AgendaBlock) => void;
  dropBlock: (block: AgendaBlock) => void;
}

interface InFlight {
  seq: number;
  /** Changes that arrived while the request was out: applied on top of its answer. */
  changes: AgendaChange[];
}

const EMPTY: DayState = { data: undefined, fetching: false, error: undefined };

/**
 * The agenda of the displayed days, kept in local state: loaded with `network-only` queries, then
 * patched by live changes and by our own mutations. A change that arrives while a day is being
 * reloaded is applied again to the fresh answer, so nothing is lost in between.
 */
export function useAgendaDays(days: readonly LocalDate[]): AgendaDays {
  const client = useClient();
  const [byDay, setByDay] = useState<Record<LocalDate, DayState>>({});
  const inFlight = useRef(new Map<LocalDate, InFlight>());
  const seq = useRef(0);
  const displayed = useRef(days);
  displayed.current = days;

  const fetchDay = useCallback(
    (day: LocalDate) => {
      const mine = ++seq.current;
      inFlight.current.set(day, { seq: mine, changes: [] });
      setByDay((prev) => ({ ...prev, [day]: { ...(prev[day] ?? EMPTY), fetching: true } }));
      void client
        .query(AgendaDayDocument, { day }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const current = inFlight.current.get(day);
          if (current?.seq !== mine) return; // a newer request for this day is on its way
          inFlight.current.delete(day);
          const fresh = result.data?.agenda;
          setByDay((prev) => {
            const previous = prev[day] ?? EMPTY;
            if (fresh === undefined)
              return { ...prev, [day]: { ...previous, fetching: false, error: result.error } };
            const data = current.changes.reduce(applyAgendaChange, fresh);
            return { ...prev, [day]: { data, fetching: false, error: undefined } };
          });
        });
    },
    [client],
  );

  const key = days.join(',');
  useEffect(() => {
    for (const day of key.split(',')) if (day !== '') fetchDay(day);
  }, [key, fetchDay]);

  const refetch = useCallback(
    (which?: readonly LocalDate[]) => {
      for (const day of which ?? displayed.current) fetchDay(day);
    },
    [fetchDay],
  );

  const applyChange = useCallback((change: AgendaChange) => {
    inFlight.current.get(change.day)?.changes.push(change);
    setByDay((prev) => {
      const state = prev[change.day];
      if (state?.data === undefined) return prev;
      return { ...prev, [change.day]: { ...state, data: applyAgendaChange(state.data, change) } };
    });
  }, []);

  const patchAll = useCallback(
    (patch: (data: AgendaDayData) => AgendaDayData, asChange: (day: string) => AgendaChange | null) => {
      for (const [day, flight] of inFlight.current) {
        const change = asChange(day);
        if (change !== null) flight.changes.push(change);
      }
      setByDay((prev) => {
        const next: Record<LocalDate, DayState> = {};
        for (const [day, state] of Object.entries(prev)) {
          next[day] = state.data === undefined ? state : { ...state, data: patch(state.data) };
        }
        return next;
      });
    },
    [],
  );

  const applyBooking = useCallback(
    (booking: AgendaBooking) =>
      patchAll(
        (data) => upsertBooking(data, booking),
        (day) => ({ day, kind: 'MOVED', booking, block: null }),
      ),
    [patchAll],
  );
  const applyBlock = useCallback(
    (block: AgendaBlock) =>
      patchAll(
        (data) => upsertBlock(data, block),
        (day) => ({ day, kind: 'BLOCKED', booking: null, block }),
      ),
    [patchAll],
  );
  const dropBlock = useCallback(
    (block: AgendaBlock) =>
      patchAll(
        (data) => removeBlock(data, block.id),
        (day) => ({ day, kind: 'UNBLOCKED', booking: null, block }),
      ),
    [patchAll],
  );

  return { byDay, refetch, applyChange, applyBooking, applyBlock, dropBlock };
}
