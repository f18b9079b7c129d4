import { createServer } from 'node:net';

/** `preferred` when it is free on 127.0.0.1, else any free port. */
export async function freeLocalPort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: bound } = srv.address() as { port: number };
        srv.close(() => resolve(bound));
      });
    });
  return (await tryPort(preferred)) ?? ((await tryPort(0)) as number);
}
