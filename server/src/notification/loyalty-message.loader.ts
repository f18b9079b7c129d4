import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { preferGsm7 } from './domain/sms-segments.js';
import { MessageSourceRepository } from './message-source.repository.js';
import { isLoyaltyTemplate, type LoyaltyTemplate, type NotificationEntity } from './notification.entities.js';
import { NotificationRepository } from './notification.repository.js';
import type { EmailContent } from './render/messages.js';

const EMAILS: Record<LoyaltyTemplate, (c: LoyaltyMailContext) => EmailContent> = {
  LOYALTY_REWARD_AVAILABLE: loyaltyRewardEmail,
  LOYALTY_TIER_REACHED: loyaltyTierEmail,
  LOYALTY_REFERRAL_REWARD: loyaltyReferralRewardEmail,
  LOYALTY_REFERRAL_WELCOME: loyaltyReferralWelcomeEmail,
  LOYALTY_BIRTHDAY_BONUS: loyaltyBirthdayEmail,
};
import { renderEmailHtml, renderEmailText } from './render/email-layout.js';
import {
  loyaltyBirthdayEmail,
  loyaltyReferralRewardEmail,
  loyaltyReferralWelcomeEmail,
  loyaltyRewardEmail,
  loyaltyRewardSms,
  loyaltyTierEmail,
  loyaltyTierSms,
  type LoyaltyMailContext,
} from './render/loyalty-messages.js';
import { StockMessageLoader } from './stock-message.loader.js';
import { Mailer } from './transports/mailer.js';
import { SmsGateway } from './transports/sms.provider.js';

/**
 * Sends a LOYALTY_… notification: reads the client's account as it is at send time, renders the
 * e-mail or SMS and hands it to SMTP or OVH. Returns the provider's id and whether it really left
 * this machine (the mail catcher and the SMS log keep it here).
 */
@Injectable()
export class LoyaltyMessageLoader {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly sources: MessageSourceRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly sms: SmsGateway,
    private readonly stockMessages: StockMessageLoader,
  ) {}

  async deliver(n: NotificationEntity): Promise<{ providerId: string; delivered: boolean }> {
    const ctx = await this.context(n.subjectId ?? '');
    const reward = n.template === 'LOYALTY_REWARD_AVAILABLE';
    if (n.channel === 'SMS') {
      const provider = this.sms.provider;
      if (provider === null) throw new Error('SMS provider not configured');
      const settings = await this.repository.settings();
      const text = preferGsm7(reward ? loyaltyRewardSms(ctx) : loyaltyTierSms(ctx));
      const providerId = await provider.send({ to: n.recipient, text, sender: settings.smsSender });
      return { providerId, delivered: provider.delivers };
    }
    const institute = await this.stockMessages.institute();
    if (!isLoyaltyTemplate(n.template)) throw new Error(`${n.template} is not a loyalty message`);
    const content = EMAILS[n.template](ctx);
    const providerId = await this.mailer.send({
      to: n.recipient,
      subject: content.subject,
      html: await renderEmailHtml(content, institute),
      text: renderEmailText(content, institute),
      messageId: n.messageId ?? `<notification.${n.id}@${this.mailer.domain()}>`,
      replyTo: institute.email,
      calendar: null,
    });
    return { providerId, delivered: this.mailer.delivery() === 'PROVIDER' };
  }

  private async context(clientId: string): Promise<LoyaltyMailContext> {
    const [{ client, account, program }, institute] = await Promise.all([
      this.sources.loyalty(clientId),
      this.stockMessages.institute(),
    ]);
    if (client === null || account === null || program === null)
      throw new Error(`No loyalty account for client ${clientId}`);
    const tier = program.tiers.find((t) => t.code === account.tier);
    return {
      instituteName: institute.name,
      firstName: client.firstName,
      balance: account.balance,
      tierName: tier?.name ?? account.tier,
      tierDiscountBp: tier?.serviceDiscountBp ?? 0,
      rewards: program.rewards
        .filter((r) => r.points <= account.balance)
        .sort((a, b) => b.points - a.points)
        .map((r) => ({ name: r.name, points: r.points })),
      bookingUrl: this.config.publicUrl.replace(/\/+$/, ''),
      referralBonusPoints: program.referralBonusPoints,
      birthdayBonusPoints: program.birthdayBonusPoints,
    };
  }
}
