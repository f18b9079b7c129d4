import { Inject, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PasswordLinkIssuedEvent } from '../auth/index.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { describeError } from '../outbox/index.js';
import { passwordLinkEmail } from './render/account-messages.js';
import { renderEmailHtml, renderEmailText } from './render/email-layout.js';
import { StockMessageLoader } from './stock-message.loader.js';
import { Mailer } from './transports/mailer.js';

/**
 * Sends the e-mail of a password link (forgotten password, invitation). The token exists only in
 * the event, so the e-mail is sent from here and not queued as a notification row; a lost e-mail is
 * asked again. Sent in the background: the request's answer time does not tell whether an address
 * exists.
 */
@Injectable()
export class PasswordLinkListener {
  private readonly logger = new Logger(PasswordLinkListener.name);

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly institutes: StockMessageLoader,
  ) {}

  @OnEvent(PasswordLinkIssuedEvent.eventName)
  onIssued(event: PasswordLinkIssuedEvent): void {
    this.send(event).catch((error: unknown) =>
      this.logger.warn(
        { event: 'password-link.mail-failed', userId: event.link.userId, err: describeError(error) },
        'Password link e-mail not sent',
      ),
    );
  }

  private async send({ link }: PasswordLinkIssuedEvent): Promise<void> {
    if (!this.mailer.isConfigured()) {
      this.logger.warn({ userId: link.userId }, 'Password link e-mail not sent: SMTP_URL is not set');
      return;
    }
    const institute = await this.institutes.institute();
    const url = `${this.config.publicUrl.replace(/\/+$/, '')}/crm/mot-de-passe?jeton=${link.token}`;
    const content = passwordLinkEmail({
      purpose: link.purpose,
      firstName: link.firstName,
      instituteName: institute.name,
      url,
      validFor: link.purpose === 'RESET' ? '30 minutes' : '72 heures',
    });
    await this.mailer.send({
      to: link.email,
      subject: content.subject,
      html: await renderEmailHtml(content, institute),
      text: renderEmailText(content, institute),
      messageId: `<password-link.${link.userId}.${link.expiresAt.getTime()}@${this.mailer.domain()}>`,
      replyTo: null,
      calendar: null,
    });
    this.logger.log({ event: 'password-link.mailed', userId: link.userId, purpose: link.purpose }, 'Sent');
  }
}
