export * from './booking.entities.js';
export { BookingModule } from './booking.module.js';
export { BookingService } from './booking.service.js';
export { BOOKING_NO_SHOW_JOB, EXPIRE_PENDING_BOOKING } from './jobs/job-names.js';
export * from './events/booking.events.js';
export { BookingProcessor } from './jobs/booking.processor.js';
export { DepositPaidProcessor } from './jobs/deposit-paid.processor.js';
export { isPossibleDuplicate } from './domain/client-match.js';
export { PublicBookingType } from './dto/booking.types.js';
