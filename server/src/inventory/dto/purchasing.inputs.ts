import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { NullAllowed } from '../../common/validation.js';
import { ID_MESSAGE, MAX_CENTS } from './input-rules.js';

@InputType()
export class UpsertSupplierInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  id?: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Le nom du fournisseur est obligatoire (120 caractères au plus).' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(120)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(30, { message: 'Numéro de téléphone trop long.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class PurchaseOrderLineInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  productId: string;

  @Field(() => Int)
  @IsInt({ message: 'La quantité doit être un nombre entier.' })
  @Min(1, { message: 'La quantité doit être d’au moins 1.' })
  @Max(100_000, { message: 'La quantité est trop grande.' })
  quantity: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Cost of one unit in cents; absent: the product’s usual cost.',
  })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le coût unitaire doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le coût unitaire ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le coût unitaire est trop élevé.' })
  unitCostCents?: number | null;
}

@InputType()
export class CreatePurchaseOrderInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  supplierId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;

  @Field(() => [PurchaseOrderLineInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Un bon de commande a au moins une ligne.' })
  @ArrayMaxSize(200, { message: 'Au plus 200 lignes par bon de commande.' })
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInput)
  lines: PurchaseOrderLineInput[];
}

@InputType()
export class ReceivePurchaseOrderInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  purchaseOrderId: string;

  @Field(() => [PurchaseOrderLineInput], { description: 'What arrived, per product.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Indiquez au moins un produit reçu.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInput)
  lines: PurchaseOrderLineInput[];
}
