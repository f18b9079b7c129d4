import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { LocalDate } from '../../common/scalars.js';
import { EXCEPTION_KINDS, type ExceptionKind } from '../availability.entities.js';

const WALL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const WALL_TIME_MESSAGE = 'Heure invalide : utilisez le format HH:MM (par exemple 09:30).';

export const ExceptionKindEnum = Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, k])) as {
  [K in ExceptionKind]: K;
};
registerEnumType(ExceptionKindEnum, {
  name: 'AvailabilityExceptionKind',
  description: 'CLOSED (all day, or the given range) or OPEN (extra hours).',
});

@InputType()
export class AvailableSlotsInput {
  @Field(() => [ID], { description: 'Services booked back to back, in this order (1 to 5).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choisissez au moins une prestation.' })
  @ArrayMaxSize(5, { message: 'Au plus 5 prestations par rendez-vous.' })
  @IsUUID('all', { each: true, message: 'Prestation invalide.' })
  serviceIds: string[];

  @Field(() => ID, { nullable: true, description: 'Null: any practitioner ("Sans préférence").' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;

  @Field({ description: 'Earliest slot start.' })
  @IsDate({ message: 'Date de début invalide.' })
  from: Date;

  @Field({ description: 'Slots start before this instant (at most 32 days after `from`).' })
  @IsDate({ message: 'Date de fin invalide.' })
  to: Date;
}

@ObjectType()
export class AvailableSlotItem {
  @Field(() => ID) serviceId: string;
  @Field() start: Date;
  @Field() end: Date;
}

@ObjectType()
export class AvailableSlot {
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => ID) practitionerId: string;
  @Field() practitionerName: string;
  @Field(() => [AvailableSlotItem]) items: AvailableSlotItem[];
}

@ObjectType('WorkingHoursRule')
export class WorkingHoursRuleType {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' }) weekday: number;
  @Field({ description: 'HH:MM, Europe/Paris wall clock' }) start: string;
  @Field({ description: 'HH:MM (24:00 = midnight at the end of the day)' }) end: string;
}

@InputType()
export class WorkingHoursRuleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Jour invalide (1 = lundi … 7 = dimanche).' })
  @Max(7, { message: 'Jour invalide (1 = lundi … 7 = dimanche).' })
  weekday: number;

  @Field() @Matches(WALL_TIME, { message: WALL_TIME_MESSAGE }) start: string;
  @Field() @Matches(WALL_TIME, { message: WALL_TIME_MESSAGE }) end: string;
}

@InputType()
export class SetWorkingHoursInput {
  @Field(() => ID) @IsUUID('all', { message: 'Praticien invalide.' }) practitionerId: string;

  @Field(() => [WorkingHoursRuleInput], { description: 'Replaces every rule of the practitioner.' })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WorkingHoursRuleInput)
  rules: WorkingHoursRuleInput[];
}

@ObjectType('AvailabilityException')
export class AvailabilityExceptionType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null: the whole institute.' }) practitionerId:
    string | null;
  @Field(() => LocalDate) date: string;
  @Field(() => ExceptionKindEnum) kind: ExceptionKind;
  @Field(() => String, { nullable: true }) start: string | null;
  @Field(() => String, { nullable: true }) end: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@InputType()
export class UpsertAvailabilityExceptionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  id?: string;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;

  @Field(() => LocalDate) @IsString() date: string;
  @Field(() => ExceptionKindEnum) @IsIn(EXCEPTION_KINDS) kind: ExceptionKind;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @Matches(WALL_TIME, { message: WALL_TIME_MESSAGE })
  start?: string | null;
  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @Matches(WALL_TIME, { message: WALL_TIME_MESSAGE })
  end?: string | null;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(200, { message: 'Le motif ne doit pas dépasser 200 caractères.' })
  reason?: string | null;
}

@InputType({
  description: 'All-day closures: the whole institute (no practitioner) or one practitioner’s leave.',
})
export class CreateClosuresInput {
  @Field(() => ID, { nullable: true, description: 'Null: the whole institute.' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;

  @Field(() => LocalDate, { description: 'First closed date.' }) @IsString() from: string;
  @Field(() => LocalDate, { description: 'Last closed date (inclusive; at most 62 days in all).' })
  @IsString()
  to: string;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(200, { message: 'Le motif ne doit pas dépasser 200 caractères.' })
  reason?: string | null;
}

@ObjectType('BlockedSlot')
export class BlockedSlotType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) practitionerId: string | null;
  @Field(() => ID, { nullable: true }) cabinId: string | null;
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@InputType()
export class BlockSlotInput {
  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien invalide.' })
  practitionerId?: string | null;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Cabine invalide.' })
  cabinId?: string | null;

  @Field() @IsDate({ message: 'Début invalide.' }) start: Date;
  @Field() @IsDate({ message: 'Fin invalide.' }) end: Date;

  @Field(() => String, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @MaxLength(200, { message: 'Le motif ne doit pas dépasser 200 caractères.' })
  reason?: string | null;
}
