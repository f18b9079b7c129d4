import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import type { LoyaltyProgram } from './domain/program.js';
import { programProblems } from './domain/program-validation.js';
import type { LoyaltyProgramEntity } from './loyalty.entities.js';
import { LoyaltyRepository } from './loyalty.repository.js';

export function toProgram(row: LoyaltyProgramEntity): LoyaltyProgram {
  return {
    enabled: row.enabled,
    servicePointsPerEuro: row.servicePointsPerEuro,
    productPointsPerEuro: row.productPointsPerEuro,
    rounding: row.rounding,
    expiryMonths: row.expiryMonths,
    birthdayBonusPoints: row.birthdayBonusPoints,
    referralBonusPoints: row.referralBonusPoints,
    tiers: row.tiers,
    rewards: row.rewards,
  };
}

/** The program's rules: read by the front desk, changed by an ADMIN. */
@Injectable()
export class LoyaltyProgramService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: LoyaltyRepository,
  ) {}

  async get(): Promise<LoyaltyProgram> {
    return toProgram(await this.repo.program());
  }

  /** Checks the whole (thresholds in order, reward amounts, services that exist) and saves it. */
  async update(input: LoyaltyProgram): Promise<LoyaltyProgram> {
    const problems = programProblems(input);
    return this.tx.run(async ({ manager: m }) => {
      const freeServices = input.rewards.flatMap((r) =>
        r.kind === 'FREE_SERVICE' && r.serviceId !== null ? [r.serviceId] : [],
      );
      const existing = await this.repo.existingServices(m, freeServices);
      for (const [i, r] of input.rewards.entries()) {
        if (r.kind === 'FREE_SERVICE' && r.serviceId !== null && !existing.has(r.serviceId))
          problems.push({ field: `input.rewards.${i}.serviceId`, message: 'Cette prestation n’existe pas.' });
      }
      const [first, ...rest] = problems;
      if (first !== undefined) throw new BadUserInputError(first.message, [first, ...rest]);
      await this.repo.program(m, true);
      const program: LoyaltyProgram = {
        ...input,
        rewards: input.rewards.map((r) => ({
          ...r,
          amountCents: r.kind === 'AMOUNT_OFF' ? r.amountCents : null,
          serviceId: r.kind === 'FREE_SERVICE' ? r.serviceId : null,
        })),
      };
      await this.repo.saveProgram(m, program);
      return program;
    });
  }
}
