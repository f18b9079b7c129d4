import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FilteredPageArgs } from '../../../common/pagination.js';
import { NullAllowed } from '../../../common/validation.js';
import { SALE_KINDS, SALE_STATUSES, type SaleKind, type SaleStatus } from '../sale.entities.js';
import { ID_MESSAGE, MAX_CENTS } from './input-rules.js';
import { SaleKindEnum, SaleStatusEnum } from './sale.types.js';

@InputType()
export class SalesFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @NullAllowed() @IsUUID('all', ID_MESSAGE) tillId?:
    string | null;

  @Field(() => SaleStatusEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsIn(SALE_STATUSES, { message: 'Statut inconnu.' })
  status?: SaleStatus | null;

  @Field(() => SaleKindEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsIn(SALE_KINDS, { message: 'Type inconnu.' })
  kind?: SaleKind | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @NullAllowed() @IsUUID('all', ID_MESSAGE) bookingId?:
    string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @NullAllowed() @IsUUID('all', ID_MESSAGE) clientId?:
    string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @NullAllowed() @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @NullAllowed() @IsDate() to?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Total (absolute, VAT included) at least, in cents.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le montant minimum doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le montant minimum ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le montant minimum est trop élevé.' })
  minTotalCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Total (absolute, VAT included) at most, in cents.' })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le montant maximum doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le montant maximum ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le montant maximum est trop élevé.' })
  maxTotalCents?: number | null;
}

@ArgsType()
export class SalesArgs extends FilteredPageArgs(SalesFilterInput) {}
