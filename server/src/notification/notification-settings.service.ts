import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import {
  NotificationSettingsEntity,
  type NotificationTemplate,
  type TemplateSwitches,
} from './notification.entities.js';

/** The notification settings: the SMS sender and which templates are sent on which channel. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  settings(): Promise<NotificationSettingsEntity> {
    return this.db.manager.findOneByOrFail(NotificationSettingsEntity, { id: 1 });
  }

  async updateSettings(input: {
    smsSender?: string | null;
    templates?: { template: NotificationTemplate; email: boolean; sms: boolean }[];
  }): Promise<NotificationSettingsEntity> {
    return this.tx.run(async (uow) => {
      const current = await uow.manager.findOneOrFail(NotificationSettingsEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      const templates: TemplateSwitches = { ...current.templates };
      for (const row of input.templates ?? []) templates[row.template] = { email: row.email, sms: row.sms };
      const smsSender = input.smsSender === undefined ? current.smsSender : input.smsSender?.trim() || null;
      await uow.manager.update(NotificationSettingsEntity, { id: 1 }, { templates, smsSender });
      return uow.manager.findOneByOrFail(NotificationSettingsEntity, { id: 1 });
    });
  }
}
