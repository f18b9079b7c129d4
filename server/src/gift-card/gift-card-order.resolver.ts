import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/validation.js';
import { PaymentType } from '../payment/index.js';
import {
  CapturePayPalGiftCardOrderInput,
  MarkGiftCardTransferReceivedInput,
  PurchaseGiftCardInput,
} from './dto/gift-card-order.inputs.js';
import { GiftCardOrderType, GiftCardPurchaseType, GiftCardShopType } from './dto/gift-card-order.types.js';
import { GiftCardOrderPaymentService } from './gift-card-order-payment.service.js';
import { GiftCardPurchaseService } from './gift-card-purchase.service.js';

/** Gift cards bought online: the public shop and its orders; staff mark transfers received. */
@Resolver(() => GiftCardOrderType)
export class GiftCardOrderResolver {
  constructor(
    private readonly purchases: GiftCardPurchaseService,
    private readonly payments: GiftCardOrderPaymentService,
  ) {}

  @Public()
  @Query(() => GiftCardShopType, { description: 'What the public gift-card page offers.' })
  giftCardShop(): Promise<GiftCardShopType> {
    return this.purchases.shop();
  }

  @Public()
  @Mutation(() => GiftCardPurchaseType, {
    description:
      'Orders a gift card (anyone; staff for a phone order) and opens its payment: online (demo, Stripe, ' +
      'PayPal) or bank transfer (IBAN and reference returned). The card is issued once paid.',
  })
  purchaseGiftCard(
    @Args('input') input: PurchaseGiftCardInput,
    @CurrentUser() user?: AuthUser,
  ): Promise<GiftCardPurchaseType> {
    return this.purchases.purchase(input, user?.id ?? null);
  }

  @Public()
  @Query(() => GiftCardOrderType, {
    description: 'An order, for its buyer (the token from purchaseGiftCard).',
  })
  giftCardOrder(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('token') token: string,
  ): Promise<GiftCardOrderType> {
    return this.purchases.view(id, token);
  }

  @Public()
  @Mutation(() => PaymentType, {
    description:
      'Captures the PayPal order the buyer approved for a gift-card order (server side, idempotent).',
  })
  capturePayPalGiftCardOrder(@Args('input') input: CapturePayPalGiftCardOrderInput): Promise<PaymentType> {
    return this.purchases.capturePayPal(input.orderId, input.token, input.paypalOrderId);
  }

  @Roles('STAFF')
  @Query(() => [GiftCardOrderType], {
    description: 'Bank-transfer orders waiting for their money (oldest first, at most 200).',
  })
  pendingGiftCardTransfers(): Promise<GiftCardOrderType[]> {
    return this.payments.pendingTransfers();
  }

  @Roles('STAFF')
  @Mutation(() => GiftCardOrderType, {
    description: 'Records the bank transfer of an order and issues its card (a second mark is refused).',
  })
  markGiftCardTransferReceived(
    @Args('input') input: MarkGiftCardTransferReceivedInput,
    @CurrentUser() user: AuthUser,
  ): Promise<GiftCardOrderType> {
    return this.payments.markTransferReceived(input.orderId, user.id);
  }
}
