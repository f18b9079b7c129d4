export { LoyaltyModule, LoyaltyPortModule } from './loyalty.module.js';
export { LoyaltyProcessor } from './jobs/loyalty.processor.js';
export { LoyaltyAccrualService } from './loyalty-accrual.service.js';
export { LoyaltyMaintenanceService } from './loyalty-maintenance.service.js';
export {
  LoyaltyAccountEntity,
  LoyaltyMovementEntity,
  LoyaltyProgramEntity,
  LoyaltyRedemptionEntity,
} from './loyalty.entities.js';
export { LoyaltyMilestoneEvent, type LoyaltyMilestone } from './events/loyalty.events.js';
export { DEFAULT_PROGRAM } from './domain/program.js';
