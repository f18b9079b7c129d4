import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isEmail } from 'class-validator';
import { normalizePhone } from '../clients/index.js';
import { Roles } from '../common/auth/access.decorators.js';
import { BadUserInputError } from '../common/errors.js';
import { PageInput } from '../common/pagination.js';
import { ParseIdPipe } from '../common/validation.js';
import { smsLength } from './domain/sms-segments.js';
import { switchRows } from './domain/switches.js';
import {
  NotificationChannelEnum,
  NotificationPage,
  NotificationPreview,
  NotificationSettings,
  NotificationsFilter,
  NotificationTemplateEnum,
  NotificationType,
  SendTestNotificationInput,
  UpdateNotificationSettingsInput,
} from './dto/notification.types.js';
import type {
  NotificationEntity,
  NotificationChannel,
  NotificationTemplate,
} from './notification.entities.js';
import { NOTIFICATION_CHANNELS, NOTIFICATION_TEMPLATES } from './notification.entities.js';
import { NotificationAdminService } from './notification-admin.service.js';
import { NotificationSettingsService } from './notification-settings.service.js';
import { Mailer } from './transports/mailer.js';
import { SmsGateway } from './transports/sms.provider.js';

export function toNotificationType(n: NotificationEntity): NotificationType {
  return {
    id: n.id,
    channel: n.channel,
    template: n.template,
    recipient: n.recipient,
    status: n.status,
    skipReason: n.skipReason,
    messageId: n.messageId,
    providerMessageId: n.providerMessageId,
    attempts: n.attempts,
    lastError: n.lastError,
    bookingId: n.bookingId,
    clientId: n.clientId,
    bookingReference: n.booking?.reference ?? null,
    bookingStart: n.booking?.startsAt ?? null,
    clientName: n.booking?.client ? `${n.booking.client.firstName} ${n.booking.client.lastName}` : null,
    scheduledFor: n.scheduledFor,
    sentAt: n.sentAt,
    resendOfId: n.resendOfId,
    isTest: n.isTest,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly service: NotificationAdminService,
    private readonly settings: NotificationSettingsService,
    private readonly mailer: Mailer,
    private readonly sms: SmsGateway,
  ) {}

  @Roles('STAFF')
  @Query(() => NotificationPage, { description: 'The notification log, newest first.' })
  async notifications(
    @Args('filter', { type: () => NotificationsFilter, nullable: true }) filter?: NotificationsFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<NotificationPage> {
    const { items, total } = await this.service.list({ ...filter, page });
    return { items: items.map(toNotificationType), total };
  }

  @Roles('STAFF')
  @Mutation(() => NotificationType, { description: 'Sends a notification again (a new message, logged).' })
  async resendNotification(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<NotificationType> {
    return toNotificationType(await this.service.resend(id));
  }

  @Roles('ADMIN')
  @Query(() => NotificationSettings)
  async notificationSettings(): Promise<NotificationSettings> {
    return this.toSettings(await this.settings.settings());
  }

  @Roles('ADMIN')
  @Mutation(() => NotificationSettings)
  async updateNotificationSettings(
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return this.toSettings(await this.settings.updateSettings(input));
  }

  @Roles('ADMIN')
  @Query(() => NotificationPreview, {
    description: 'A template rendered with a real booking (nothing is sent).',
  })
  async previewNotification(
    @Args('template', { type: () => NotificationTemplateEnum }) template: NotificationTemplate,
    @Args('bookingId', { type: () => ID }, ParseIdPipe) bookingId: string,
    @Args('channel', { type: () => NotificationChannelEnum, defaultValue: 'EMAIL' })
    channel: NotificationChannel,
  ): Promise<NotificationPreview> {
    if (!NOTIFICATION_TEMPLATES.includes(template) || !NOTIFICATION_CHANNELS.includes(channel))
      throw new BadUserInputError('Modèle ou canal inconnu.', [
        { field: 'template', message: 'Modèle inconnu.' },
        { field: 'channel', message: 'Canal inconnu.' },
      ]);
    const preview = await this.service.preview(template, channel, bookingId);
    if (preview.email !== null) {
      return {
        channel,
        subject: preview.email.subject,
        html: preview.email.html,
        text: preview.email.text,
        segments: null,
        encoding: null,
      };
    }
    const text = preview.sms ?? '';
    const length = smsLength(text);
    return { channel, subject: null, html: null, text, segments: length.segments, encoding: length.encoding };
  }

  @Roles('ADMIN')
  @Mutation(() => NotificationType, {
    description: 'Sends a template about a real booking to a test recipient.',
  })
  async sendTestNotification(@Args('input') input: SendTestNotificationInput): Promise<NotificationType> {
    let to = input.to.trim();
    if (input.channel === 'EMAIL' && !isEmail(to)) {
      throw new BadUserInputError('Adresse e-mail invalide.', [
        { field: 'input.to', message: 'Adresse e-mail invalide.' },
      ]);
    }
    if (input.channel === 'SMS') {
      const phone = normalizePhone(to);
      if (phone === null)
        throw new BadUserInputError('Numéro de téléphone invalide.', [
          { field: 'input.to', message: 'Numéro de téléphone invalide.' },
        ]);
      to = phone;
    }
    return toNotificationType(
      await this.service.sendTest(input.template, input.channel, input.bookingId, to),
    );
  }

  private toSettings(row: {
    smsSender: string | null;
    templates: Parameters<typeof switchRows>[0];
  }): NotificationSettings {
    return {
      smsSender: row.smsSender,
      templates: switchRows(row.templates),
      emailDelivery: this.mailer.delivery(),
      smsDelivery: this.sms.delivery(),
    };
  }
}
