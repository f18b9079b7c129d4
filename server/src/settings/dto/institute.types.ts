import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { BookingSettingsType } from './booking-settings.types.js';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NullAllowed } from '../../common/validation.js';

@ObjectType('Institute', { description: "The institute's public identity." })
export class InstituteType {
  @Field()
  name: string;

  @Field()
  legalName: string;

  @Field()
  addressLine1: string;

  @Field(() => String, { nullable: true })
  addressLine2: string | null;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  siret: string;

  @Field(() => String, { nullable: true })
  vatNumber: string | null;

  @Field({ description: 'IANA time zone of the wall-clock rules (Europe/Paris).' })
  timeZone: string;

  @Field({ description: 'ISO 4217' })
  currency: string;

  @Field({ description: 'Brand colour (#rrggbb) used by both web apps and e-mails.' })
  brandColor: string;

  @Field()
  updatedAt: Date;
}

@ObjectType('Settings')
export class SettingsType {
  @Field(() => InstituteType)
  institute: InstituteType;

  @Field(() => BookingSettingsType)
  booking: BookingSettingsType;
}

@InputType()
export class UpdateInstituteInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 80, { message: 'Le nom doit contenir entre 2 et 80 caractères.' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'La raison sociale doit contenir entre 2 et 120 caractères.' })
  legalName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 120, { message: "L'adresse doit contenir entre 3 et 120 caractères." })
  addressLine1?: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: "Le complément d'adresse ne doit pas dépasser 120 caractères." })
  addressLine2?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Le code postal doit contenir 5 chiffres.' })
  postalCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 80, { message: 'La ville doit contenir entre 1 et 80 caractères.' })
  city?: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{10,20}$/, { message: 'Numéro de téléphone invalide.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  email?: string | null;

  @Field({ nullable: true, description: '14 digits, Luhn-checked' })
  @IsOptional()
  @IsString()
  siret?: string;

  @Field(() => String, { nullable: true, description: 'FR + key + SIREN, checked against the SIRET' })
  @NullAllowed()
  @IsOptional()
  @IsString()
  vatNumber?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'La couleur doit être au format #rrggbb.' })
  brandColor?: string;
}
