import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClientMergedEvent } from '../clients/index.js';
import { TransactionalEvents } from '../common/transaction/unit-of-work.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

/**
 * A client merge, inside its transaction: the merged record's movements, redemptions and referrals
 * move to the survivor, the balances add up (so the survivor's balance is still the sum of her ledger),
 * the survivor keeps her referral code (or takes the merged one if she had no account), and the tier
 * is recomputed over the merged history.
 */
@Injectable()
export class LoyaltyMergeHandler implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
  ) {}

  onModuleInit(): void {
    this.events.on(ClientMergedEvent.eventName, async (e, uow) => {
      const { survivorId, mergedId } = e as ClientMergedEvent;
      await this.move(uow.manager, survivorId, mergedId);
    });
  }

  private async move(m: EntityManager, survivorId: string, mergedId: string): Promise<void> {
    const merged = await this.repo.account(mergedId, m);
    const survivor = await this.repo.account(survivorId, m);
    await m.query('UPDATE loyalty_movement SET client_id = $2 WHERE client_id = $1', [mergedId, survivorId]);
    await m.query('UPDATE loyalty_redemption SET client_id = $2 WHERE client_id = $1', [
      mergedId,
      survivorId,
    ]);
    await m.query('UPDATE loyalty_account SET referred_by = $2 WHERE referred_by = $1 AND client_id <> $2', [
      mergedId,
      survivorId,
    ]);
    await m.query('UPDATE loyalty_account SET referred_by = NULL WHERE client_id = $1 AND referred_by = $2', [
      survivorId,
      mergedId,
    ]);
    if (merged === null) return;
    if (survivor === null) {
      await m.query('UPDATE loyalty_account SET client_id = $2 WHERE client_id = $1', [mergedId, survivorId]);
    } else {
      await m.query(
        `UPDATE loyalty_account s
            SET balance = s.balance + d.balance,
                referred_by = coalesce(s.referred_by, nullif(d.referred_by, s.client_id)),
                referral_rewarded_at = coalesce(s.referral_rewarded_at, d.referral_rewarded_at)
           FROM loyalty_account d
          WHERE s.client_id = $1 AND d.client_id = $2`,
        [survivorId, mergedId],
      );
      await m.query('DELETE FROM loyalty_account WHERE client_id = $1', [mergedId]);
    }
    await this.ledger.refreshTier(m, survivorId, await this.repo.program(m), new Date());
  }
}
