import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import type { VoucherCategory } from '../domain/voucher-category.js';
import { VOUCHER_CATEGORIES } from '../gift-card.entities.js';
import { VoucherCategoryEnum } from './gift-card.types.js';

const WHOLE = (what: string) => ({ message: `${what} : un nombre entier attendu.` });

@ObjectType('GiftCardShopSettings', { description: 'The gift-card shop as an admin sets it.' })
export class GiftCardShopSettingsType {
  @Field({ description: 'The public site sells cards.' }) onlineSaleEnabled: boolean;
  @Field(() => [Int]) presetAmountsCents: number[];
  @Field(() => Int) minFreeAmountCents: number;
  @Field(() => Int) maxFreeAmountCents: number;
  @Field(() => Int, { description: 'How long a new card stays valid.' }) validityMonths: number;
  @Field(() => Int, { description: 'How long a transfer order waits for its money, in hours.' })
  transferOrderHours: number;
  @Field(() => VoucherCategoryEnum, {
    nullable: true,
    description: 'Every new card gets this category; null: the rule decides per card.',
  })
  forcedCategory: VoucherCategory | null;
  @Field(() => String, { nullable: true, description: 'No IBAN: transfers are not offered.' })
  transferIban: string | null;
  @Field(() => String, { nullable: true }) transferBic: string | null;
  @Field(() => String, { nullable: true }) transferHolder: string | null;
}

@InputType()
export class UpdateGiftCardShopInput {
  @Field() @IsBoolean() onlineSaleEnabled: boolean;

  @Field(() => [Int])
  @ArrayMaxSize(20, { message: 'Trop de montants proposés.' })
  @IsInt({ each: true, message: 'Montants proposés : des nombres entiers de centimes attendus.' })
  presetAmountsCents: number[];

  @Field(() => Int) @IsInt(WHOLE('Montant libre minimum')) minFreeAmountCents: number;
  @Field(() => Int) @IsInt(WHOLE('Montant libre maximum')) maxFreeAmountCents: number;
  @Field(() => Int) @IsInt(WHOLE('Validité')) validityMonths: number;
  @Field(() => Int) @IsInt(WHOLE('Délai du virement')) transferOrderHours: number;

  @Field(() => VoucherCategoryEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsIn(VOUCHER_CATEGORIES, { message: 'Catégorie de bon invalide.' })
  forcedCategory?: VoucherCategory | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(50, { message: 'IBAN trop long.' })
  transferIban?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(20, { message: 'BIC trop long.' })
  transferBic?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(100, { message: 'Nom du titulaire trop long.' })
  transferHolder?: string | null;
}
