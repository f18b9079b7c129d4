import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../../common/auth/access.decorators.js';
import type { AuthUser } from '../../../common/auth/roles.js';
import { SaleSettingsService } from './sale-settings.service.js';
import { SaleSettingsType, UpdateSaleSettingsInput } from './sale-settings.types.js';

/** The till's sale rules: read by the till and the accountant, changed by an ADMIN (journaled). */
@Resolver()
export class SaleSettingsResolver {
  constructor(private readonly settings: SaleSettingsService) {}

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => SaleSettingsType)
  saleSettings(): Promise<SaleSettingsType> {
    return this.settings.get();
  }

  @Roles('ADMIN')
  @Mutation(() => SaleSettingsType, {
    description: 'Changes the sale rules; each change is an EVENT SETTING_CHANGED in every enabled till.',
  })
  updateSaleSettings(
    @Args('input') input: UpdateSaleSettingsInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleSettingsType> {
    return this.settings.update(
      {
        staffMaxDiscountBp: input.staffMaxDiscountBp,
        staffMaxCreditNoteCents: input.staffMaxCreditNoteCents,
      },
      { userId: user.id },
      new Date(),
    );
  }
}
