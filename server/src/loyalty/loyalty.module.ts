import { Global, Module } from '@nestjs/common';
import { LOYALTY_REWARD_PORT, SaleModule } from '../pos/index.js';
import { LoyaltyCardResolver } from './loyalty-card.resolver.js';
import { LoyaltyCardService } from './loyalty-card.service.js';
import { LoyaltyAccountService } from './loyalty-account.service.js';
import { LoyaltyAccrualService } from './loyalty-accrual.service.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyMaintenanceService } from './loyalty-maintenance.service.js';
import { LoyaltyMergeHandler } from './loyalty-merge.handler.js';
import { LoyaltyProgramService } from './loyalty-program.service.js';
import { LoyaltyRedeemService } from './loyalty-redeem.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';
import { LoyaltyResolver } from './loyalty.resolver.js';
import { LoyaltyRewardLines } from './loyalty-reward-lines.js';
import { LoyaltyScheduler } from './jobs/loyalty.scheduler.js';

/**
 * The points ledger and what writes to it. Global only for `LOYALTY_REWARD_PORT`: the till's
 * LOYALTY_REWARD line kind finds the loyalty side there without pos importing loyalty.
 */
@Global()
@Module({
  providers: [
    LoyaltyRepository,
    LoyaltyLedger,
    LoyaltyRewardLines,
    { provide: LOYALTY_REWARD_PORT, useExisting: LoyaltyRewardLines },
  ],
  exports: [LOYALTY_REWARD_PORT, LoyaltyRepository, LoyaltyLedger],
})
export class LoyaltyPortModule {}

@Module({
  imports: [SaleModule],
  providers: [
    LoyaltyProgramService,
    LoyaltyAccountService,
    LoyaltyAccrualService,
    LoyaltyRedeemService,
    LoyaltyMaintenanceService,
    LoyaltyMergeHandler,
    LoyaltyScheduler,
    LoyaltyResolver,
    LoyaltyCardService,
    LoyaltyCardResolver,
  ],
  exports: [LoyaltyAccrualService, LoyaltyMaintenanceService],
})
export class LoyaltyModule {}
