import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '../../common/scalars.js';
import { NullAllowed } from '../../common/validation.js';
import { PayoutProviderEnum } from './banking.types.js';

const CENTS = { message: 'Le montant doit être un nombre entier de centimes.' };

@InputType()
export class RecordPayoutInput {
  @Field(() => PayoutProviderEnum)
  @IsEnum(PayoutProviderEnum, { message: 'Prestataire inconnu (Stripe, PayPal ou SumUp).' })
  provider: PayoutProviderEnum;

  @Field(() => String, {
    nullable: true,
    description: "The provider's payout id: the same id is recorded once.",
  })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Length(0, 100, { message: 'La référence fait au plus 100 caractères.' })
  providerPayoutId?: string | null;

  @Field(() => LocalDate)
  @IsString()
  paidOn: string;

  @Field(() => Int) @IsInt(CENTS) grossCents: number;
  @Field(() => Int) @IsInt(CENTS) feeCents: number;
  @Field(() => Int, { description: 'Must equal grossCents − feeCents.' }) @IsInt(CENTS) netCents: number;
}

@InputType()
export class SyncProviderPayoutsInput {
  @Field(() => PayoutProviderEnum, { description: 'STRIPE or SUMUP (PayPal payouts are typed).' })
  @IsEnum(PayoutProviderEnum, { message: 'Prestataire inconnu (Stripe, PayPal ou SumUp).' })
  provider: PayoutProviderEnum;

  @Field(() => LocalDate, { nullable: true, description: 'First arrival day read; default 90 days ago.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  from?: string | null;
}

@InputType()
export class BankingListInput {
  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  to?: string | null;
}

@InputType()
export class RecordCashBankingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choisissez une caisse.' })
  tillId: string;

  @Field(() => Int) @IsInt(CENTS) amountCents: number;

  @Field(() => LocalDate, { description: 'The day the cash leaves the till for the bank.' })
  @IsString()
  depositedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the bank credited it, if already known.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  creditedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The deposit slip's number." })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Length(0, 40, { message: 'Le numéro de bordereau fait au plus 40 caractères.' })
  slipRef?: string | null;
}

@InputType()
export class RecordCashBankingCreditInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Remise inconnue.' })
  id: string;

  @Field(() => LocalDate)
  @IsString()
  creditedOn: string;
}

@InputType()
export class OpeningLineInput {
  @Field()
  @IsString()
  @Length(1, 16, { message: 'Le numéro de compte fait 1 à 16 caractères.' })
  accountNumber: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Length(0, 100, { message: 'Le libellé fait au plus 100 caractères.' })
  accountLabel?: string | null;

  @Field(() => Int) @IsInt(CENTS) debitCents: number;
  @Field(() => Int) @IsInt(CENTS) creditCents: number;
}

@InputType()
export class RecordOpeningEntryInput {
  @Field(() => Int, { description: 'The calendar year the fiscal year starts in.' })
  @IsInt({ message: "L'exercice est une année." })
  fiscalYear: number;

  @Field(() => [OpeningLineInput])
  @IsArray()
  @ArrayMaxSize(500, { message: 'Au plus 500 lignes.' })
  @ValidateNested({ each: true })
  @Type(() => OpeningLineInput)
  lines: OpeningLineInput[];
}
