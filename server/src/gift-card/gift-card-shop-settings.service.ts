import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { checkShopSettings } from './domain/shop-settings.js';
import type { GiftCardShopSettingsType, UpdateGiftCardShopInput } from './dto/gift-card-shop.dto.js';
import type { GiftCardSettingsEntity } from './gift-card.entities.js';
import { GiftCardSettingsRepository } from './gift-card-settings.repository.js';

const toView = (s: GiftCardSettingsEntity): GiftCardShopSettingsType => ({
  onlineSaleEnabled: s.onlineSaleEnabled,
  presetAmountsCents: s.presetAmountsCents,
  minFreeAmountCents: s.minFreeAmountCents,
  maxFreeAmountCents: s.maxFreeAmountCents,
  validityMonths: s.validityMonths,
  transferOrderHours: s.transferOrderHours,
  forcedCategory: s.forcedCategory,
  transferIban: s.transferIban,
  transferBic: s.transferBic,
  transferHolder: s.transferHolder,
});

/** The shop's settings, read and saved by an admin (new values apply to cards and orders made after). */
@Injectable()
export class GiftCardShopSettingsService {
  constructor(
    private readonly settings: GiftCardSettingsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async view(): Promise<GiftCardShopSettingsType> {
    return toView(await this.settings.settings());
  }

  /** Saves every setting at once, or nothing (each refused field named, in French). */
  async update(input: UpdateGiftCardShopInput): Promise<GiftCardShopSettingsType> {
    const check = checkShopSettings({
      ...input,
      forcedCategory: input.forcedCategory ?? null,
      transferIban: input.transferIban ?? null,
      transferBic: input.transferBic ?? null,
      transferHolder: input.transferHolder ?? null,
    });
    if (!check.ok) throw new BadUserInputError(check.problems[0].message, check.problems);
    return this.tx.run(async (uow) => {
      const current = await this.settings.settings(uow.manager);
      const saved = await this.settings.save(uow.manager, {
        ...check.settings,
        onlineOrderMinutes: current.onlineOrderMinutes,
      });
      return toView(saved);
    });
  }
}
