import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
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
  Min,
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
import { ID_MESSAGE, MAX_CENTS } from './input-rules.js';
import { ProductKindEnum, StockUnitEnum } from './inventory.types.js';

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
