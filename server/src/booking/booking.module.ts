import { Module } from '@nestjs/common';
import { hkdfSync } from 'node:crypto';
import { AvailabilityModule } from '../availability/index.js';
import { CatalogModule } from '../catalog/index.js';
import { ClientsModule } from '../clients/index.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { GiftCardModule } from '../gift-card/index.js';
import { PaymentModule } from '../payment/index.js';
import { SettingsModule } from '../settings/index.js';
import { AgendaPublisher } from './agenda.publisher.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingReservations } from './booking-reservations.service.js';
import { BookingRepository } from './booking.repository.js';
import { BookingResolver } from './booking.resolver.js';
import { BookingService } from './booking.service.js';
import { CreateBookingService } from './create-booking.service.js';
import { DepositCheckoutService } from './deposit-checkout.service.js';
import { DepositCoverService } from './deposit-cover.service.js';
import { DepositGiftCardService } from './deposit-gift-card.service.js';
import { DepositOutcomeService } from './deposit-outcome.service.js';
import { DepositResolver } from './deposit.resolver.js';
import { MANAGE_TOKEN_SECRET, ManageTokenService } from './manage-token.service.js';
import { PublicBookingService } from './public-booking.service.js';
import { RescheduleBookingService } from './reschedule-booking.service.js';
import { SlotRefusalService } from './slot-refusal.service.js';

@Module({
  imports: [AvailabilityModule, CatalogModule, ClientsModule, SettingsModule, PaymentModule, GiftCardModule],
  providers: [
    BookingRepository,
    BookingQueryService,
    BookingReservations,
    ManageTokenService,
    SlotRefusalService,
    CreateBookingService,
    RescheduleBookingService,
    BookingService,
    PublicBookingService,
    DepositCheckoutService,
    DepositCoverService,
    DepositGiftCardService,
    DepositOutcomeService,
    AgendaService,
    AgendaPublisher,
    BookingResolver,
    AgendaResolver,
    DepositResolver,
    {
      // A key of its own for manage links, derived from the server secret.
      provide: MANAGE_TOKEN_SECRET,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        Buffer.from(hkdfSync('sha256', config.jwtSecret, 'serenaia', 'booking-manage-token', 32)),
    },
  ],
  exports: [BookingService, DepositOutcomeService],
})
export class BookingModule {}
