import { Module } from '@nestjs/common';
import { hkdfSync } from 'node:crypto';
import { AvailabilityModule } from '../availability/index.js';
import { CatalogModule } from '../catalog/index.js';
import { ClientsModule } from '../clients/index.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { PaymentModule } from '../payment/index.js';
import { SettingsModule } from '../settings/index.js';
import { AgendaPublisher } from './agenda.publisher.js';
import { AgendaService } from './agenda.service.js';
import { BookingRepository } from './booking.repository.js';
import { BookingResolver } from './booking.resolver.js';
import { BookingService, MANAGE_TOKEN_SECRET } from './booking.service.js';
import { DepositResolver } from './deposit.resolver.js';

@Module({
  imports: [AvailabilityModule, CatalogModule, ClientsModule, SettingsModule, PaymentModule],
  providers: [
    BookingService,
    BookingRepository,
    AgendaService,
    AgendaPublisher,
    BookingResolver,
    DepositResolver,
    {
      // A key of its own for manage links, derived from the server secret.
      provide: MANAGE_TOKEN_SECRET,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        Buffer.from(hkdfSync('sha256', config.jwtSecret, 'serenaia', 'booking-manage-token', 32)),
    },
  ],
  exports: [BookingService],
})
export class BookingModule {}
