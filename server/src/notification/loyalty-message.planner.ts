import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionalEvents, type UnitOfWork } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { LoyaltyMilestoneEvent, type LoyaltyMilestone } from '../loyalty/index.js';
import { OutboxService } from '../outbox/index.js';
import { smsSendTime } from './domain/quiet-hours.js';
import { clientRecipient } from './domain/recipient.js';
import { channelsOf, isEnabled } from './domain/switches.js';
import { MessageSourceRepository } from './message-source.repository.js';
import type { LoyaltyTemplate } from './notification.entities.js';
import { NotificationRepository } from './notification.repository.js';
import { SEND_NOTIFICATION } from './notification.service.js';
import { Mailer } from './transports/mailer.js';
import { SmsGateway } from './transports/sms.provider.js';

const TIME_ZONE = 'Europe/Paris';
const NO_CONTACT = { contactEmail: null, contactPhone: null, possibleDuplicate: false };
const TEMPLATE_OF: Record<LoyaltyMilestone, LoyaltyTemplate> = {
  REWARD_AVAILABLE: 'LOYALTY_REWARD_AVAILABLE',
  TIER_REACHED: 'LOYALTY_TIER_REACHED',
  REFERRAL_REFERRER: 'LOYALTY_REFERRAL_REWARD',
  REFERRAL_REFERRED: 'LOYALTY_REFERRAL_WELCOME',
  BIRTHDAY_BONUS: 'LOYALTY_BIRTHDAY_BONUS',
};

/**
 * Tells the client about her loyalty account: a reward her points now pay for, a higher tier, a
 * referral bonus (both the referrer and the referred client), the birthday bonus. Planned
 * inside the transaction that moved the points (an e-mail row, and an SMS row for the first two, QUEUED with their outbox
 * jobs or SKIPPED with the reason: no address, the client refused that channel, not configured). The
 * event's dedupe key makes a redelivered accrual plan nothing twice.
 */
@Injectable()
export class LoyaltyMessagePlanner implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly outbox: OutboxService,
    private readonly repository: NotificationRepository,
    private readonly sources: MessageSourceRepository,
    private readonly mailer: Mailer,
    private readonly sms: SmsGateway,
  ) {}

  onModuleInit(): void {
    this.events.on(LoyaltyMilestoneEvent.eventName, (e, uow) => this.plan(uow, e as LoyaltyMilestoneEvent));
  }

  async plan(uow: UnitOfWork, event: LoyaltyMilestoneEvent, now = Date.now()): Promise<void> {
    const m = uow.manager;
    const client = await this.sources.client(m, event.clientId);
    if (client === null || client.archivedAt !== null) return;
    const { templates } = await this.repository.settings(m);
    const template = TEMPLATE_OF[event.milestone];
    // The referral and birthday bonuses are told by e-mail only.
    for (const channel of channelsOf(template)) {
      const recipient = clientRecipient(channel, NO_CONTACT, client);
      const to = recipient.to;
      let skip = recipient.skip;
      if (skip === null && !isEnabled(templates, template, channel)) skip = 'Modèle désactivé pour ce canal.';
      if (skip === null && channel === 'EMAIL' && !this.mailer.isConfigured())
        skip = 'Envoi d’e-mails non configuré (SMTP_URL).';
      if (skip === null && channel === 'SMS' && this.sms.provider === null)
        skip = 'Envoi de SMS non configuré (OVH).';
      const id = randomUUID();
      const scheduledFor = channel === 'SMS' ? smsSendTime(now, TIME_ZONE) : now;
      const inserted = await this.repository.insert(m, {
        id,
        channel,
        template,
        recipient: to ?? '',
        status: skip === null ? 'QUEUED' : 'SKIPPED',
        skipReason: skip,
        messageId: channel === 'EMAIL' ? `<notification.${id}@${this.mailer.domain()}>` : null,
        bookingId: null,
        clientId: client.id,
        subjectId: client.id,
        scheduledFor: new Date(scheduledFor),
        dedupeKey: `${event.dedupeKey}:${channel}`,
      });
      if (!inserted || skip !== null) continue;
      await this.outbox.enqueue(uow, {
        queue: QUEUES.notifications,
        name: SEND_NOTIFICATION,
        payload: { notificationId: id },
        jobId: `notification:${id}`,
        delayMs: Math.max(0, scheduledFor - now),
      });
    }
  }
}
