import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { Public } from '../common/auth/access.decorators.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { PaymentService, type PaymentProviderName } from '../payment/index.js';
import { PaymentProviderEnum } from '../payment/dto/payment.types.js';
import { BookingService } from './booking.service.js';
import { itemDeposit } from './dto/booking.mappers.js';

@InputType()
export class CreateDepositPaymentInput {
  @Field({ description: 'The booking’s manage token (from the confirmation or the e-mail).' })
  @IsString()
  @Length(20, 100, { message: 'Lien de gestion invalide.' })
  token: string;
}

@ObjectType()
export class DepositCheckout {
  @Field(() => ID) paymentId: string;
  @Field(() => PaymentProviderEnum) provider: PaymentProviderName;
  @Field(() => Int) amountCents: number;
  @Field(() => String, { nullable: true, description: 'Stripe: for the Payment Element.' })
  stripeClientSecret: string | null;
  @Field(() => String, { nullable: true }) stripePublishableKey: string | null;
  @Field(() => Date, { nullable: true, description: 'Pay before this, or the slot is released.' })
  holdExpiresAt: Date | null;
}

@Resolver()
export class DepositResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly payments: PaymentService,
  ) {}

  @Public()
  @Mutation(() => DepositCheckout, {
    description:
      'Opens (or resumes) the online payment of a pending booking’s deposit. Retrying never charges twice.',
  })
  async createDepositPayment(@Args('input') input: CreateDepositPaymentInput): Promise<DepositCheckout> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(input.token))
      throw new BadUserInputError('Ce lien de gestion est incomplet ou invalide.');
    const booking = await this.bookings.view(await this.bookings.idForToken(input.token));
    const amountCents = (booking.items ?? []).reduce((sum, item) => sum + itemDeposit(item), 0);
    if (
      booking.status === 'CONFIRMED' &&
      booking.payments.some((p) => p.kind === 'DEPOSIT' && p.status === 'SUCCEEDED')
    ) {
      throw new ConflictError('L’acompte de ce rendez-vous est déjà réglé.');
    }
    if (booking.status !== 'PENDING' || amountCents === 0) {
      throw new BadUserInputError('Aucun acompte n’est attendu pour ce rendez-vous.');
    }
    if (booking.holdExpiresAt !== null && booking.holdExpiresAt.getTime() <= Date.now()) {
      throw new BadUserInputError(
        'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.',
      );
    }
    const checkout = await this.payments.startOnlineDeposit({
      bookingId: booking.id,
      amountCents,
      description: `Acompte — rendez-vous ${booking.reference}`,
    });
    return {
      paymentId: checkout.payment.id,
      provider: checkout.provider,
      amountCents,
      stripeClientSecret: checkout.stripeClientSecret,
      stripePublishableKey: checkout.stripePublishableKey,
      holdExpiresAt: booking.holdExpiresAt,
    };
  }
}
