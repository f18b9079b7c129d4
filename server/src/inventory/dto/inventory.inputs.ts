import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FilteredPageArgs } from '../../common/pagination.js';
import { NullAllowed } from '../../common/validation.js';
import {
  PRODUCT_KINDS,
  STOCK_UNITS,
  VAT_RATES_BP,
  type ProductKind,
  type StockUnit,
} from '../domain/product-csv.js';
import { MOVEMENT_KINDS, type MovementKind } from '../domain/stock-ledger.js';
import { MovementKindEnum, ProductKindEnum, StockUnitEnum } from './inventory.types.js';

const ID_MESSAGE = { message: 'Identifiant invalide.' };
const MAX_CENTS = 10_000_000;

@InputType()
export class ProductFilterInput {
  @Field(() => String, { nullable: true, description: 'Name, brand or barcode.' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(100, { message: 'La recherche ne doit pas dépasser 100 caractères.' })
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60)
  category?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  supplierId?: string | null;

  @Field(() => ProductKindEnum, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsIn(PRODUCT_KINDS, { message: 'Type de produit inconnu.' })
  kind?: ProductKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only products at or below their threshold.' })
  @IsOptional()
  @NullAllowed()
  @IsBoolean()
  lowStock?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsBoolean()
  includeInactive?: boolean | null;
}

@ArgsType()
export class ProductsArgs extends FilteredPageArgs(ProductFilterInput) {}

@InputType()
export class UpsertProductInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new product.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  id?: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Le nom est obligatoire (120 caractères au plus).' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60, { message: 'La marque ne doit pas dépasser 60 caractères.' })
  brand?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(60, { message: 'La catégorie ne doit pas dépasser 60 caractères.' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'EAN-13 (13 digits, checksum verified).' })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(20, { message: 'Le code-barres doit compter 13 chiffres (EAN-13).' })
  barcode?: string | null;

  @Field(() => Int, { description: 'Retail price including VAT, in cents.' })
  @IsInt({ message: 'Le prix doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le prix ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le prix est trop élevé.' })
  priceCents: number;

  @Field(() => Int, { description: 'VAT rate in basis points: 0, 210, 550, 1000 or 2000.' })
  @IsIn(VAT_RATES_BP, { message: 'Taux de TVA invalide (0, 2,1, 5,5, 10 ou 20 %).' })
  vatRateBp: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le coût d’achat doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le coût d’achat ne peut pas être négatif.' })
  @Max(MAX_CENTS, { message: 'Le coût d’achat est trop élevé.' })
  costCents?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsUUID('all', ID_MESSAGE)
  supplierId?: string | null;

  @Field(() => ProductKindEnum)
  @IsIn(PRODUCT_KINDS, { message: 'Type de produit inconnu.' })
  kind: ProductKind;

  @Field(() => StockUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(STOCK_UNITS, { message: 'Unité inconnue.' })
  unit?: StockUnit;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @MaxLength(30, { message: 'La contenance ne doit pas dépasser 30 caractères.' })
  content?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'Le seuil doit être un nombre entier.' })
  @Min(0, { message: 'Le seuil ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'Le seuil est trop élevé.' })
  threshold?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsInt({ message: 'La quantité cible doit être un nombre entier.' })
  @Min(1, { message: 'La quantité cible doit être d’au moins 1.' })
  @Max(1_000_000, { message: 'La quantité cible est trop élevée.' })
  reorderTarget?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NullAllowed()
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'L’adresse de la photo doit commencer par http:// ou https://.' })
  @MaxLength(500)
  photoUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

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

@ArgsType()
export class ImportProductsArgs {
  @Field({ description: 'The CSV file’s text (UTF-8; separator ; or ,).' })
  @IsString()
  @MaxLength(900_000, { message: 'Le fichier est trop volumineux (900 000 caractères au plus).' })
  file: string;

  @Field({ description: 'True: report what would happen and write nothing.' })
  @IsBoolean()
  dryRun: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Write the valid lines even if others have problems.',
  })
  @IsOptional()
  @IsBoolean()
  importValidLines?: boolean;
}

@InputType()
export class UpdateInventorySettingsInput {
  @Field()
  @IsBoolean()
  allowNegativeStock: boolean;
}
