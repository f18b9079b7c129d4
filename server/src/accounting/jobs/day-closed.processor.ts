import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { DAY_CLOSED_JOB, type DayClosedJobData } from '../../pos/index.js';
import { PostingService, type PostingOutcome } from '../posting.service.js';

/** Listens to the till's daily closures (through the outbox): each Z becomes a sales entry. */
@Processor(QUEUES.pos)
export class DayClosedProcessor {
  constructor(private readonly posting: PostingService) {}

  @Process(DAY_CLOSED_JOB)
  async onDayClosed(job: Job<DayClosedJobData>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postDayClosure(job.data.recordId) };
  }
}
