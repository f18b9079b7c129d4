import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { GiftCardType } from './gift-card.types.js';

@InputType()
export class ResendGiftCardInput {
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant invalide.' }) id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Another address (recorded as the recipient’s); the stored one when absent.',
  })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email?: string | null;
}

@ObjectType('GiftCardResend')
export class GiftCardResendType {
  @Field(() => GiftCardType) giftCard: GiftCardType;
  @Field({ description: 'The address the card was sent to.' }) sentTo: string;
}

@ObjectType('GiftCardPdfLink')
export class GiftCardPdfLinkType {
  @Field({ description: 'Path of the signed PDF route, relative to the server.' }) url: string;
  @Field() expiresAt: Date;
}
