import { jest } from '@jest/globals';
import { ConcurrencyGate } from './concurrency-gate.js';
import { ServiceUnavailableError } from './errors.js';

/** A piece of work that finishes when the test says so. */
function pending(): { promise: Promise<string>; finish: (value: string) => void } {
  let finish: (value: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => {
    finish = resolve;
  });
  return { promise, finish };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ConcurrencyGate', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('runs at most `concurrency` at once, queues the next ones in order, refuses beyond the queue', async () => {
    const gate = new ConcurrencyGate({ concurrency: 2, queue: 2, maxWaitMs: 60_000, retryAfterSeconds: 3 });
    const works = [pending(), pending(), pending(), pending()];
    const started: number[] = [];
    const results = works.map((w, i) =>
      gate.run(() => {
        started.push(i);
        return w.promise;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ active: 2, waiting: 2 });

    const refused = gate.run(() => Promise.resolve('never'));
    await expect(refused).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(refused).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 3,
      message: 'Le service est très sollicité. Réessayez dans 3 secondes.',
    });

    works[1].finish('b');
    await expect(results[1]).resolves.toBe('b');
    await flush();
    expect(started).toEqual([0, 1, 2]);
    expect(gate.load).toEqual({ active: 2, waiting: 1 });

    works[0].finish('a');
    works[2].finish('c');
    works[3].finish('d');
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('frees its place when the work fails', async () => {
    const gate = new ConcurrencyGate({ concurrency: 1, queue: 0, maxWaitMs: 60_000, retryAfterSeconds: 1 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => Promise.resolve('next'))).resolves.toBe('next');
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a caller that waited longer than maxWaitMs, and forgets it', async () => {
    jest.useFakeTimers();
    const gate = new ConcurrencyGate({ concurrency: 1, queue: 5, maxWaitMs: 5000, retryAfterSeconds: 2 });
    const first = pending();
    const running = gate.run(() => first.promise);
    const waiting = gate.run(() => Promise.resolve('late'));
    const outcome = waiting.catch((error: unknown) => error);
    jest.advanceTimersByTime(4999);
    expect(gate.load).toEqual({ active: 1, waiting: 1 });
    jest.advanceTimersByTime(1);
    await expect(outcome).resolves.toBeInstanceOf(ServiceUnavailableError);
    expect(gate.load).toEqual({ active: 1, waiting: 0 });
    first.finish('done');
    await expect(running).resolves.toBe('done');
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });
});
