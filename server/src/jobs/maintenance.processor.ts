import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { QUEUES } from './queues.js';

export const PURGE_AUTH_TOKENS = 'purge-auth-tokens';

/** Housekeeping jobs: idempotent, safe to run on several workers. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Deletes refresh tokens expired or revoked more than 7 days ago (reuse detection needs recent ones).
   * Measured on the application's clock, which writes `expires_at` and `revoked_at`.
   */
  @Process(PURGE_AUTH_TOKENS)
  async purgeAuthTokens(): Promise<{ deleted: number }> {
    const result: unknown = await this.db.query(
      `DELETE FROM refresh_token
        WHERE expires_at < $1::timestamptz - interval '7 days'
           OR revoked_at < $1::timestamptz - interval '7 days'`,
      [new Date()],
    );
    const deleted = Array.isArray(result) ? Number(result[1] ?? 0) : 0;
    this.logger.log({ deleted }, 'Purged old refresh tokens');
    return { deleted };
  }
}
