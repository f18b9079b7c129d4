import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { DEPOSIT_KINDS, type DepositKind } from '../catalog.entities.js';
import { FRENCH_VAT_RATES_BP } from '../domain/deposit.js';

export const DepositKindEnum = Object.fromEntries(DEPOSIT_KINDS.map((k) => [k, k])) as {
  [K in DepositKind]: K;
};
registerEnumType(DepositKindEnum, {
  name: 'DepositKind',
  description: 'NONE; PERCENT (depositValue in basis points of the price); FIXED (depositValue in cents).',
});

const COLOR = /^#[0-9a-fA-F]{6}$/;
const COLOR_MESSAGE = 'La couleur doit être au format #rrggbb.';

/** Limits of a practitioner's public profile (the CRM's form checks the same). */
export const BIO_MAX_LENGTH = 600;
export const PHOTO_URL_MAX_LENGTH = 500;

@ObjectType('CabinType')
export class CabinTypeType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Cabin')
export class CabinType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) cabinTypeId: string;
  @Field(() => CabinTypeType) cabinType: CabinTypeType;
  @Field() active: boolean;
}

@ObjectType('Service')
export class ServiceType {
  @Field(() => ID) id: string;
  @Field(() => ID) categoryId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) durationMinutes: number;
  @Field(() => Int, { description: 'Price including VAT, in cents.' }) priceCents: number;
  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' }) vatRateBp: number;
  @Field(() => Int) bufferBeforeMinutes: number;
  @Field(() => Int) bufferAfterMinutes: number;
  @Field(() => DepositKindEnum) depositKind: DepositKind;
  @Field(() => Int) depositValue: number;
  @Field(() => Int, { description: 'The deposit this service asks for, in cents.' }) depositCents: number;
  @Field(() => ID, { nullable: true }) cabinTypeId: string | null;
  @Field() onlineBookable: boolean;
  @Field() active: boolean;
  @Field(() => Int) position: number;
}

@ObjectType('ServiceCategory')
export class ServiceCategoryType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'Agenda colour (#rrggbb).' }) color: string;
  @Field(() => Int) position: number;
  @Field() active: boolean;
  @Field(() => [ServiceType], { description: 'Services of this category visible to the caller, in order.' })
  services: ServiceType[];
}

@ObjectType('Practitioner')
export class PractitionerType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field({ description: 'Agenda colour (#rrggbb).' }) color: string;
  @Field(() => String, { nullable: true, description: 'A few lines shown on the public site.' })
  bio: string | null;
  @Field(() => String, { nullable: true, description: 'https address of a portrait for the public site.' })
  photoUrl: string | null;
  @Field() active: boolean;
  @Field(() => Int) position: number;
  @Field(() => [ID]) serviceIds: string[];
}

@InputType()
export class UpsertServiceCategoryInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;
  @Field()
  @IsString()
  @Length(2, 60, { message: 'Le nom doit contenir entre 2 et 60 caractères.' })
  name: string;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(500, { message: 'La description ne doit pas dépasser 500 caractères.' })
  description?: string | null;
  @Field({ nullable: true }) @IsOptional() @Matches(COLOR, { message: COLOR_MESSAGE }) color?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class UpsertServiceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;
  @Field(() => ID) @IsUUID('all', { message: 'Catégorie invalide.' }) categoryId: string;
  @Field()
  @IsString()
  @Length(2, 80, { message: 'Le nom doit contenir entre 2 et 80 caractères.' })
  name: string;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(1000, { message: 'La description ne doit pas dépasser 1000 caractères.' })
  description?: string | null;
  @Field(() => Int)
  @IsInt({ message: 'La durée doit être un nombre entier de minutes.' })
  @Min(5, { message: 'La durée doit être d’au moins 5 minutes.' })
  @Max(720, { message: 'La durée ne peut pas dépasser 12 heures.' })
  durationMinutes: number;
  @Field(() => Int)
  @IsInt({ message: 'Le prix doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le prix ne peut pas être négatif.' })
  @Max(10_000_000, { message: 'Le prix est trop élevé.' })
  priceCents: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn(FRENCH_VAT_RATES_BP, { message: 'Taux de TVA inconnu (20 %, 10 %, 5,5 %, 2,1 % ou 0 %).' })
  vatRateBp?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le temps de préparation ne peut pas être négatif.' })
  @Max(240, { message: 'Le temps de préparation ne peut pas dépasser 4 heures.' })
  bufferBeforeMinutes?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le temps de remise en état ne peut pas être négatif.' })
  @Max(240, { message: 'Le temps de remise en état ne peut pas dépasser 4 heures.' })
  bufferAfterMinutes?: number;
  @Field(() => DepositKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(DEPOSIT_KINDS)
  depositKind?: DepositKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) depositValue?: number;
  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Type de cabine invalide.' })
  cabinTypeId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() onlineBookable?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
}

@InputType()
export class UpsertPractitionerInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;
  @Field()
  @IsString()
  @Length(2, 60, { message: 'Le nom affiché doit contenir entre 2 et 60 caractères.' })
  displayName: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COLOR, { message: COLOR_MESSAGE }) color?: string;
  @Field(() => String, { nullable: true, description: 'Public presentation (null clears it).' })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(BIO_MAX_LENGTH, {
    message: `La présentation ne doit pas dépasser ${BIO_MAX_LENGTH} caractères.`,
  })
  bio?: string | null;
  @Field(() => String, { nullable: true, description: 'https address of a portrait (null clears it).' })
  @NullAllowed()
  @IsOptional()
  @MaxLength(PHOTO_URL_MAX_LENGTH, {
    message: `L’adresse de la photo ne doit pas dépasser ${PHOTO_URL_MAX_LENGTH} caractères.`,
  })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: true, allow_underscores: true },
    { message: 'L’adresse de la photo doit être une adresse https:// complète (https://…/photo.jpg).' },
  )
  photoUrl?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
  @Field(() => ID, { nullable: true, description: 'The staff account of this practitioner.' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Compte invalide.' })
  userId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'Prestation invalide.' })
  serviceIds?: string[];
}

@InputType()
export class UpsertCabinTypeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;
  @Field()
  @IsString()
  @Length(2, 60, { message: 'Le nom doit contenir entre 2 et 60 caractères.' })
  name: string;
}

@InputType()
export class UpsertCabinInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;
  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le nom doit contenir entre 1 et 60 caractères.' })
  name: string;
  @Field(() => ID) @IsUUID('all', { message: 'Type de cabine invalide.' }) cabinTypeId: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@ArgsType()
export class PractitionersArgs {
  @Field(() => [ID], { nullable: true, description: 'Only practitioners who perform every one of these.' })
  @NullAllowed()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Prestation invalide.' })
  serviceIds?: string[] | null;

  @Field({ defaultValue: false, description: 'Staff only: include inactive practitioners.' })
  @IsBoolean()
  includeInactive: boolean;
}

@InputType()
export class ReorderServicesInput {
  @Field(() => ID) @IsUUID('all', { message: 'Catégorie invalide.' }) categoryId: string;
  @Field(() => [ID], { description: 'Every service of the category (inactive ones too), in the new order.' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'Prestation invalide.' })
  serviceIds: string[];
}
