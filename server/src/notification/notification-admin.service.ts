import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { pageOf, type PageInput } from '../common/pagination.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { isEnabled } from './domain/switches.js';
import { MessageContextLoader } from './message-context.loader.js';
import { MessageSourceRepository } from './message-source.repository.js';
import {
  type NotificationEntity,
  type NotificationChannel,
  type NotificationTemplate,
  isAddressedTemplate,
  isStockTemplate,
} from './notification.entities.js';
import { NotificationRepository, type NotificationLogFilter } from './notification.repository.js';
import { NotificationService } from './notification.service.js';
import { renderEmail, renderSms, type RenderedEmail } from './render/render.js';
import { Mailer } from './transports/mailer.js';

export interface NotificationsQuery extends NotificationLogFilter {
  page?: PageInput;
}

export interface NotificationPreview {
  channel: NotificationChannel;
  email: RenderedEmail | null;
  sms: string | null;
}

/** The notification log and the administrator's tools: list, resend, send a test, preview. */
@Injectable()
export class NotificationAdminService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly sources: MessageSourceRepository,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationService,
    private readonly mailer: Mailer,
    private readonly contexts: MessageContextLoader,
  ) {}

  /** Sends a failed (or any) message again, as a new message of its own. */
  async resend(id: string): Promise<NotificationEntity> {
    const original = await this.repository.byId(id);
    if (original === null) throw new NotFoundError('Notification introuvable.');
    if (original.bookingId === null && original.subjectId !== null && isStockTemplate(original.template)) {
      const template = original.template;
      const subjectId = original.subjectId;
      const to = isAddressedTemplate(template) ? original.recipient : undefined;
      await this.tx.run((uow) => this.notifications.queueStockMessage(uow, { template, subjectId, to }));
      const again = await this.repository.latestAbout(subjectId, template);
      if (again === null) throw new Error('resend was not recorded');
      return again;
    }
    if (original.bookingId === null) throw new ConflictError('Cette notification ne peut pas être renvoyée.');
    const bookingId = original.bookingId;
    const again = await this.tx.run((uow) =>
      this.notifications.queue(uow, {
        template: original.template,
        channel: original.channel,
        bookingId,
        paymentId: original.paymentId,
        to: original.isTest ? original.recipient : undefined,
        resendOfId: original.id,
      }),
    );
    if (again === null) throw new Error('resend was deduplicated');
    return again;
  }

  /** Sends a template about a real booking to an address or number the administrator chooses. */
  async sendTest(
    template: NotificationTemplate,
    channel: NotificationChannel,
    bookingId: string,
    to: string,
  ): Promise<NotificationEntity> {
    if (isStockTemplate(template))
      throw new BadUserInputError('Ce modèle ne concerne pas un rendez-vous.', 'input.template');
    await this.bookingOrThrow(bookingId);
    if (channel === 'SMS' && !this.channelOffers(template, 'SMS'))
      throw new BadUserInputError('Ce modèle n’existe pas en SMS.', 'input.channel');
    const sent = await this.tx.run((uow) =>
      this.notifications.queue(uow, { template, channel, bookingId, to }),
    );
    if (sent === null) throw new Error('test was deduplicated');
    return sent;
  }

  async preview(
    template: NotificationTemplate,
    channel: NotificationChannel,
    bookingId: string,
  ): Promise<NotificationPreview> {
    if (isStockTemplate(template))
      throw new BadUserInputError('Ce modèle ne concerne pas un rendez-vous.', 'template');
    await this.bookingOrThrow(bookingId);
    if (channel === 'SMS' && !this.channelOffers(template, 'SMS'))
      throw new BadUserInputError('Ce modèle n’existe pas en SMS.', 'channel');
    const ctx = await this.contexts.load(bookingId, await this.sources.latestPaymentId(bookingId));
    return channel === 'EMAIL'
      ? { channel, email: await renderEmail(template, ctx, this.mailer.domain(), Date.now()), sms: null }
      : { channel, email: null, sms: renderSms(template, ctx) };
  }

  async list(query: NotificationsQuery): Promise<{ items: NotificationEntity[]; total: number }> {
    const { offset, limit } = pageOf(query.page);
    return this.repository.list(query, offset, limit);
  }

  private channelOffers(template: NotificationTemplate, channel: NotificationChannel): boolean {
    return isEnabled({}, template, channel);
  }

  private async bookingOrThrow(id: string): Promise<void> {
    if (!(await this.sources.bookingExists(id))) throw new NotFoundError('Rendez-vous introuvable.');
  }
}
