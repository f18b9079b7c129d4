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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '../../common/scalars.js';
import { NullAllowed } from '../../common/validation.js';
import { CashDirectionEnum, ClosurePeriodEnum } from './pos.types.js';

const ID_MESSAGE = { message: 'Identifiant invalide.' };

@InputType()
export class DenominationCountInput {
  @Field(() => Int)
  @IsInt({ message: 'La coupure doit être un nombre entier de centimes.' })
  denominationCents: number;

  @Field(() => Int)
  @IsInt({ message: 'Le nombre doit être un entier.' })
  @Min(0, { message: 'Le nombre ne peut pas être négatif.' })
  @Max(100000, { message: 'Le nombre ne doit pas dépasser 100 000.' })
  count: number;
}

@InputType()
export class CashCountInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tillId: string;

  @Field(() => [DenominationCountInput], {
    description: 'Cash counted by denomination (absent ones count 0).',
  })
  @IsArray()
  @ArrayMaxSize(15, { message: 'Il y a au plus 15 coupures.' })
  @ValidateNested({ each: true })
  @Type(() => DenominationCountInput)
  counts: DenominationCountInput[];
}

@InputType()
export class OpenCashSessionInput extends CashCountInput {}

@InputType()
export class CloseCashSessionInput extends CashCountInput {}

@InputType()
export class RecordCashMovementInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tillId: string;

  @Field(() => CashDirectionEnum)
  @IsEnum(CashDirectionEnum, { message: 'Sens invalide (IN ou OUT).' })
  direction: CashDirectionEnum;

  @Field(() => Int)
  @IsInt({ message: 'Le montant doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être positif.' })
  @Max(10_000_000, { message: 'Le montant ne doit pas dépasser 100 000 €.' })
  amountCents: number;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'Le motif doit faire entre 1 et 200 caractères.' })
  reason: string;
}

@InputType()
export class ClosePeriodInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tillId: string;

  @Field(() => ClosurePeriodEnum)
  @IsEnum(ClosurePeriodEnum, { message: 'Période invalide (DAY, MONTH ou YEAR).' })
  period: ClosurePeriodEnum;

  @Field(() => LocalDate, {
    description: 'A date inside the period (its day, any day of its month or year).',
  })
  date: string;
}

@InputType()
export class JournalRangeInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tillId: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day (Europe/Paris), inclusive; none = from the start.',
  })
  @IsOptional()
  @NullAllowed()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, inclusive; none = up to now.' })
  @IsOptional()
  @NullAllowed()
  to?: string | null;
}

@InputType()
export class ClosuresFilterInput extends JournalRangeInput {
  @Field(() => ClosurePeriodEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsEnum(ClosurePeriodEnum, { message: 'Période invalide (DAY, MONTH ou YEAR).' })
  period?: ClosurePeriodEnum | null;
}
