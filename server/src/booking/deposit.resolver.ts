import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { clientIp } from '../common/http/client-ip.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import { PaymentType } from '../payment/index.js';
import { DepositCheckoutService } from './deposit-checkout.service.js';
import { DepositGiftCardService } from './deposit-gift-card.service.js';
import {
  CapturePayPalDepositInput,
  CreateDepositPaymentInput,
  DepositCheckout,
  DepositGiftCardResult,
  PayDepositWithGiftCardInput,
} from './dto/deposit.types.js';

@Resolver()
export class DepositResolver {
  constructor(
    private readonly deposits: DepositCheckoutService,
    private readonly giftCards: DepositGiftCardService,
  ) {}

  @Public()
  @Mutation(() => DepositGiftCardResult, {
    description:
      'Puts a gift card towards a pending booking’s deposit (the manage token is the right to do so): ' +
      'all of it when the balance allows, else what it can, the rest paid online with createDepositPayment. ' +
      'Codes count against the public balance check’s limit (per IP and per code prefix).',
  })
  payDepositWithGiftCard(
    @Args('input') input: PayDepositWithGiftCardInput,
    @Context() ctx: GraphQLContext,
  ): Promise<DepositGiftCardResult> {
    return this.giftCards.pay(input, clientIp(ctx.req));
  }

  @Public()
  @Mutation(() => DepositCheckout, {
    description:
      'Opens (or resumes) the online payment of a pending booking’s deposit. Retrying never charges twice.',
  })
  createDepositPayment(@Args('input') input: CreateDepositPaymentInput): Promise<DepositCheckout> {
    return this.deposits.start(input);
  }

  @Public()
  @Mutation(() => PaymentType, {
    description:
      'Captures the PayPal order the client approved for this booking’s deposit (server side). ' +
      'Idempotent: calling it again never charges twice.',
  })
  capturePayPalDeposit(@Args('input') input: CapturePayPalDepositInput): Promise<PaymentType> {
    return this.deposits.capturePayPal(input);
  }
}
