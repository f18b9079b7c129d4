import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/index.js';
import { GiftCardModule } from '../gift-card/index.js';
import { InventoryModule } from '../inventory/index.js';
import { SaleModule } from '../pos/index.js';
import { LoyaltyMessageLoader } from './loyalty-message.loader.js';
import { LoyaltyMessagePlanner } from './loyalty-message.planner.js';
import { MessageContextLoader } from './message-context.loader.js';
import { MessageSourceRepository } from './message-source.repository.js';
import { NotificationPlanner } from './notification.planner.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationScheduler } from './notification.scheduler.js';
import { NotificationSender } from './notification.sender.js';
import { NotificationAdminService } from './notification-admin.service.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationService } from './notification.service.js';
import { NotificationSettingsService } from './notification-settings.service.js';
import { PasswordLinkListener } from './password-link.listener.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { Mailer } from './transports/mailer.js';
import { StockMessageLoader } from './stock-message.loader.js';
import { SmsGateway } from './transports/sms.provider.js';

/** E-mail and SMS notifications. Listens to Booking, Payment, Inventory, Sale, GiftCard, Loyalty and Auth events; nobody imports it. */
@Module({
  imports: [BookingModule, InventoryModule, SaleModule, GiftCardModule],
  providers: [
    NotificationRepository,
    MessageSourceRepository,
    NotificationService,
    NotificationAdminService,
    NotificationSettingsService,
    NotificationPlanner,
    NotificationResolver,
    NotificationScheduler,
    NotificationSender,
    ReminderScheduler,
    MessageContextLoader,
    PasswordLinkListener,
    StockMessageLoader,
    LoyaltyMessagePlanner,
    LoyaltyMessageLoader,
    Mailer,
    SmsGateway,
  ],
  exports: [NotificationSender, ReminderScheduler],
})
export class NotificationModule {}
