import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
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
import { NullAllowed } from '../../common/validation.js';
import { PageInput } from '../../common/pagination.js';
import { LocalDate } from '../../common/scalars.js';
import { CLIENT_SORTS, type ClientSort } from '../client-list.query.js';

export const ClientSortEnum = Object.fromEntries(CLIENT_SORTS.map((s) => [s, s])) as {
  [K in ClientSort]: K;
};
registerEnumType(ClientSortEnum, {
  name: 'ClientSort',
  description:
    'RELEVANCE (best match first; by name without a search), NAME, CREATED_AT, LAST_VISIT, TOTAL_SPENT.',
});

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
  @Field(() => LocalDate, { nullable: true }) birthday: string | null;
  @Field(() => String, { nullable: true }) addressLine1: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => ID, { nullable: true }) preferredPractitionerId: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => Date, { nullable: true, description: 'Set when the client is archived (out of the list).' })
  archivedAt: Date | null;
  @Field() createdAt: Date;
}

/** A row of the client list: the client and the figures the list shows and sorts by. */
@ObjectType()
export class ClientListItem {
  @Field(() => ClientType) client: ClientType;
  @Field(() => Date, { nullable: true }) lastVisitAt: Date | null;
  @Field(() => Int) visits: number;
  @Field(() => Int) totalSpentCents: number;
}

@ObjectType()
export class ClientPage {
  @Field(() => [ClientType]) items: ClientType[];
  @Field(() => [ClientListItem], { description: 'The same clients as `items`, with their figures.' })
  rows: ClientListItem[];
  @Field(() => Int, {
    description:
      'The number of matches, counted up to 1,000 (or to the end of the requested page): when `totalIsLowerBound`, there are more.',
  })
  total: number;
  @Field({ description: 'True when `total` is a lower bound: more clients match than were counted.' })
  totalIsLowerBound: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'In name order: pass it as `filter.after` for the next page (keyset paging, as fast on page 1,000 as on page 1). Null on the last page and in the other orders (page by offset).',
  })
  nextCursor: string | null;
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

  @Field(() => LocalDate, { nullable: true })
  @NullAllowed()
  @IsOptional()
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Code postal invalide : 5 chiffres (75009).' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticienne inconnue.' })
  preferredPractitionerId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags (each 1–40 characters).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Au plus 20 étiquettes.' })
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'Une étiquette fait de 1 à 40 caractères.' })
  tags?: string[];
}

@InputType()
export class ClientsFilter {
  @Field({
    nullable: true,
    description: 'Name, e-mail or phone; accents, case, typos and phone formats ignored.',
  })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Clients holding every one of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Au plus 20 étiquettes.' })
  @IsString({ each: true })
  tags?: string[];

  @Field(() => LocalDate, { nullable: true, description: 'Last visit on or after this day.' })
  @IsOptional()
  lastVisitFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last visit before this day, or never.' })
  @IsOptional()
  lastVisitBefore?: string;

  @Field(() => Int, { nullable: true, description: 'No visit for this many months (or never).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Indiquez au moins 1 mois sans visite.' })
  @Max(120, { message: 'Au plus 120 mois sans visite.' })
  noVisitForMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le montant dépensé minimum ne peut pas être négatif.' })
  minTotalSpentCents?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le montant dépensé maximum ne peut pas être négatif.' })
  maxTotalSpentCents?: number;

  @Field({ nullable: true, description: 'Birthday in the current month (Europe/Paris).' })
  @IsOptional()
  @IsBoolean()
  birthdayThisMonth?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  marketingConsent?: boolean;

  @Field({ nullable: true, description: 'Archived clients instead of active ones.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;

  @Field(() => ClientSortEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ClientSortEnum)
  sort?: ClientSort;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  descending?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The previous page's `nextCursor`: the page starts after it (`page.offset` is then ignored).",
  })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(600)
  after?: string | null;

  @Field(() => PageInput, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}
