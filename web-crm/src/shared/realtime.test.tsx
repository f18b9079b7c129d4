import { jest } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import type { Client as WsClient } from 'graphql-ws';
import { RealtimeProvider, useOnReconnected, useRealtimeStatus } from './realtime';

type Listener = (...args: unknown[]) => void;

/** The part of graphql-ws's client the hooks use: `on(event, listener)`, and a way to emit. */
function fakeWs() {
  const listeners = new Map<string, Set<Listener>>();
  const ws = {
    on(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, ...args: unknown[]) =>
    act(() => listeners.get(event)?.forEach((listener) => listener(...args)));
  return { ws: ws as unknown as WsClient, emit };
}

function Probe({ onReconnected }: { onReconnected: () => void }) {
  const status = useRealtimeStatus();
  useOnReconnected(onReconnected);
  return <p>{status}</p>;
}

describe('realtime', () => {
  it('follows the socket and reports reconnections (not the first connection)', () => {
    const { ws, emit } = fakeWs();
    const onReconnected = jest.fn();
    render(
      <RealtimeProvider ws={ws}>
        <Probe onReconnected={onReconnected} />
      </RealtimeProvider>,
    );
    expect(screen.getByText('connecting')).toBeInTheDocument();
    emit('connected', {}, undefined, false);
    expect(screen.getByText('connected')).toBeInTheDocument();
    expect(onReconnected).not.toHaveBeenCalled();

    emit('closed', {});
    expect(screen.getByText('disconnected')).toBeInTheDocument();
    emit('connecting', false);
    emit('connected', {}, undefined, true);
    expect(screen.getByText('connected')).toBeInTheDocument();
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });
});
