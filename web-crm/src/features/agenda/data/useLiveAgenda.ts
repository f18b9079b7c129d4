import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalDate } from '@serenaia/shared/paris-time';
import { useOnReconnected, useRealtimeStatus } from '../../../shared/realtime';
import type { AgendaChange } from './agenda-state';

/** Reload what is shown this often anyway: keeps the session fresh and heals anything missed. */
const RECONCILE_MS = 5 * 60_000;
const HIGHLIGHT_MS = 4_000;
const RESUBSCRIBE_MS = 3_000;

/**
 * Keeps the displayed days live: applies each change at once and points out (highlights for a few
 * seconds, "updated at") those made elsewhere; resubscribes after a subscription error; reloads after
 * a reconnection, when the tab becomes visible again, and every few minutes anyway.
 */
export function useLiveAgenda({
  applyChange,
  refetch,
  isOwn,
  clock,
}: {
  applyChange: (change: AgendaChange) => void;
  refetch: (days?: readonly LocalDate[]) => void;
  /** Whether this tab made the change (it is then not pointed out). */
  isOwn: (change: AgendaChange) => boolean;
  clock?: () => number;
}) {
  const realtime = useRealtimeStatus();
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);

  const highlightTimers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const timers = highlightTimers.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);
  const onChange = useCallback(
    (change: AgendaChange) => {
      applyChange(change);
      if (isOwn(change)) return;
      setUpdatedAt((clock ?? Date.now)());
      const id = change.booking?.id;
      if (id === undefined) return;
      setHighlighted((prev) => new Set(prev).add(id));
      const timer = setTimeout(() => {
        highlightTimers.current.delete(timer);
        setHighlighted((prev) => {
          const next = new Set(prev);
          next.delete(id);
          return next;
        });
      }, HIGHLIGHT_MS);
      highlightTimers.current.add(timer);
    },
    [applyChange, isOwn, clock],
  );
  const resubscribeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(resubscribeTimer.current), []);
  const onSubscriptionError = useCallback(
    (failedDay: LocalDate) => {
      clearTimeout(resubscribeTimer.current);
      resubscribeTimer.current = setTimeout(() => {
        refetch([failedDay]);
        setGeneration((g) => g + 1);
      }, RESUBSCRIBE_MS);
    },
    [refetch],
  );
  // Messages sent while the socket was down are lost: reload once it is back.
  useOnReconnected(() => refetch());
  // The socket dropped: a request now renews the session's tokens if they are due (the auth exchange),
  // so that the next reconnection presents a valid one.
  useEffect(() => {
    if (realtime === 'disconnected') refetch();
  }, [realtime, refetch]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(() => refetch(), RECONCILE_MS);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [refetch]);

  return { realtime, updatedAt, highlighted, generation, onChange, onSubscriptionError };
}
