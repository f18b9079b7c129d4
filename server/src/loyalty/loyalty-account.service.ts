import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { normalizeReferralCode, referralRefusal, type ReferralRefusal } from './domain/referral.js';
import { affordableRewards } from './domain/rewards.js';
import type { Reward } from './domain/program.js';
import type { LoyaltyAccountEntity, LoyaltyMovementEntity } from './loyalty.entities.js';
import { LoyaltyLedger } from './loyalty-ledger.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

export interface AccountView {
  account: LoyaltyAccountEntity;
  tierName: string;
  availableRewards: Reward[];
  movements: LoyaltyMovementEntity[];
}

const REFERRAL_REFUSALS: Record<ReferralRefusal, string> = {
  SELF: 'Une cliente ne peut pas se parrainer elle-même.',
  SAME_EMAIL: 'La marraine et la filleule ont la même adresse e-mail.',
  SAME_PHONE: 'La marraine et la filleule ont le même numéro de téléphone.',
  ALREADY_REFERRED: 'Cette cliente a déjà une marraine.',
  NOT_NEW: 'Seule une nouvelle cliente (sans visite payée) peut être parrainée.',
};

/** A client's account: reading it, manual adjustments (ADMIN), referral code and recording a referral. */
@Injectable()
export class LoyaltyAccountService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: LoyaltyRepository,
    private readonly ledger: LoyaltyLedger,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** The account (created on first read), its tier's name, the rewards it pays for, its latest movements. */
  async view(clientId: string): Promise<AccountView> {
    const account = await this.tx.run(async ({ manager: m }) => {
      if ((await this.repo.client(m, clientId)) === null) throw new NotFoundError('Client introuvable.');
      return this.ledger.lockAccount(m, clientId);
    });
    const program = await this.repo.program();
    return {
      account,
      tierName: program.tiers.find((t) => t.code === account.tier)?.name ?? account.tier,
      availableRewards: program.enabled ? affordableRewards(program.rewards, account.balance) : [],
      movements: await this.repo.movements(clientId, 100),
    };
  }

  async adjust(input: { clientId: string; points: number; reason: string }, userId: string, now: Date) {
    if (input.points === 0)
      throw new BadUserInputError('Indiquez un nombre de points non nul.', 'input.points');
    await this.tx.run(async ({ manager: m }) => {
      if ((await this.repo.client(m, input.clientId)) === null)
        throw new NotFoundError('Client introuvable.');
      const program = await this.repo.program(m);
      await this.ledger.record(
        m,
        {
          clientId: input.clientId,
          kind: 'ADJUST',
          points: input.points,
          reason: input.reason,
          createdBy: userId,
        },
        program,
        now,
      );
      await this.ledger.refreshTier(m, input.clientId, program, now);
    });
    return this.view(input.clientId);
  }

  async referralCode(clientId: string): Promise<{ code: string; link: string }> {
    const { account } = await this.view(clientId);
    const base = this.config.publicUrl.replace(/\/$/, '');
    return {
      code: account.referralCode,
      link: `${base}/parrainage/${encodeURIComponent(account.referralCode)}`,
    };
  }

  /** Records that `clientId` (new) was referred by the owner of `code`; refused in French otherwise. */
  async recordReferral(input: { clientId: string; code: string }): Promise<AccountView> {
    await this.tx.run(async ({ manager: m }) => {
      const referred = await this.repo.client(m, input.clientId);
      if (referred === null) throw new NotFoundError('Client introuvable.');
      const owner = await this.repo.accountByCode(m, normalizeReferralCode(input.code));
      if (owner === null) throw new BadUserInputError('Code de parrainage inconnu.', 'input.code');
      const referrer = await this.repo.client(m, owner.clientId);
      if (referrer === null) throw new BadUserInputError('Code de parrainage inconnu.', 'input.code');
      const account = await this.ledger.lockAccount(m, input.clientId);
      const refusal = referralRefusal(referrer, {
        ...referred,
        alreadyReferred: account.referredBy !== null,
        paidVisits: await this.repo.paidTickets(m, input.clientId),
      });
      if (refusal !== null) throw new BadUserInputError(REFERRAL_REFUSALS[refusal], 'input.code');
      await this.repo.updateAccount(m, input.clientId, { referredBy: referrer.id });
    });
    return this.view(input.clientId);
  }
}
