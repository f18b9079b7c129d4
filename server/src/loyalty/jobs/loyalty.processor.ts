import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { LoyaltyAccrualService } from '../loyalty-accrual.service.js';
import { LoyaltyMaintenanceService } from '../loyalty-maintenance.service.js';
import {
  ACCRUE_SALE,
  BIRTHDAY_BONUSES,
  EXPIRE_POINTS,
  REFRESH_TIERS,
  REVERSE_CREDIT_NOTE,
} from './job-names.js';

/** Loyalty's jobs: each idempotent (movement keys), so a redelivered job changes nothing. */
@Processor(QUEUES.loyalty)
export class LoyaltyProcessor {
  constructor(
    private readonly accrual: LoyaltyAccrualService,
    private readonly maintenance: LoyaltyMaintenanceService,
  ) {}

  @Process(ACCRUE_SALE)
  async accrue(job: Job<{ saleId: string }>): Promise<{ outcome: string }> {
    const { outcome } = await this.accrual.accrueSale(job.data.saleId, new Date());
    return { outcome };
  }

  @Process(REVERSE_CREDIT_NOTE)
  reverse(job: Job<{ creditNoteId: string }>): Promise<{ reversed: number }> {
    return this.accrual.reverseCreditNote(job.data.creditNoteId, new Date());
  }

  @Process(EXPIRE_POINTS)
  expire(): Promise<{ clients: number; points: number }> {
    return this.maintenance.expirePoints(new Date());
  }

  @Process(BIRTHDAY_BONUSES)
  birthdays(): Promise<{ given: number }> {
    return this.maintenance.birthdayBonuses(new Date());
  }

  @Process(REFRESH_TIERS)
  refreshTiers(): Promise<{ accounts: number; changed: number }> {
    return this.maintenance.refreshTiers(new Date());
  }
}
