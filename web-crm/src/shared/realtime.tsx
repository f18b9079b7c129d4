import type { Client as WsClient } from 'graphql-ws';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The graphql-ws client behind urql's subscriptions, for screens that must know when the live link
 * drops and comes back (messages sent meanwhile are lost: they reload what they show).
 */
type SocketEvents = Pick<WsClient, 'on'>;
const RealtimeContext = createContext<SocketEvents | null>(null);

export function RealtimeProvider({ ws, children }: { ws: SocketEvents; children: ReactNode }) {
  return <RealtimeContext.Provider value={ws}>{children}</RealtimeContext.Provider>;
}

export type RealtimeStatus = 'connecting' | 'connected' | 'disconnected';

/**
 * The live link's state. Without a provider (tests) it reports `connected`. Starts as `connecting`:
 * the socket opens lazily with the first subscription.
 */
export function useRealtimeStatus(): RealtimeStatus {
  const ws = useContext(RealtimeContext);
  const [status, setStatus] = useState<RealtimeStatus>(ws === null ? 'connected' : 'connecting');
  useEffect(() => {
    if (ws === null) return undefined;
    const off = [
      ws.on('connecting', () => setStatus('connecting')),
      ws.on('connected', () => setStatus('connected')),
      ws.on('closed', () => setStatus('disconnected')),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [ws]);
  return status;
}

/** Calls `callback` each time the socket connects again after having been lost. */
export function useOnReconnected(callback: () => void): void {
  const ws = useContext(RealtimeContext);
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (ws === null) return undefined;
    return ws.on('connected', (_socket, _payload, wasRetry) => {
      if (wasRetry) latest.current();
    });
  }, [ws]);
}
