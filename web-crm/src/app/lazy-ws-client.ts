import type { Client, ClientOptions, Event, EventListener } from 'graphql-ws';

/** What the CRM uses of a graphql-ws client: subscriptions, socket events, disposal. */
export type LiveLink = Pick<Client, 'on' | 'subscribe' | 'dispose'>;

type Loader = () => Promise<{ createClient: (options: ClientOptions) => Client }>;

/**
 * A graphql-ws client whose code (≈5 kB compressed) is downloaded when the first subscription
 * starts, not with the entry chunk: the sign-in page never needs it. Listeners registered before
 * are attached once it is there; a subscription dropped before is never opened.
 */
export function createLazyWsClient(
  options: ClientOptions,
  load: Loader = () => import('graphql-ws/client'),
): LiveLink {
  let client: Client | null = null;
  let loading: Promise<Client> | null = null;
  let disposed = false;
  const listeners = new Set<{ attach(to: Client): void; detach(): void }>();

  const ready = (): Promise<Client> =>
    (loading ??= load().then(
      (module) => {
        client = module.createClient(options);
        if (disposed) void client.dispose(); // disposed while downloading
        for (const listener of listeners) listener.attach(client);
        return client;
      },
      (error: unknown) => {
        loading = null; // the next subscription tries the download again
        throw error;
      },
    ));

  return {
    on<E extends Event>(event: E, listener: EventListener<E>): () => void {
      let off: (() => void) | null = null;
      const entry = {
        attach: (to: Client) => (off = to.on(event, listener)),
        detach: () => off?.(),
      };
      listeners.add(entry);
      if (client !== null) entry.attach(client);
      return () => {
        listeners.delete(entry);
        entry.detach();
      };
    },
    subscribe(payload, sink) {
      let unsubscribe: (() => void) | null = null;
      let dropped = false;
      ready().then(
        (loaded) => {
          if (!dropped && !disposed) unsubscribe = loaded.subscribe(payload, sink);
        },
        (error: unknown) => {
          if (!dropped) sink.error(error);
        },
      );
      return () => {
        dropped = true;
        unsubscribe?.();
      };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      return client?.dispose();
    },
  };
}
