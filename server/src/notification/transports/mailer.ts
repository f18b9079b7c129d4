import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import type { ChannelDelivery } from '../domain/delivery.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `<...@domain>`: the same for every attempt of one notification. */
  messageId: string;
  replyTo: string | null;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/** E-mail over SMTP (nodemailer). Absent when SMTP_URL is not set (messages are then SKIPPED). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo> | null;

  constructor(@Inject(CONFIG) private readonly config: Config) {
    this.transport =
      config.smtpUrl === undefined
        ? null
        : nodemailer.createTransport({
            url: config.smtpUrl,
            connectionTimeout: 15_000,
            greetingTimeout: 15_000,
            socketTimeout: 30_000,
          } as SMTPTransport.Options);
  }

  isConfigured(): boolean {
    return this.transport !== null;
  }

  /** Whether e-mails leave, stop in the development mail catcher, or are not sent. */
  delivery(): ChannelDelivery {
    if (this.transport === null) return 'NONE';
    return this.config.mailCatcherUrl === undefined ? 'PROVIDER' : 'DEVELOPMENT';
  }

  /** The domain of MAIL_FROM, for Message-IDs. */
  domain(): string {
    const match = /@([^\s>]+)>?\s*$/.exec(this.config.mailFrom);
    return match?.[1] ?? 'localhost';
  }

  /** Sends and returns the server's answer (its queue id when it gives one). */
  async send(mail: OutgoingEmail): Promise<string> {
    if (this.transport === null) throw new Error('SMTP_URL is not set');
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      replyTo: mail.replyTo ?? undefined,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': 'fr' },
      icalEvent:
        mail.calendar === null
          ? undefined
          : { filename: 'rendez-vous.ics', method: mail.calendar.method, content: mail.calendar.content },
      attachments: mail.attachments,
    });
    return info.response;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
