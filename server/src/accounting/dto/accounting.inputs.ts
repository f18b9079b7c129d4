import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '../../common/scalars.js';
import { NullAllowed } from '../../common/validation.js';
import { DepositTreatmentEnum, FecEncodingEnum } from './accounting.types.js';

@InputType()
export class AccountMappingInput {
  @Field()
  @IsString()
  @Length(1, 40, { message: 'La clé doit faire 1 à 40 caractères.' })
  key: string;

  @Field()
  @IsString()
  @Length(3, 16, { message: 'Le numéro de compte doit faire 3 à 16 caractères.' })
  number: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'Le libellé doit faire 1 à 100 caractères.' })
  label: string;
}

@InputType()
export class JournalMappingInput {
  @Field()
  @IsString()
  @Length(1, 20, { message: 'La clé doit faire 1 à 20 caractères.' })
  key: string;

  @Field()
  @IsString()
  @Length(1, 6, { message: 'Le code journal doit faire 1 à 6 caractères.' })
  code: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'Le libellé doit faire 1 à 100 caractères.' })
  label: string;
}

@InputType()
export class UpdateAccountingSettingsInput {
  @Field(() => [AccountMappingInput], { nullable: true, description: 'Only the mappings to change.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'Au plus 100 comptes à la fois.' })
  @ValidateNested({ each: true })
  @Type(() => AccountMappingInput)
  accounts?: AccountMappingInput[];

  @Field(() => [JournalMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'Au plus 10 journaux.' })
  @ValidateNested({ each: true })
  @Type(() => JournalMappingInput)
  journals?: JournalMappingInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Le mois doit être un entier.' })
  @Min(1, { message: "Le mois de début d'exercice va de 1 à 12." })
  @Max(12, { message: "Le mois de début d'exercice va de 1 à 12." })
  fiscalYearStartMonth?: number;

  @Field(() => FecEncodingEnum, { nullable: true })
  @IsOptional()
  @IsEnum(FecEncodingEnum, { message: 'Encodage invalide (UTF-8 ou ISO-8859-15).' })
  fecEncoding?: FecEncodingEnum;

  @Field(() => DepositTreatmentEnum, { nullable: true })
  @IsOptional()
  @IsEnum(DepositTreatmentEnum, { message: 'Traitement des acomptes invalide (ACOMPTE ou ARRHES).' })
  depositTreatment?: DepositTreatmentEnum;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Le taux doit être un entier en points de base.' })
  @Min(0, { message: 'Le taux ne peut pas être négatif.' })
  @Max(3000, { message: 'Le taux ne dépasse pas 30 %.' })
  depositVatRateBp?: number;
}

@InputType()
export class AccountingEntriesFilterInput {
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Length(1, 6, { message: 'Le code journal fait 1 à 6 caractères.' })
  journalCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: validated only; false: drafts only.' })
  @IsOptional()
  @NullAllowed()
  @IsBoolean()
  validated?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Length(1, 16, { message: 'Le numéro de compte fait 1 à 16 caractères.' })
  accountNumber?: string | null;
}

@InputType()
export class ValidateEntriesInput {
  @Field(() => LocalDate, { description: 'Validates every draft dated up to this day (inclusive).' })
  @IsString()
  through: string;
}

@InputType()
export class LockPeriodInput {
  @Field(() => Int)
  @IsInt({ message: "L'année doit être un entier." })
  @Min(2000, { message: "L'année va de 2000 à 2100." })
  @Max(2100, { message: "L'année va de 2000 à 2100." })
  year: number;

  @Field(() => Int, { nullable: true, description: 'A month (1–12); none = the whole fiscal year.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le mois doit être un entier.' })
  @Min(1, { message: 'Le mois va de 1 à 12.' })
  @Max(12, { message: 'Le mois va de 1 à 12.' })
  month?: number | null;
}

@InputType()
export class AccountingPeriodInput {
  @Field(() => LocalDate)
  @IsString()
  from: string;

  @Field(() => LocalDate)
  @IsString()
  to: string;
}

@InputType()
export class TrialBalanceInput extends AccountingPeriodInput {
  @Field(() => Boolean, { defaultValue: false, description: 'Leave drafts out (the books as validated).' })
  @IsOptional()
  @IsBoolean()
  validatedOnly: boolean = false;
}

@InputType()
export class FecExportInput extends AccountingPeriodInput {}

@InputType()
export class AccountingEntriesCsvInput extends TrialBalanceInput {}

@InputType()
export class GeneralLedgerInput extends TrialBalanceInput {
  @Field()
  @IsString()
  @Length(3, 16, { message: 'Le numéro de compte fait 3 à 16 caractères.' })
  accountNumber: string;
}
