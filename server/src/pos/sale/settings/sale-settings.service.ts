import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../../../common/transaction/unit-of-work.js';
import { SaleJournal } from '../sale-journal.js';
import { SaleRepository } from '../sale.repository.js';
import { settingChanges, type SaleRules } from './setting-changes.js';
import { SaleSettingsRepository } from './sale-settings.repository.js';

/**
 * The till's sale rules (staff's largest discount and credit note). A change is written with an
 * `EVENT` `SETTING_CHANGED` (each field's old and new value, who) in the journal of every enabled
 * till, in the same transaction: the law wants setting changes in the technical log.
 */
@Injectable()
export class SaleSettingsService {
  private readonly logger = new Logger(SaleSettingsService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly sales: SaleRepository,
    private readonly repo: SaleSettingsRepository,
    private readonly journal: SaleJournal,
  ) {}

  async get(): Promise<SaleRules> {
    const row = await this.sales.settings();
    return {
      staffMaxDiscountBp: row.staffMaxDiscountBp,
      staffMaxCreditNoteCents: row.staffMaxCreditNoteCents,
    };
  }

  async update(input: SaleRules, by: { userId: string }, now: Date): Promise<SaleRules> {
    const result = await this.tx.run(async ({ manager }) => {
      const row = await this.repo.lock(manager);
      const before: SaleRules = {
        staffMaxDiscountBp: row.staffMaxDiscountBp,
        staffMaxCreditNoteCents: row.staffMaxCreditNoteCents,
      };
      const changes = settingChanges(before, input);
      if (changes.length === 0) return { rules: before, changed: false };
      await this.repo.update(manager, input);
      const tills = await this.journal.appendEventToEveryTill(manager, {
        payload: { event: 'SETTING_CHANGED', setting: 'SALE_RULES', userId: by.userId, changes },
        occurredAt: now,
        actorUserId: by.userId,
      });
      return { rules: { ...input }, changed: true, tills };
    });
    if (result.changed) {
      this.logger.log(
        { event: 'sale-settings.changed', by: by.userId, tills: result.tills },
        'Sale rules changed',
      );
    }
    return result.rules;
  }
}
