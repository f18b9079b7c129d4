import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { PaymentType } from '../payment/index.js';
import { DepositCheckoutService } from './deposit-checkout.service.js';
import {
  CapturePayPalDepositInput,
  CreateDepositPaymentInput,
  DepositCheckout,
} from './dto/deposit.types.js';

@Resolver()
export class DepositResolver {
  constructor(private readonly deposits: DepositCheckoutService) {}

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
