export { AccountingModule } from './accounting.module.js';
export * from './accounting.entities.js';
export * from './banking.entities.js';
export { PostingService, type PostingOutcome } from './posting.service.js';
export { AccountingSettingsService } from './accounting-settings.service.js';
export { DayClosedProcessor } from './jobs/day-closed.processor.js';
export { GiftCardExpiredProcessor } from './jobs/gift-card-expired.processor.js';
export { FecValidator, validateFecText, type FecReport } from './domain/fec-validator.js';
export { GiftCardRevivalPosting } from './gift-card-revival.posting.js';
