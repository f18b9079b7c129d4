import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../../common/validation.js';
import { DISCOUNT_KINDS, type DiscountKind } from '../sale.entities.js';
import { ID_MESSAGE, MAX_CENTS } from './input-rules.js';
import { DiscountKindEnum } from './sale.types.js';

@InputType()
export class OpenSaleInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) tillId: string;

  @Field(() => ID, {
    nullable: true,
    description: '"Encaisser ce rendez-vous": brings its items and deposit.',
  })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  bookingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  clientId?: string | null;
}

@InputType()
export class SetSaleClientInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field(() => ID, { nullable: true, description: 'null detaches the client.' })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  clientId?: string | null;
}

@InputType({
  description: 'GIFT_CARD lines: who the card is for, and where to e-mail it (at once, with its PDF).',
})
export class GiftCardLineDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  recipientEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(80, { message: 'Le nom ne doit pas dépasser 80 caractères.' })
  recipientName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(80, { message: 'Le nom ne doit pas dépasser 80 caractères.' })
  buyerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(280, { message: 'Le message ne doit pas dépasser 280 caractères.' })
  message?: string | null;
}

@InputType()
export class AddSaleLineInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field({ description: 'SERVICE, PRODUCT or FREE (and the kinds later issues add).' })
  @IsString()
  @Length(1, 40, { message: 'Type de ligne invalide.' })
  kind: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(1, { message: 'La quantité doit être d’au moins 1 (un retour se fait par un avoir).' })
  @Max(999, { message: 'La quantité ne peut pas dépasser 999.' })
  quantity: number = 1;

  @Field(() => String, { nullable: true, description: 'FREE lines.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(120, { message: 'Le libellé ne doit pas dépasser 120 caractères.' })
  label?: string | null;

  @Field(() => Int, { nullable: true, description: 'FREE lines: price including VAT.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le prix doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le prix ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le prix est trop élevé.' })
  unitPriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'FREE lines.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le taux de TVA doit être un nombre entier de points de base.' })
  vatRateBp?: number | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @NullAllowed() @IsUUID('all', ID_MESSAGE) productId?:
    string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  bookingItemId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  practitionerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SERVICE without a booking: the catalogue service.' })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  referenceId?: string | null;

  @Field(() => GiftCardLineDetailsInput, { nullable: true, description: 'GIFT_CARD lines only.' })
  @IsOptional()
  @NullAllowed()
  @ValidateNested()
  @Type(() => GiftCardLineDetailsInput)
  giftCard?: GiftCardLineDetailsInput | null;
}

@InputType()
export class UpdateSaleLineInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) lineId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(1, { message: 'La quantité doit être d’au moins 1 (un retour se fait par un avoir).' })
  @Max(999, { message: 'La quantité ne peut pas dépasser 999.' })
  quantity?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Le prix doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le prix ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le prix est trop élevé.' })
  unitPriceCents?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  practitionerId?: string | null;
}

@InputType()
export class RemoveSaleLineInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) lineId: string;
}

@InputType()
export class ApplyDiscountInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;

  @Field(() => ID, { nullable: true, description: 'A line; absent: the whole ticket.' })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  lineId?: string | null;

  @Field(() => DiscountKindEnum)
  @IsIn(DISCOUNT_KINDS, { message: 'Type de remise inconnu.' })
  kind: DiscountKind;

  @Field(() => Int, { description: 'Basis points (1000 = 10 %) or cents; 0 removes the discount.' })
  @IsInt({ message: 'La remise doit être un nombre entier.' })
  @Min(0, { message: 'La remise ne peut pas être négative.' })
  @Max(MAX_CENTS, { message: 'La remise est trop élevée.' })
  value: number;

  @Field(() => String, { nullable: true, description: 'Required unless the discount is removed.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(200, { message: 'Le motif ne doit pas dépasser 200 caractères.' })
  reason?: string | null;
}

@InputType()
export class ParkSaleInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) saleId: string;
}
