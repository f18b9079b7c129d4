import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { LocalDate } from '../../common/scalars.js';
import { NullAllowed } from '../../common/validation.js';

export enum VatSourceEnum {
  POS_SALES = 'POS_SALES',
  DEPOSITS_USED = 'DEPOSITS_USED',
  DEPOSITS_RECEIVED = 'DEPOSITS_RECEIVED',
  SINGLE_PURPOSE_REDEEMED = 'SINGLE_PURPOSE_REDEEMED',
  SINGLE_PURPOSE_SOLD_ONLINE = 'SINGLE_PURPOSE_SOLD_ONLINE',
}
registerEnumType(VatSourceEnum, {
  name: 'VatSource',
  description:
    'POS_SALES: tickets and credit notes (the Z closures); DEPOSITS_USED: deposit VAT already declared, taken ' +
    'off the tickets; DEPOSITS_RECEIVED: online deposits less refunds (acompte); SINGLE_PURPOSE_REDEEMED: ' +
    'single-purpose cards spent at the till (taxed at sale); SINGLE_PURPOSE_SOLD_ONLINE.',
});

export enum B2cCategoryEnum {
  GOODS = 'GOODS',
  SERVICES = 'SERVICES',
}
registerEnumType(B2cCategoryEnum, { name: 'B2cCategory' });

@InputType()
export class VatReportPeriodInput {
  @Field(() => LocalDate, { nullable: true, description: 'With `to`: any range (Paris dates).' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'With `month` or `quarter`.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: "L'année doit être un entier." })
  @Min(2000, { message: "L'année va de 2000 à 2100." })
  @Max(2100, { message: "L'année va de 2000 à 2100." })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le mois doit être un entier.' })
  @Min(1, { message: 'Le mois va de 1 à 12.' })
  @Max(12, { message: 'Le mois va de 1 à 12.' })
  month?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le trimestre doit être un entier.' })
  @Min(1, { message: 'Le trimestre va de 1 à 4.' })
  @Max(4, { message: 'Le trimestre va de 1 à 4.' })
  quarter?: number | null;
}

@ObjectType('VatRateTotal')
export class VatRateTotalType {
  @Field(() => Int) rateBp: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) vatCents: number;
}

@ObjectType('VatSourceTotal')
export class VatSourceTotalType extends VatRateTotalType {
  @Field(() => VatSourceEnum) source: VatSourceEnum;
}

@ObjectType('VatDeclarationLine')
export class VatDeclarationLineType {
  @Field({ description: 'The line code on the form (A1, 08, 9B, 09, 16, TD… / 5A, 6C, 06…).' }) code: string;
  @Field() label: string;
  @Field(() => Int, { nullable: true }) rateBp: number | null;
  @Field(() => Int, { nullable: true }) baseCents: number | null;
  @Field(() => Int, { nullable: true }) vatCents: number | null;
}

@ObjectType('B2cDayLine')
export class B2cDayLineType {
  @Field(() => B2cCategoryEnum) category: B2cCategoryEnum;
  @Field(() => Int) rateBp: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) vatCents: number;
}

@ObjectType('B2cDay')
export class B2cDayType {
  @Field(() => LocalDate) date: string;
  @Field(() => Int, { description: 'Tickets and credit notes of the day.' }) transactionCount: number;
  @Field(() => [B2cDayLineType]) lines: B2cDayLineType[];
}

@ObjectType('VatReport')
export class VatReportType {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field(() => [VatRateTotalType], { description: 'VAT due per rate, on the date it became due.' })
  rates: VatRateTotalType[];
  @Field(() => Int, { description: 'Outside the scope of VAT (multi-purpose cards sold at the till).' })
  outsideScopeCents: number;
  @Field(() => [VatSourceTotalType]) sources: VatSourceTotalType[];
  @Field(() => [VatDeclarationLineType]) ca3: VatDeclarationLineType[];
  @Field(() => [VatDeclarationLineType]) ca12: VatDeclarationLineType[];
  @Field(() => [B2cDayType], { description: 'B2C e-reporting: per day, goods or services, per rate.' })
  b2cDailySummary: B2cDayType[];
}
