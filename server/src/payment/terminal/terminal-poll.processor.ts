import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { TERMINAL_POLL_JOB, TerminalProgressService } from './terminal-progress.service.js';

/**
 * The fallback when SumUp's callback does not come: asks SumUp every TERMINAL_POLL_INTERVAL_MS until
 * the checkout is final, and stops it on the reader past its deadline. The chain of jobs lives in
 * Redis, so it survives a restart.
 */
@Processor(QUEUES.payments)
export class TerminalPollProcessor {
  constructor(private readonly terminals: TerminalProgressService) {}

  @Process(TERMINAL_POLL_JOB)
  async poll(job: Job<{ checkoutId: string; attempt: number }>): Promise<{ outcome: string }> {
    return { outcome: await this.terminals.poll(job.data.checkoutId, job.data.attempt) };
  }
}
