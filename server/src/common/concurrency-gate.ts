import { ServiceUnavailableError } from './errors.js';

export interface ConcurrencyGateOptions {
  /** Work running at once; more waits in the queue. */
  concurrency: number;
  /** Callers that may wait; one more is refused at once. */
  queue: number;
  /** A caller still waiting after this long is refused. */
  maxWaitMs: number;
  /** What a refused caller is told (Retry-After). */
  retryAfterSeconds: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Lets at most `concurrency` pieces of work run at once in this process, queues a bounded number
 * of callers for a bounded time, and refuses the rest with SERVICE_UNAVAILABLE. Used to keep slot
 * searches from taking every database connection away from bookings.
 */
export class ConcurrencyGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: ConcurrencyGateOptions) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  /** Work running and callers waiting, for tests and diagnostics. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private enter(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.queue) return Promise.reject(this.refusal());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(this.refusal());
        }, this.options.maxWaitMs),
      };
      waiter.timer.unref();
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (next === undefined) {
      this.active--;
      return;
    }
    // The slot passes straight to the next caller: `active` does not change.
    clearTimeout(next.timer);
    next.start();
  }

  private refusal(): ServiceUnavailableError {
    return new ServiceUnavailableError(this.options.retryAfterSeconds);
  }
}
