import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import type { OnlineMethod, PaymentProviderName } from '../../payment/index.js';
import { PaymentMethodEnum, PaymentProviderEnum } from '../../payment/index.js';

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

@InputType()
export class PayDepositWithGiftCardInput {
  @Field({ description: 'The booking’s manage token.' })
  @IsString()
  @Length(20, 100, { message: 'Lien de gestion invalide.' })
  token: string;

  @Field({ description: 'The gift card code as typed (case, spaces and dashes ignored).' })
  @IsString()
  @MaxLength(40, { message: 'Code de carte cadeau trop long.' })
  code: string;
}

@ObjectType({ description: 'What a gift card paid of a deposit, and what is left to pay online.' })
export class DepositGiftCardResult {
  @Field(() => ID) paymentId: string;
  @Field(() => Int, { description: 'Taken from the card now.' }) coveredCents: number;
  @Field(() => Int, { description: 'What the card has left.' }) cardBalanceCents: number;
  @Field(() => Int) depositCents: number;
  @Field(() => Int, { description: 'Left to pay with a provider (0: the deposit is paid).' })
  remainingCents: number;
}

@ObjectType()
export class DepositCheckout {
  @Field(() => ID) paymentId: string;
  @Field(() => PaymentProviderEnum) provider: PaymentProviderName;
  @Field(() => Int) amountCents: number;
  @Field(() => Int, { description: 'What gift cards already put towards the deposit (not in amountCents).' })
  giftCardCents: number;
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
