import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityNotFoundError, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { BookingEntity, isPossibleDuplicate } from '../booking/index.js';
import { ClientEntity } from '../clients/index.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService, type OutboxJob } from '../outbox/index.js';
import { InstituteEntity } from '../settings/index.js';
import { PurchaseOrderEntity } from '../inventory/index.js';
import { smsSendTime } from './domain/quiet-hours.js';
import { clientRecipient } from './domain/recipient.js';
import { isEnabled } from './domain/switches.js';
import {
  NotificationEntity,
  NotificationSettingsEntity,
  type NotificationChannel,
  type NotificationTemplate,
  isAddressedTemplate,
  type StockTemplate,
  type TemplateSwitches,
} from './notification.entities.js';
import { INSTITUTE_TEMPLATES } from './render/messages.js';
import { Mailer } from './transports/mailer.js';
import { SmsGateway } from './transports/sms.provider.js';

export const SEND_NOTIFICATION = 'send';
export const SYNC_REMINDER = 'sync-reminder';
export const SEND_REMINDER = 'reminder';
export const SWEEP_REMINDERS = 'sweep-reminders';
const TIME_ZONE = 'Europe/Paris';

export interface NotificationRequest {
  template: NotificationTemplate;
  channel: NotificationChannel;
  bookingId: string;
  paymentId?: string | null;
  /** A test: sent to this address or number whatever the switches and the client's choices. */
  to?: string;
  dedupeKey?: string;
  resendOfId?: string;
}

/** What planning the messages about a booking reads (`NotificationService.context`). */
export interface NotificationContext {
  booking: BookingEntity;
  client: ClientEntity;
  templates: TemplateSwitches;
  instituteEmail: string | null;
}

/**
 * Notifications: planned in the transaction of their cause, sent by the `notifications` queue. The log and
 * the administrator's tools are in `NotificationAdminService`, the settings in `NotificationSettingsService`.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
    private readonly sms: SmsGateway,
  ) {}

  /**
   * Records one message in the caller's transaction: QUEUED with its outbox job (so it is sent if and
   * only if the transaction commits), or SKIPPED with the reason. Returns null for a duplicate
   * (same dedupe key).
   */
  async queue(
    uow: UnitOfWork,
    req: NotificationRequest,
    now = Date.now(),
  ): Promise<NotificationEntity | null> {
    const m = uow.manager;
    const context = await this.context(m, req.bookingId);
    const [row] = this.rows(context, [req], now);
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(row.values)
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return null;
    if (row.job !== null) await this.outbox.enqueue(uow, row.job);
    return m.findOneOrFail(NotificationEntity, {
      where: { id: row.values.id },
      relations: { booking: { client: true } },
    });
  }

  /**
   * What the messages about a booking need to be planned, in one query: the booking, its client, the
   * template switches and the institute's address.
   */
  async context(m: EntityManager, bookingId: string): Promise<NotificationContext> {
    const { entities, raw } = await m
      .createQueryBuilder(BookingEntity, 'b')
      .innerJoinAndSelect('b.client', 'client')
      .addSelect('(SELECT s.templates FROM notification_settings s WHERE s.id = 1)', 'settings_templates')
      .addSelect('(SELECT i.email FROM institute i WHERE i.id = 1)', 'institute_email')
      .where('b.id = :bookingId', { bookingId })
      .getRawAndEntities<{ settings_templates: TemplateSwitches | null; institute_email: string | null }>();
    const booking = entities[0];
    if (booking === undefined) throw new EntityNotFoundError(BookingEntity, { id: bookingId });
    const templates = raw[0].settings_templates;
    if (templates === null) throw new EntityNotFoundError(NotificationSettingsEntity, { id: 1 });
    return {
      booking,
      client: booking.client as ClientEntity,
      templates,
      instituteEmail: raw[0].institute_email,
    };
  }

  /**
   * Records several messages about one booking in the caller's transaction, with their outbox jobs and
   * `also` (other jobs of the same transaction), in one statement; `queue` one by one would send five.
   * Duplicates (same dedupe key) are left out with their jobs.
   */
  async queueAll(
    uow: UnitOfWork,
    context: NotificationContext,
    requests: NotificationRequest[],
    also: OutboxJob[] = [],
    now = Date.now(),
  ): Promise<void> {
    const rows = this.rows(context, requests, now);
    const [sql, params] = uow.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows.map((r) => r.values))
      .orIgnore()
      .returning('id')
      .getQueryAndParameters();
    await this.outbox.enqueueAlong(uow, { sql, params }, [
      ...rows.flatMap((r) => (r.job === null ? [] : [{ ...r.job, onlyIfWritten: r.values.id }])),
      ...also,
    ]);
  }

  /** The rows of these messages (QUEUED or SKIPPED with the reason) and the jobs that send the QUEUED ones. */
  private rows(
    context: NotificationContext,
    requests: NotificationRequest[],
    now: number,
  ): { values: QueryDeepPartialEntity<NotificationEntity> & { id: string }; job: OutboxJob | null }[] {
    const { booking, client, templates, instituteEmail } = context;
    return requests.map((req) => {
      const toInstitute = INSTITUTE_TEMPLATES.includes(req.template);
      let recipient: string | null;
      let skip: string | null = null;
      if (req.to !== undefined) {
        recipient = req.to;
      } else if (toInstitute) {
        recipient = instituteEmail;
        if (recipient === null) skip = 'L’institut n’a pas d’adresse e-mail.';
      } else {
        ({ to: recipient, skip } = clientRecipient(
          req.channel,
          { ...booking, possibleDuplicate: isPossibleDuplicate(booking, client.email) },
          client,
        ));
      }
      if (skip === null && req.to === undefined && !isEnabled(templates, req.template, req.channel))
        skip = 'Modèle désactivé pour ce canal.';
      if (skip === null && req.channel === 'EMAIL' && !this.mailer.isConfigured())
        skip = 'Envoi d’e-mails non configuré (SMTP_URL).';
      if (skip === null && req.channel === 'SMS' && this.sms.provider === null)
        skip = 'Envoi de SMS non configuré (OVH).';
      const id = randomUUID();
      const scheduledFor = req.channel === 'SMS' ? smsSendTime(now, TIME_ZONE) : now;
      return {
        values: {
          id,
          channel: req.channel,
          template: req.template,
          recipient: recipient ?? '',
          status: skip === null ? 'QUEUED' : 'SKIPPED',
          skipReason: skip,
          messageId: req.channel === 'EMAIL' ? `<notification.${id}@${this.mailer.domain()}>` : null,
          bookingId: booking.id,
          clientId: toInstitute && req.to === undefined ? null : client.id,
          paymentId: req.paymentId ?? null,
          scheduledFor: new Date(scheduledFor),
          dedupeKey: req.dedupeKey ?? null,
          resendOfId: req.resendOfId ?? null,
          isTest: req.to !== undefined,
        },
        job:
          skip === null
            ? {
                queue: QUEUES.notifications,
                name: SEND_NOTIFICATION,
                payload: { notificationId: id },
                jobId: `notification:${id}`,
                delayMs: Math.max(0, scheduledFor - now),
              }
            : null,
      };
    });
  }

  /**
   * A stock message in the caller's transaction: the low-stock alert to the institute's address, or a
   * purchase order to its supplier. QUEUED with its outbox job, or SKIPPED with the reason.
   */
  async queueStockMessage(
    uow: UnitOfWork,
    req: { template: StockTemplate; subjectId: string; to?: string; dedupeKey?: string | null },
    now = Date.now(),
  ): Promise<void> {
    const m = uow.manager;
    const settings = await this.settingsRow(m);
    let recipient: string | null;
    let skip: string | null = null;
    if (isAddressedTemplate(req.template)) {
      recipient = req.to ?? null;
      if (recipient === null) skip = 'Aucune adresse e-mail pour ce message.';
    } else if (req.template === 'LOW_STOCK') {
      recipient = (await m.findOneBy(InstituteEntity, { id: 1 }))?.email ?? null;
      if (recipient === null) skip = 'L’institut n’a pas d’adresse e-mail.';
    } else {
      const order = await m.findOne(PurchaseOrderEntity, {
        where: { id: req.subjectId },
        relations: { supplier: true },
      });
      recipient = order?.supplier?.email ?? null;
      if (recipient === null) skip = 'Le fournisseur n’a pas d’adresse e-mail.';
    }
    if (skip === null && !isEnabled(settings.templates, req.template, 'EMAIL'))
      skip = 'Modèle désactivé pour ce canal.';
    if (skip === null && !this.mailer.isConfigured()) skip = 'Envoi d’e-mails non configuré (SMTP_URL).';
    const id = randomUUID();
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        id,
        channel: 'EMAIL',
        template: req.template,
        recipient: recipient ?? '',
        status: skip === null ? 'QUEUED' : 'SKIPPED',
        skipReason: skip,
        messageId: `<notification.${id}@${this.mailer.domain()}>`,
        bookingId: null,
        clientId: null,
        subjectId: req.subjectId,
        scheduledFor: new Date(now),
        dedupeKey: req.dedupeKey ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    // Planned already (same dedupe key): nothing more.
    if ((inserted.raw as unknown[]).length === 0) return;
    if (skip === null) {
      await this.outbox.enqueue(uow, {
        queue: QUEUES.notifications,
        name: SEND_NOTIFICATION,
        payload: { notificationId: id },
        jobId: `notification:${id}`,
      });
    }
  }

  private settingsRow(m: EntityManager): Promise<NotificationSettingsEntity> {
    return m.findOneByOrFail(NotificationSettingsEntity, { id: 1 });
  }
}
