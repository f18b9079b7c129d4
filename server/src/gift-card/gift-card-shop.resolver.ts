import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators.js';
import { GiftCardShopSettingsType, UpdateGiftCardShopInput } from './dto/gift-card-shop.dto.js';
import { GiftCardShopSettingsService } from './gift-card-shop-settings.service.js';

/** The gift-card shop's settings (ADMIN): amounts, validity, the transfer account. */
@Resolver()
export class GiftCardShopResolver {
  constructor(private readonly shop: GiftCardShopSettingsService) {}

  @Roles('ADMIN')
  @Query(() => GiftCardShopSettingsType, { description: 'The gift-card shop’s settings, for their page.' })
  giftCardShopSettings(): Promise<GiftCardShopSettingsType> {
    return this.shop.view();
  }

  @Roles('ADMIN')
  @Mutation(() => GiftCardShopSettingsType, {
    description: 'Saves the gift-card shop’s settings (the IBAN’s check digits verified).',
  })
  updateGiftCardShop(@Args('input') input: UpdateGiftCardShopInput): Promise<GiftCardShopSettingsType> {
    return this.shop.update(input);
  }
}
