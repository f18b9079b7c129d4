import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import type {
  NotificationSettingsEntity,
  NotificationTemplate,
  TemplateSwitches,
} from './notification.entities.js';
import { NotificationRepository } from './notification.repository.js';

/** The notification settings: the SMS sender and which templates are sent on which channel. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly tx: TransactionRunner,
  ) {}

  settings(): Promise<NotificationSettingsEntity> {
    return this.repository.settings();
  }

  async updateSettings(input: {
    smsSender?: string | null;
    templates?: { template: NotificationTemplate; email: boolean; sms: boolean }[];
  }): Promise<NotificationSettingsEntity> {
    return this.tx.run(async (uow) => {
      const current = await this.repository.lockedSettings(uow.manager);
      const templates: TemplateSwitches = { ...current.templates };
      for (const row of input.templates ?? []) templates[row.template] = { email: row.email, sms: row.sms };
      const smsSender = input.smsSender === undefined ? current.smsSender : input.smsSender?.trim() || null;
      await this.repository.updateSettings(uow.manager, { templates, smsSender });
      return this.repository.settings(uow.manager);
    });
  }
}
