import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** The most a credit note's limit may be set to (100 000 €): beyond, the field is surely mistyped. */
export const MAX_CREDIT_NOTE_LIMIT_CENTS = 10_000_000;

@ObjectType('SaleSettings', { description: 'What staff may do alone at the till; beyond, an ADMIN must.' })
export class SaleSettingsType {
  @Field(() => Int, {
    description: 'Largest discount staff may give, in basis points of what it applies to (2000 = 20 %).',
  })
  staffMaxDiscountBp: number;

  @Field(() => Int, { description: 'Largest credit note (VAT included) staff may issue, in cents.' })
  staffMaxCreditNoteCents: number;
}

@InputType()
export class UpdateSaleSettingsInput {
  @Field(() => Int, { description: 'Basis points: 0 (none) to 10000 (100 %).' })
  @IsInt({ message: 'La remise maximale doit être un nombre entier de points de base (2000 = 20 %).' })
  @Min(0, { message: 'La remise maximale ne peut pas être négative.' })
  @Max(10000, { message: 'La remise maximale ne peut pas dépasser 100 %.' })
  staffMaxDiscountBp: number;

  @Field(() => Int, { description: 'Cents, VAT included: 0 (none) to 100 000 €.' })
  @IsInt({ message: 'Le plafond des avoirs doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le plafond des avoirs ne peut pas être négatif.' })
  @Max(MAX_CREDIT_NOTE_LIMIT_CENTS, { message: 'Le plafond des avoirs ne peut pas dépasser 100 000 €.' })
  staffMaxCreditNoteCents: number;
}
