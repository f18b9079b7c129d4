import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { MERGE_FIELDS, type MergeField } from '../domain/merge.js';
import { ClientsFilter, ClientType } from './client.types.js';

export const ClientMergeFieldEnum = Object.fromEntries(MERGE_FIELDS.map((f) => [f, f])) as {
  [K in MergeField]: K;
};
registerEnumType(ClientMergeFieldEnum, { name: 'ClientMergeField' });

@ObjectType()
export class ClientStats {
  @Field(() => Int) visits: number;
  @Field(() => Int) totalSpentCents: number;
  @Field(() => Int, { nullable: true, description: 'Total spent / visits, rounded; null without visits.' })
  averageBasketCents: number | null;
  @Field(() => Date, { nullable: true }) lastVisitAt: Date | null;
  @Field(() => [String], { description: 'Up to three services, most booked first.' })
  favouriteServices: string[];
  @Field(() => Int) noShows: number;
  @Field({ description: 'No-shows / (visits + no-shows); 0 without either.' })
  noShowRate: number;
}

@ObjectType()
export class ClientBooking {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field({ description: 'BookingStatus: PENDING, CONFIRMED, COMPLETED, CANCELLED, NO_SHOW.' }) status: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field() services: string;
  @Field() practitioners: string;
  @Field(() => Int) priceCents: number;
}

@ObjectType()
export class ClientPayment {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) bookingReference: string | null;
  @Field() kind: string;
  @Field() method: string;
  @Field() status: string;
  @Field(() => Int) amountCents: number;
  @Field(() => Int) refundedCents: number;
  @Field() createdAt: Date;
}

@ObjectType()
export class ClientMessage {
  @Field(() => ID) id: string;
  @Field() channel: string;
  @Field() template: string;
  @Field() recipient: string;
  @Field() status: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType()
export class ClientNote {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() pinned: boolean;
  @Field(() => String, { nullable: true, description: 'The author’s name; null once the account is gone.' })
  authorName: string | null;
  @Field() createdAt: Date;
}

/** The client file's overview: record, figures, notes, and whether a beauty file exists. */
@ObjectType()
export class ClientFile {
  @Field(() => ClientType) client: ClientType;
  @Field(() => ClientStats) stats: ClientStats;
  @Field(() => String, { nullable: true }) preferredPractitionerName: string | null;
  @Field({ description: 'A beauty file exists (its content is read with `clientBeautyFile`, logged).' })
  hasBeautyFile: boolean;
  @Field(() => [ClientNote], { description: 'Pinned first, then newest first.' }) notes: ClientNote[];
  @Field(() => [ClientBooking]) bookings: ClientBooking[];
  @Field(() => [ClientPayment]) payments: ClientPayment[];
  @Field(() => [ClientMessage]) messages: ClientMessage[];
}

@ObjectType()
export class ClientBeautyFile {
  @Field(() => ID) clientId: string;
  @Field(() => String, { nullable: true }) skinType: string | null;
  @Field(() => String, { nullable: true }) allergies: string | null;
  @Field(() => String, { nullable: true }) contraindications: string | null;
  @Field(() => String, { nullable: true }) productsUsed: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType()
export class ClientHealthAccess {
  @Field() userName: string;
  @Field() action: string;
  @Field() at: Date;
}

@ObjectType()
export class SavedClientFilter {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The saved ClientsFilter, as JSON (paging left out).' }) filterJson: string;
}

@ObjectType()
export class PossibleDuplicate {
  @Field({ description: 'Pass it to dismissPossibleDuplicate.' }) key: string;
  @Field(() => ClientType) client: ClientType;
  @Field(() => ClientType, {
    nullable: true,
    description: 'The other record (same name and phone, or holding the typed e-mail).',
  })
  other: ClientType | null;
  @Field(() => String, { nullable: true, description: 'The online booking that raised the question.' })
  bookingReference: string | null;
  @Field(() => String, { nullable: true }) typedEmail: string | null;
  @Field() since: Date;
}

@ObjectType()
export class ClientMergeResult {
  @Field(() => ClientType) client: ClientType;
  @Field(() => Int) movedBookings: number;
  @Field(() => Int) movedNotes: number;
  @Field(() => Int) movedMessages: number;
}

@InputType()
export class ClientNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Client introuvable.' })
  clientId: string;

  @Field()
  @IsString()
  @Length(1, 4000, { message: 'La note est obligatoire (4000 caractères au plus).' })
  body: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

@InputType()
export class PinClientNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Note introuvable.' })
  noteId: string;

  @Field()
  @IsBoolean()
  pinned: boolean;
}

@InputType()
export class ClientBeautyFileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Client introuvable.' })
  clientId: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(200, { message: 'Le type de peau fait 200 caractères au plus.' })
  skinType?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(2000, { message: 'Les allergies font 2000 caractères au plus.' })
  allergies?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(2000, { message: 'Les contre-indications font 2000 caractères au plus.' })
  contraindications?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(2000, { message: 'Les produits utilisés font 2000 caractères au plus.' })
  productsUsed?: string | null;
}

@InputType()
export class ArchiveClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Client introuvable.' })
  clientId: string;

  @Field({ description: 'false brings the client back into the list.' })
  @IsBoolean()
  archived: boolean;
}

@InputType()
export class MergeClientsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  @IsUUID('all', { message: 'Client à conserver introuvable.' })
  survivorId: string;

  @Field(() => ID, { description: 'The record merged into the survivor, then deleted.' })
  @IsUUID('all', { message: 'Client à fusionner introuvable.' })
  mergedId: string;

  @Field(() => [ClientMergeFieldEnum], {
    defaultValue: [],
    description: 'Fields whose value comes from the merged record (the survivor’s blanks are filled anyway).',
  })
  @ArrayMaxSize(MERGE_FIELDS.length)
  @IsEnum(ClientMergeFieldEnum, { each: true })
  keepFromMerged: MergeField[] = [];
}

@InputType()
export class SaveClientFilterInput {
  @Field()
  @IsString()
  @Length(1, 60, { message: 'Le nom du filtre est obligatoire (60 caractères au plus).' })
  name: string;

  @Field(() => ClientsFilter)
  @ValidateNested()
  @Type(() => ClientsFilter)
  filter: ClientsFilter;
}
