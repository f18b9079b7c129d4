import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FilteredPageArgs } from '../../common/pagination.js';
import { NullAllowed } from '../../common/validation.js';
import { MOVEMENT_KINDS, type MovementKind } from '../domain/stock-ledger.js';
import { ID_MESSAGE, MAX_CENTS } from './input-rules.js';
import { MovementKindEnum } from './inventory.types.js';

const MANUAL_KINDS = ['RECEIPT', 'ADJUSTMENT', 'LOSS'] as const;

@InputType()
export class RecordStockMovementInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => MovementKindEnum, {
    description: 'RECEIPT, ADJUSTMENT or LOSS (the others are written by their cause).',
  })
  @IsIn(MANUAL_KINDS, { message: 'Seuls une réception, un ajustement ou une perte se saisissent à la main.' })
  kind: (typeof MANUAL_KINDS)[number];

  @Field(() => Int, {
    description: 'RECEIPT and LOSS: units received or lost (> 0). ADJUSTMENT: the signed correction.',
  })
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(-100_000, { message: 'La quantité est trop grande.' })
  @Max(100_000, { message: 'La quantité est trop grande.' })
  quantity: number;

  @Field(() => Int, { nullable: true, description: 'RECEIPT: purchase cost of one unit, in cents.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le coût unitaire doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le coût unitaire ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le coût unitaire est trop élevé.' })
  unitCostCents?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(300, { message: 'Le motif ne doit pas dépasser 300 caractères.' })
  reason?: string | null;
}

@InputType()
export class StockMovementFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  productId?: string | null;

  @Field(() => MovementKindEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @NullAllowed()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @NullAllowed()
  to?: Date | null;
}

@ArgsType()
export class StockMovementsArgs extends FilteredPageArgs(StockMovementFilterInput) {}

@InputType()
export class ConsumptionLineInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => Int, { description: 'In the product’s unit (pieces, ml or g), per booking item.' })
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(1, { message: 'La quantité consommée doit être d’au moins 1.' })
  @Max(100_000, { message: 'La quantité consommée est trop grande.' })
  quantity: number;
}

@InputType()
export class SetServiceConsumptionInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  serviceId: string;

  @Field(() => [ConsumptionLineInput], { description: 'Replaces the service’s list; empty clears it.' })
  @IsArray()
  @ArrayMaxSize(30, { message: 'Au plus 30 produits par prestation.' })
  @ValidateNested({ each: true })
  @Type(() => ConsumptionLineInput)
  items: ConsumptionLineInput[];
}

@InputType()
export class StartInventoryCountInput {
  @Field(() => String, { nullable: true, description: 'Count one category; absent: every active product.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60)
  category?: string | null;
}

@InputType()
export class RecordCountedQuantityInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  countId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Scanned EAN-13, instead of productId.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(20)
  barcode?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'La quantité comptée doit être un nombre entier.' })
  @Min(0, { message: 'La quantité comptée ne peut pas être négative.' })
  @Max(1_000_000, { message: 'La quantité comptée est trop grande.' })
  countedQuantity: number;
}

@InputType()
export class UpdateInventorySettingsInput {
  @Field()
  @IsBoolean()
  allowNegativeStock: boolean;
}
