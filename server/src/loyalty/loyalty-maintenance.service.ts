import { Injectable, Logger } from '@nestjs/common';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { isBirthday } from './domain/birthday.js';
import { LoyaltyMilestoneEvent } from './events/loyalty.events.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

/** Nightly work: expired lots leave the balances, tiers follow the 12-month spend (downgrades too). */
@Injectable()
export class LoyaltyMaintenanceService {
  private readonly logger = new Logger(LoyaltyMaintenanceService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
  ) {}

  /** One short transaction per client; running it twice expires nothing twice (`expire:<lot>`). */
  async expirePoints(now: Date): Promise<{ clients: number; points: number }> {
    let points = 0;
    const clients = await this.repo.clientsWithExpiredLots(now);
    for (const clientId of clients) {
      points += await this.tx.run(async ({ manager: m }) => {
        const expired = await this.ledger.expire(m, clientId, now);
        await this.ledger.refreshTier(m, clientId, await this.repo.program(m), now);
        return expired;
      });
    }
    if (clients.length > 0) this.logger.log({ event: 'loyalty.expired', clients: clients.length, points });
    return { clients: clients.length, points };
  }

  /** The program's birthday bonus to members born on this Paris day, once a year (`birthday:<client>:<year>`). */
  async birthdayBonuses(now: Date): Promise<{ given: number }> {
    const program = await this.repo.program();
    if (!program.enabled || program.birthdayBonusPoints <= 0) return { given: 0 };
    const today = localDateOf(now.getTime(), INSTITUTE_TIME_ZONE);
    let given = 0;
    for (const member of await this.repo.memberBirthdays()) {
      if (!isBirthday(member.birthday, today)) continue;
      const key = `birthday:${member.clientId}:${today.slice(0, 4)}`;
      const written = await this.tx.run(async (uow) => {
        const recorded = await this.ledger.record(
          uow.manager,
          {
            clientId: member.clientId,
            kind: 'BIRTHDAY',
            points: program.birthdayBonusPoints,
            reason: 'Bonus d’anniversaire',
            idempotencyKey: key,
          },
          program,
          now,
        );
        // Told with the points, once a year: a second run records nothing, so tells nothing.
        if (recorded)
          uow.emit(new LoyaltyMilestoneEvent(member.clientId, 'BIRTHDAY_BONUS', `loyalty:${key}`));
        return recorded;
      });
      if (written) given += 1;
    }
    return { given };
  }

  async refreshTiers(now: Date): Promise<{ accounts: number; changed: number }> {
    const ids = await this.repo.allAccountIds();
    let changed = 0;
    for (const clientId of ids) {
      const change = await this.tx.run(async ({ manager: m }) =>
        this.ledger.refreshTier(m, clientId, await this.repo.program(m), now),
      );
      if (change !== null) changed += 1;
    }
    return { accounts: ids.length, changed };
  }
}
