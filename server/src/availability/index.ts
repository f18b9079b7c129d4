export * from './availability.entities.js';
export { AvailabilityModule } from './availability.module.js';
export {
  AvailabilityService,
  slotItems,
  type SlotQuery,
  type SlotSearchResult,
  type StartCheck,
} from './availability.service.js';
export { BlockedSlotsService, toBlockSnapshot } from './blocked-slots.service.js';
export { computeSlots, type Slot } from './domain/compute-slots.js';
export { nearestSlots } from './domain/nearest-slots.js';
export { occupiedPeriods } from './domain/occupied-periods.js';
export { BlockedSlotType } from './dto/availability.types.js';
export { SlotBlockedEvent, SlotUnblockedEvent, type BlockSnapshot } from './events/slot-block.events.js';
export { ReservationRepository, SlotTakenError, type NewReservation } from './reservation.repository.js';
