import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { QUEUES } from '../jobs/queues.js';
import { describeError } from '../outbox/index.js';
import { smsSendTime } from './domain/quiet-hours.js';
import { MessageContextLoader } from './message-context.loader.js';
import { LoyaltyMessageLoader } from './loyalty-message.loader.js';
import { isLoyaltyTemplate, isStockTemplate } from './notification.entities.js';
import { NotificationRepository } from './notification.repository.js';
import { SEND_NOTIFICATION } from './notification.service.js';
import { StockMessageLoader } from './stock-message.loader.js';
import { renderEmail, renderSms } from './render/render.js';
import { Mailer } from './transports/mailer.js';
import { SmsGateway } from './transports/sms.provider.js';

export type SendOutcome = 'sent' | 'captured' | 'already' | 'deferred';

/**
 * The `send` job: renders a QUEUED notification and hands it to SMTP or OVH. At least once: a
 * worker killed between the SMTP server's "250 OK" and the SENT update sends again, with the same
 * Message-ID (derived from the notification), so mail clients show one message. Every attempt and
 * its error are recorded; after the last attempt the notification is FAILED, never silently lost.
 */
@Injectable()
export class NotificationSender {
  private readonly logger = new Logger(NotificationSender.name);

  constructor(
    private readonly repository: NotificationRepository,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
    private readonly mailer: Mailer,
    private readonly sms: SmsGateway,
    private readonly contexts: MessageContextLoader,
    private readonly stockMessages: StockMessageLoader,
    private readonly loyaltyMessages: LoyaltyMessageLoader,
  ) {}

  async send(job: Job<{ notificationId: string }>, now = Date.now()): Promise<SendOutcome> {
    const repo = this.repository;
    const n = await repo.byId(job.data.notificationId);
    if (n?.status !== 'QUEUED') return 'already';
    if (n.channel === 'SMS') {
      // Delayed by an outage into the night: wait for the morning.
      const allowed = smsSendTime(now, 'Europe/Paris');
      if (allowed > now) {
        await this.queue.add(SEND_NOTIFICATION, job.data, {
          jobId: `notification:${n.id}:at:${allowed}`,
          delay: allowed - now,
        });
        await repo.record(n.id, { scheduledFor: new Date(allowed) });
        return 'deferred';
      }
    }
    await repo.countAttempt(n.id);
    try {
      if (isLoyaltyTemplate(n.template)) {
        const { providerId, delivered } = await this.loyaltyMessages.deliver(n);
        await repo.record(
          n.id,
          delivered
            ? { status: 'SENT', sentAt: new Date(), providerMessageId: providerId, lastError: null }
            : { status: 'CAPTURED', providerMessageId: providerId, lastError: null },
        );
        return delivered ? 'sent' : 'captured';
      }
      if (n.bookingId === null && n.subjectId !== null && isStockTemplate(n.template)) {
        const email = await this.stockMessages.render(n.template, n.subjectId, n.recipient);
        const providerId = await this.mailer.send({
          to: n.recipient,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: n.messageId ?? `<notification.${n.id}@${this.mailer.domain()}>`,
          replyTo: email.replyTo,
          calendar: null,
          attachments: email.attachments,
        });
        const sent = this.mailer.delivery() === 'PROVIDER';
        await repo.record(
          n.id,
          sent
            ? { status: 'SENT', sentAt: new Date(), providerMessageId: providerId, lastError: null }
            : { status: 'CAPTURED', providerMessageId: providerId, lastError: null },
        );
        return sent ? 'sent' : 'captured';
      }
      if (n.bookingId === null) throw new Error('notification without booking');
      const ctx = await this.contexts.load(n.bookingId, n.paymentId);
      let providerId: string;
      let delivered = true;
      if (n.channel === 'EMAIL') {
        const email = await renderEmail(n.template, ctx, this.mailer.domain(), now);
        providerId = await this.mailer.send({
          to: n.recipient,
          subject: n.isTest ? `[Test] ${email.subject}` : email.subject,
          html: email.html,
          text: email.text,
          messageId: n.messageId ?? `<notification.${n.id}@${this.mailer.domain()}>`,
          replyTo: email.replyTo,
          calendar: email.calendar,
        });
        delivered = this.mailer.delivery() === 'PROVIDER';
      } else {
        const provider = this.sms.provider;
        if (provider === null) throw new Error('SMS provider not configured');
        const settings = await repo.settings();
        providerId = await provider.send({
          to: n.recipient,
          text: renderSms(n.template, ctx),
          sender: settings.smsSender,
        });
        delivered = provider.delivers;
      }
      // Kept on this machine (server log, mail catcher) is not "sent": it says so, with no sending time.
      await repo.record(
        n.id,
        delivered
          ? { status: 'SENT', sentAt: new Date(), providerMessageId: providerId, lastError: null }
          : { status: 'CAPTURED', providerMessageId: providerId, lastError: null },
      );
      return delivered ? 'sent' : 'captured';
    } catch (error) {
      const attempts = job.opts.attempts ?? 1;
      const last = job.attemptsMade + 1 >= attempts;
      await repo.record(n.id, {
        lastError: describeError(error).slice(0, 2000),
        status: last ? 'FAILED' : 'QUEUED',
      });
      this.logger.warn(
        {
          notificationId: n.id,
          channel: n.channel,
          attempt: job.attemptsMade + 1,
          of: attempts,
          err: describeError(error),
        },
        last ? 'Notification failed after its last attempt' : 'Notification attempt failed, will retry',
      );
      throw error;
    }
  }
}
