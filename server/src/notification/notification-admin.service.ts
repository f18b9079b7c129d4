import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BookingEntity } from '../booking/index.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { pageOf, type PageInput } from '../common/pagination.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { isEnabled } from './domain/switches.js';
import { MessageContextLoader } from './message-context.loader.js';
import {
  NotificationEntity,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationTemplate,
  isAddressedTemplate,
  isStockTemplate,
} from './notification.entities.js';
import { NotificationService } from './notification.service.js';
import { renderEmail, renderSms, type RenderedEmail } from './render/render.js';
import { Mailer } from './transports/mailer.js';

export interface NotificationsQuery {
  bookingId?: string;
  clientId?: string;
  status?: NotificationStatus;
  channel?: NotificationChannel;
  template?: NotificationTemplate;
  /** GraphQL may pass an explicit null: treated as absent. */
  from?: Date | null;
  to?: Date | null;
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationService,
    private readonly mailer: Mailer,
    private readonly contexts: MessageContextLoader,
  ) {}

  /** Sends a failed (or any) message again, as a new message of its own. */
  async resend(id: string): Promise<NotificationEntity> {
    const original = await this.db.getRepository(NotificationEntity).findOneBy({ id });
    if (original === null) throw new NotFoundError('Notification introuvable.');
    if (original.bookingId === null && original.subjectId !== null && isStockTemplate(original.template)) {
      const template = original.template;
      const subjectId = original.subjectId;
      const to = isAddressedTemplate(template) ? original.recipient : undefined;
      await this.tx.run((uow) => this.notifications.queueStockMessage(uow, { template, subjectId, to }));
      const again = await this.db
        .getRepository(NotificationEntity)
        .findOne({ where: { subjectId, template }, order: { createdAt: 'DESC' } });
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
    const ctx = await this.contexts.load(bookingId, await this.latestPaymentId(bookingId));
    return channel === 'EMAIL'
      ? { channel, email: await renderEmail(template, ctx, this.mailer.domain(), Date.now()), sms: null }
      : { channel, email: null, sms: renderSms(template, ctx) };
  }

  async list(query: NotificationsQuery): Promise<{ items: NotificationEntity[]; total: number }> {
    const { offset, limit } = pageOf(query.page);
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.booking', 'b')
      .leftJoinAndSelect('b.client', 'bc');
    if (query.bookingId) qb.andWhere('n.booking_id = :bookingId', { bookingId: query.bookingId });
    if (query.clientId) qb.andWhere('n.client_id = :clientId', { clientId: query.clientId });
    if (query.status) qb.andWhere('n.status = :status', { status: query.status });
    if (query.channel) qb.andWhere('n.channel = :channel', { channel: query.channel });
    if (query.template) qb.andWhere('n.template = :template', { template: query.template });
    if (query.from) qb.andWhere('n.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('n.created_at < :to', { to: query.to });
    const [items, total] = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  private channelOffers(template: NotificationTemplate, channel: NotificationChannel): boolean {
    return isEnabled({}, template, channel);
  }

  private async bookingOrThrow(id: string): Promise<void> {
    if (!(await this.db.getRepository(BookingEntity).existsBy({ id })))
      throw new NotFoundError('Rendez-vous introuvable.');
  }

  private async latestPaymentId(bookingId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM payment WHERE booking_id = $1 ORDER BY created_at DESC LIMIT 1',
      [bookingId],
    );
    return rows[0]?.id ?? null;
  }
}
