import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { PageInput } from '../../common/pagination.js';

@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true, description: 'E.164' }) phone: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field({ description: 'Consent to marketing (newsletters, offers); separate from service messages.' })
  marketingConsent: boolean;
  @Field({ description: 'The client refused service e-mails (confirmations, reminders, receipts).' })
  serviceEmailOptOut: boolean;
  @Field({ description: 'The client refused service SMS (confirmations, reminders).' })
  serviceSmsOptOut: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class ClientPage {
  @Field(() => [ClientType]) items: ClientType[];
  @Field(() => Int) total: number;
}

/** Who is booking, as typed on the public site. */
@InputType()
export class ContactInput {
  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le prénom est obligatoire (60 caractères au plus).' })
  firstName: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le nom est obligatoire (60 caractères au plus).' })
  lastName: string;

  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field({ description: 'French or international number; stored as E.164.' })
  @IsString()
  @Length(6, 30, { message: 'Numéro de téléphone invalide.' })
  phone: string;
}

@InputType()
export class UpsertClientInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le prénom est obligatoire (60 caractères au plus).' })
  firstName: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le nom est obligatoire (60 caractères au plus).' })
  lastName: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @Length(6, 30, { message: 'Numéro de téléphone invalide.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(2000, { message: 'Les notes ne doivent pas dépasser 2000 caractères.' })
  notes?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  marketingConsent?: boolean;

  @Field({ nullable: true, description: 'Refuses service e-mails (not marketing: see marketingConsent).' })
  @IsOptional()
  @IsBoolean()
  serviceEmailOptOut?: boolean;

  @Field({ nullable: true, description: 'Refuses service SMS (not marketing: see marketingConsent).' })
  @IsOptional()
  @IsBoolean()
  serviceSmsOptOut?: boolean;
}

@InputType()
export class ClientsFilter {
  @Field({ nullable: true, description: 'Name, e-mail or phone; accents and case ignored.' })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => PageInput, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}
