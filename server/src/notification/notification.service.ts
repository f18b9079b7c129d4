import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityNotFoundError, type EntityManager } from 'typeorm';
import { BookingEntity, isPossibleDuplicate } from '../booking/index.js';
import { ClientEntity } from '../clients/index.js';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { OutboxService, type OutboxJob } from '../outbox/index.js';
import { smsSendTime } from './domain/quiet-hours.js';
import { clientRecipient } from './domain/recipient.js';
import { isEnabled } from './domain/switches.js';
import { MessageSourceRepository } from './message-source.repository.js';
import {
  NotificationSettingsEntity,
  type NotificationEntity,
  type NotificationChannel,
  type NotificationTemplate,
  isAddressedTemplate,
  type StockTemplate,
  type TemplateSwitches,
} from './notification.entities.js';
import { NotificationRepository, type NewNotificationRow } from './notification.repository.js';
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
    private readonly repository: NotificationRepository,
    private readonly sources: MessageSourceRepository,
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
    if (!(await this.repository.insert(m, row.values))) return null;
    if (row.job !== null) await this.outbox.enqueue(uow, row.job);
    return this.repository.withBooking(m, row.values.id);
  }

  /**
   * What the messages about a booking need to be planned, in one query: the booking, its client, the
   * template switches and the institute's address.
   */
  async context(m: EntityManager, bookingId: string): Promise<NotificationContext> {
    const row = await this.sources.planning(m, bookingId);
    if (row === null) throw new EntityNotFoundError(BookingEntity, { id: bookingId });
    const { booking, templates, instituteEmail } = row;
    if (templates === null) throw new EntityNotFoundError(NotificationSettingsEntity, { id: 1 });
    return { booking, client: booking.client as ClientEntity, templates, instituteEmail };
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
    const write = this.repository.insertStatement(
      uow.manager,
      rows.map((r) => r.values),
    );
    await this.outbox.enqueueAlong(uow, write, [
      ...rows.flatMap((r) => (r.job === null ? [] : [{ ...r.job, onlyIfWritten: r.values.id }])),
      ...also,
    ]);
  }

  /** The rows of these messages (QUEUED or SKIPPED with the reason) and the jobs that send the QUEUED ones. */
  private rows(
    context: NotificationContext,
    requests: NotificationRequest[],
    now: number,
  ): { values: NewNotificationRow; job: OutboxJob | null }[] {
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
    const settings = await this.repository.settings(m);
    let recipient: string | null;
    let skip: string | null = null;
    if (isAddressedTemplate(req.template)) {
      recipient = req.to ?? null;
      if (recipient === null) skip = 'Aucune adresse e-mail pour ce message.';
    } else if (req.template === 'LOW_STOCK') {
      recipient = (await this.sources.institute(m))?.email ?? null;
      if (recipient === null) skip = 'L’institut n’a pas d’adresse e-mail.';
    } else {
      recipient = await this.sources.supplierEmailOf(m, req.subjectId);
      if (recipient === null) skip = 'Le fournisseur n’a pas d’adresse e-mail.';
    }
    if (skip === null && !isEnabled(settings.templates, req.template, 'EMAIL'))
      skip = 'Modèle désactivé pour ce canal.';
    if (skip === null && !this.mailer.isConfigured()) skip = 'Envoi d’e-mails non configuré (SMTP_URL).';
    const id = randomUUID();
    const inserted = await this.repository.insert(m, {
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
    });
    // Planned already (same dedupe key): nothing more.
    if (!inserted) return;
    if (skip === null) {
      await this.outbox.enqueue(uow, {
        queue: QUEUES.notifications,
        name: SEND_NOTIFICATION,
        payload: { notificationId: id },
        jobId: `notification:${id}`,
      });
    }
  }
}
