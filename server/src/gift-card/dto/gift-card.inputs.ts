import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
} from 'class-validator';
import { FilteredPageArgs } from '../../common/pagination.js';
import { NullAllowed } from '../../common/validation.js';
import { GIFT_CARD_STATUSES, type GiftCardStatus } from '../gift-card.entities.js';
import { GiftCardStatusEnum } from './gift-card.types.js';

const ID_MESSAGE = { message: 'Identifiant invalide.' };
const CODE_MESSAGE = { message: 'Saisissez le code de la carte (16 caractères).' };
const REASON_MESSAGE = { message: 'Indiquez un motif (3 à 200 caractères).' };

@InputType()
export class RedeemGiftCardInput {
  @Field({ description: 'As typed or scanned (case, spaces and dashes ignored).' })
  @IsString()
  @Length(1, 40, CODE_MESSAGE)
  code: string;

  @Field(() => Int)
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Max(10_000_000, { message: 'Le montant est trop élevé.' })
  amountCents: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60, { message: 'La référence ne doit pas dépasser 60 caractères.' })
  reference?: string | null;
}

@InputType()
export class ExtendGiftCardInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) id: string;

  @Field({ description: 'The new last valid day (Paris), YYYY-MM-DD.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date invalide (AAAA-MM-JJ).' })
  lastValidDate: string;

  @Field() @IsString() @Length(3, 200, REASON_MESSAGE) reason: string;
}

@InputType()
export class CancelGiftCardInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) id: string;
  @Field() @IsString() @Length(3, 200, REASON_MESSAGE) reason: string;
}

@InputType()
export class GiftCardsFilterInput {
  @Field(() => [GiftCardStatusEnum], { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(GIFT_CARD_STATUSES, { each: true, message: 'Statut invalide.' })
  statuses?: GiftCardStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Active cards with part of their value spent.' })
  @IsOptional()
  @NullAllowed()
  @IsBoolean()
  partlyUsed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The last four symbols of the code.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Matches(/^[0-9A-Za-z]{4}$/, { message: 'Saisissez les 4 derniers caractères du code.' })
  last4?: string | null;
}

@ArgsType()
export class GiftCardsArgs extends FilteredPageArgs(GiftCardsFilterInput) {}
