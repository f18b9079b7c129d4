import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { GIFT_CARD_ORDER_METHODS, type GiftCardOrderMethod } from '../gift-card-order.entity.js';
import { GiftCardOrderMethodEnum } from './gift-card-order.types.js';

const ID_MESSAGE = { message: 'Identifiant invalide.' };
const TOKEN_MESSAGE = { message: 'Lien de commande invalide.' };

@InputType()
export class PurchaseGiftCardInput {
  @Field(() => Int, {
    nullable: true,
    description: 'An amount card: its value in cents (a preset or a free amount within the shop’s bounds).',
  })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  amountCents?: number | null;

  @Field(() => ID, { nullable: true, description: 'A service card: the catalogue service it offers.' })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', { message: 'Prestation invalide.' })
  serviceId?: string | null;

  @Field()
  @IsString()
  @Length(2, 100, { message: 'Indiquez votre nom (2 à 100 caractères).' })
  buyerName: string;

  @Field()
  @IsString()
  @MaxLength(200, { message: 'Adresse e-mail trop longue.' })
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  buyerEmail: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(30, { message: 'Numéro de téléphone invalide.' })
  buyerPhone?: string | null;

  @Field()
  @IsString()
  @Length(2, 100, { message: 'Indiquez le nom du bénéficiaire (2 à 100 caractères).' })
  recipientName: string;

  @Field(() => String, { nullable: true, description: 'Where the card is sent; omit with sendToBuyer.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(200, { message: 'Adresse e-mail trop longue.' })
  @IsEmail({}, { message: 'Adresse e-mail du bénéficiaire invalide.' })
  recipientEmail?: string | null;

  @Field(() => Boolean, { nullable: true, description: '« M’envoyer la carte »: the buyer receives it.' })
  @IsOptional()
  @NullAllowed()
  @IsBoolean()
  sendToBuyer?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(500, { message: 'Le message ne doit pas dépasser 500 caractères.' })
  message?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The Paris day to send the card on (YYYY-MM-DD, 09:00); omitted, today or past: at once.',
  })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date d’envoi invalide (AAAA-MM-JJ).' })
  deliverOn?: string | null;

  @Field(() => GiftCardOrderMethodEnum)
  @IsIn(GIFT_CARD_ORDER_METHODS, { message: 'Moyen de paiement invalide.' })
  method: GiftCardOrderMethod;

  @Field(() => String, {
    nullable: true,
    description:
      'One key per submission of the form (a UUID): sent again (a double click, a retry), it finds the ' +
      'same order and its payment instead of ordering twice.',
  })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{8,64}$/, { message: 'Clé de commande invalide.' })
  idempotencyKey?: string | null;
}

@InputType()
export class MarkGiftCardTransferReceivedInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) orderId: string;
}

@InputType()
export class CapturePayPalGiftCardOrderInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) orderId: string;

  @Field({ description: 'The token given by purchaseGiftCard.' })
  @IsString()
  @Length(20, 100, TOKEN_MESSAGE)
  token: string;

  @Field({ description: 'The PayPal order the buyer approved.' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'Commande PayPal invalide.' })
  paypalOrderId: string;
}
