import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ContactInput } from '../../clients/index.js';
import { PageInput } from '../../common/pagination.js';
import { NullAllowed } from '../../common/validation.js';
import { BOOKING_STATUSES, type BookingStatus } from '../booking.entities.js';
import { BookingStatusEnum } from './booking.types.js';

@InputType()
export class CreateBookingInput {
  @Field(() => [ID], { description: 'Services back to back, in order.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choisissez au moins une prestation.' })
  @ArrayMaxSize(5, { message: 'Au plus 5 prestations par rendez-vous.' })
  @IsUUID('all', { each: true, message: 'Prestation invalide.' })
  serviceIds: string[];

  @Field(() => ID, { nullable: true, description: 'Null: any practitioner.' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;

  @Field() @IsDate({ message: 'Horaire invalide.' }) start: Date;

  @Field(() => ContactInput, {
    nullable: true,
    description: 'Online: who books. Staff: a new or matched client.',
  })
  @NullAllowed()
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInput)
  client?: ContactInput | null;

  @Field(() => ID, { nullable: true, description: 'Staff only: an existing client.' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Client invalide.' })
  clientId?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Le message ne doit pas dépasser 500 caractères.' })
  note?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID) @IsUUID('all', { message: 'Rendez-vous invalide.' }) id: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Le motif ne doit pas dépasser 300 caractères.' })
  reason?: string | null;
}

@InputType()
export class RescheduleBookingInput {
  @Field(() => ID) @IsUUID('all', { message: 'Rendez-vous invalide.' }) id: string;
  @Field() @IsDate({ message: 'Horaire invalide.' }) start: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Move to another practitioner (null: keep the current one).',
  })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;
}

@InputType()
export class CancelBookingByTokenInput {
  @Field() @IsString() @Length(20, 100, { message: 'Lien de gestion invalide.' }) token: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Le motif ne doit pas dépasser 300 caractères.' })
  reason?: string | null;
}

@InputType()
export class RescheduleBookingByTokenInput {
  @Field() @IsString() @Length(20, 100, { message: 'Lien de gestion invalide.' }) token: string;
  @Field() @IsDate({ message: 'Horaire invalide.' }) start: Date;
}

@InputType()
export class BookingsFilter {
  @Field(() => Date, { nullable: true }) @NullAllowed() @IsOptional() @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true }) @NullAllowed() @IsOptional() @IsDate() to?: Date | null;

  @Field(() => [BookingStatusEnum], { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsArray()
  @IsIn(BOOKING_STATUSES, { each: true })
  statuses?: BookingStatus[] | null;

  @Field(() => ID, { nullable: true }) @NullAllowed() @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => ID, { nullable: true }) @NullAllowed() @IsOptional() @IsUUID() practitionerId?: string | null;

  @Field(() => PageInput, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}
