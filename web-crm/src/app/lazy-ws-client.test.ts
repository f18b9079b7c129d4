import { describe, expect, it } from '@jest/globals';
import type { Client, ClientOptions, Sink } from 'graphql-ws';
import { createLazyWsClient } from './lazy-ws-client';

type Listener = (...args: unknown[]) => void;

/** A stand-in for graphql-ws's client that records what is asked of it. */
function recordingClient() {
  const listeners = new Map<string, Set<Listener>>();
  const subscriptions: { query: string; closed: boolean; sink: Sink }[] = [];
  let disposed = 0;
  const client = {
    on(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    subscribe(payload: { query: string }, sink: Sink) {
      const entry = { query: payload.query, closed: false, sink };
      subscriptions.push(entry);
      return () => (entry.closed = true);
    },
    dispose() {
      disposed += 1;
    },
  };
  return {
    client: client as unknown as Client,
    emit: (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((l) => l(...args)),
    subscriptions,
    disposed: () => disposed,
  };
}

/** A loader the test releases by hand, counting how often the code is asked for. */
function controlledLoader(client: Client) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const options: ClientOptions[] = [];
  const load = async () => {
    calls += 1;
    await gate;
    return {
      createClient: (o: ClientOptions) => {
        options.push(o);
        return client;
      },
    };
  };
  return { load, release, calls: () => calls, options };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const sink = (): Sink => ({ next: () => undefined, error: () => undefined, complete: () => undefined });

describe('createLazyWsClient', () => {
  it('downloads nothing until the first subscription, and only once', async () => {
    const fake = recordingClient();
    const loader = controlledLoader(fake.client);
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, loader.load);
    ws.on('connected', () => undefined);
    expect(loader.calls()).toBe(0);

    ws.subscribe({ query: 'subscription A { a }' }, sink());
    ws.subscribe({ query: 'subscription B { b }' }, sink());
    expect(loader.calls()).toBe(1);
    loader.release();
    await flush();
    expect(fake.subscriptions.map((s) => s.query)).toEqual(['subscription A { a }', 'subscription B { b }']);
    expect(loader.options).toEqual([{ url: 'ws://x/graphql' }]);
  });

  it('attaches listeners registered before the download, and removes them on request', async () => {
    const fake = recordingClient();
    const loader = controlledLoader(fake.client);
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, loader.load);
    const heard: string[] = [];
    ws.on('connected', () => heard.push('early'));
    const off = ws.on('connected', () => heard.push('removed'));
    off();
    ws.subscribe({ query: 'subscription A { a }' }, sink());
    loader.release();
    await flush();
    ws.on('connected', () => heard.push('late'));
    fake.emit('connected');
    expect(heard).toEqual(['early', 'late']);
  });

  it('never opens a subscription dropped before the code arrived; closes one dropped after', async () => {
    const fake = recordingClient();
    const loader = controlledLoader(fake.client);
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, loader.load);
    const dropEarly = ws.subscribe({ query: 'subscription Early { a }' }, sink());
    const dropLate = ws.subscribe({ query: 'subscription Late { b }' }, sink());
    dropEarly();
    loader.release();
    await flush();
    expect(fake.subscriptions.map((s) => s.query)).toEqual(['subscription Late { b }']);
    dropLate();
    expect(fake.subscriptions[0]?.closed).toBe(true);
  });

  it('tells the subscriber when the code cannot be downloaded, and tries again next time', async () => {
    const fake = recordingClient();
    let attempts = 0;
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, () => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('offline'));
      return Promise.resolve({ createClient: () => fake.client });
    });
    const errors: unknown[] = [];
    ws.subscribe({ query: 'subscription A { a }' }, { ...sink(), error: (e) => errors.push(e) });
    await flush();
    expect(errors).toEqual([new Error('offline')]);
    ws.subscribe({ query: 'subscription B { b }' }, sink());
    await flush();
    expect(attempts).toBe(2);
    expect(fake.subscriptions.map((s) => s.query)).toEqual(['subscription B { b }']);
  });

  it('disposes a client that arrives after disposal, once, and opens nothing on it', async () => {
    const fake = recordingClient();
    const loader = controlledLoader(fake.client);
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, loader.load);
    ws.subscribe({ query: 'subscription A { a }' }, sink());
    await ws.dispose();
    loader.release();
    await flush();
    expect(fake.subscriptions).toEqual([]);
    expect(fake.disposed()).toBe(1);
    await ws.dispose();
    expect(fake.disposed()).toBe(1);
  });

  it('disposes a loaded client', async () => {
    const fake = recordingClient();
    const loader = controlledLoader(fake.client);
    const ws = createLazyWsClient({ url: 'ws://x/graphql' }, loader.load);
    ws.subscribe({ query: 'subscription A { a }' }, sink());
    loader.release();
    await flush();
    expect(fake.disposed()).toBe(0);
    await ws.dispose();
    expect(fake.disposed()).toBe(1);
  });
});
