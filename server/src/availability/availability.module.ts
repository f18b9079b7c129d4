import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/index.js';
import { SettingsModule } from '../settings/index.js';
import { AvailabilityCache } from './availability-cache.js';
import { AvailabilityRepository } from './availability.repository.js';
import { AvailabilityResolver } from './availability.resolver.js';
import { AvailabilityService } from './availability.service.js';
import { BlockedSlotsService } from './blocked-slots.service.js';
import { ReservationRepository } from './reservation.repository.js';
import { WorkingHoursService } from './working-hours.service.js';

@Module({
  imports: [CatalogModule, SettingsModule],
  providers: [
    AvailabilityService,
    AvailabilityCache,
    AvailabilityRepository,
    BlockedSlotsService,
    WorkingHoursService,
    ReservationRepository,
    AvailabilityResolver,
  ],
  exports: [AvailabilityService, BlockedSlotsService, ReservationRepository],
})
export class AvailabilityModule {}
