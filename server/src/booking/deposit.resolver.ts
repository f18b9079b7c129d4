import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { NullAllowed } from '../common/validation.js';
import { Public } from '../common/auth/access.decorators.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import {
  PaymentService,
  toPaymentType,
  PaymentType,
  type OnlineMethod,
  type PaymentProviderName,
} from '../payment/index.js';
import { PaymentMethodEnum, PaymentProviderEnum } from '../payment/index.js';
import { BookingService } from './booking.service.js';
import { depositTaken, itemDeposit } from './dto/booking.mappers.js';

@InputType()
export class CreateDepositPaymentInput {
  @Field({ description: 'The booking’s manage token (from the confirmation or the e-mail).' })
  @IsString()
  @Length(20, 100, { message: 'Lien de gestion invalide.' })
  token: string;

  @Field(() => PaymentMethodEnum, {
    nullable: true,
    description: 'CARD_ONLINE (the default when cards are taken) or PAYPAL.',
  })
  @NullAllowed()
  @IsOptional()
  @IsIn(['CARD_ONLINE', 'PAYPAL'], { message: 'Moyen de paiement en ligne invalide.' })
  method?: OnlineMethod | null;
}

@InputType()
export class CapturePayPalDepositInput {
  @Field({ description: 'The booking’s manage token.' })
  @IsString()
  @Length(20, 100, { message: 'Lien de gestion invalide.' })
  token: string;

  @Field({ description: 'The PayPal order the buyer approved (from createDepositPayment).' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'Commande PayPal invalide.' })
  orderId: string;
}

@ObjectType()
export class DepositCheckout {
  @Field(() => ID) paymentId: string;
  @Field(() => PaymentProviderEnum) provider: PaymentProviderName;
  @Field(() => Int) amountCents: number;
  @Field(() => String, { nullable: true, description: 'Stripe: for the Payment Element.' })
  stripeClientSecret: string | null;
  @Field(() => String, { nullable: true }) stripePublishableKey: string | null;
  @Field(() => String, { nullable: true, description: 'PayPal: the order the buttons approve.' })
  paypalOrderId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'PayPal: the public client id that loads the buttons.',
  })
  paypalClientId: string | null;
  @Field(() => [PaymentMethodEnum], { description: 'What the client may pay this deposit with online.' })
  availableMethods: OnlineMethod[];
  @Field(() => Date, { nullable: true, description: 'Pay before this, or the slot is released.' })
  holdExpiresAt: Date | null;
}

const MANAGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

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
    if (!MANAGE_TOKEN.test(input.token))
      throw new BadUserInputError('Ce lien de gestion est incomplet ou invalide.', 'input.token');
    const booking = await this.bookings.view(await this.bookings.idForToken(input.token));
    const amountCents = (booking.items ?? []).reduce((sum, item) => sum + itemDeposit(item), 0);
    // Checked on the payments, not the status: between a deposit succeeding and the job that confirms
    // the booking, the booking is still PENDING, and a second checkout then would charge twice.
    if (depositTaken(booking.payments)) {
      throw new ConflictError('L’acompte de ce rendez-vous est déjà réglé.');
    }
    if (booking.status !== 'PENDING' || amountCents === 0) {
      throw new ConflictError('Aucun acompte n’est attendu pour ce rendez-vous.');
    }
    if (booking.holdExpiresAt !== null && booking.holdExpiresAt.getTime() <= Date.now()) {
      throw new ConflictError(
        'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.',
      );
    }
    const availableMethods = await this.payments.onlineMethods();
    // Without a method, cards when they are taken, else PayPal (so a PayPal-only institute works too).
    const method = input.method ?? (availableMethods[0] === 'PAYPAL' ? 'PAYPAL' : 'CARD_ONLINE');
    if (method === 'PAYPAL' && !availableMethods.includes('PAYPAL'))
      throw new ConflictError('Le paiement par PayPal n’est pas proposé par l’institut.');
    const checkout = await this.payments.startOnlineDeposit({
      bookingId: booking.id,
      amountCents,
      description: `Acompte — rendez-vous ${booking.reference}`,
      method,
    });
    return {
      paymentId: checkout.payment.id,
      provider: checkout.provider,
      amountCents,
      stripeClientSecret: checkout.stripeClientSecret,
      stripePublishableKey: checkout.stripePublishableKey,
      paypalOrderId: checkout.paypalOrderId,
      paypalClientId: checkout.paypalClientId,
      availableMethods,
      holdExpiresAt: booking.holdExpiresAt,
    };
  }

  @Public()
  @Mutation(() => PaymentType, {
    description:
      'Captures the PayPal order the client approved for this booking’s deposit (server side). ' +
      'Idempotent: calling it again never charges twice.',
  })
  async capturePayPalDeposit(@Args('input') input: CapturePayPalDepositInput): Promise<PaymentType> {
    if (!MANAGE_TOKEN.test(input.token))
      throw new BadUserInputError('Ce lien de gestion est incomplet ou invalide.', 'input.token');
    const bookingId = await this.bookings.idForToken(input.token);
    return toPaymentType(await this.payments.capturePayPalDeposit(bookingId, input.orderId));
  }
}
