import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('BookingSettings', { description: 'The booking policy.' })
export class BookingSettingsType {
  @Field(() => Int, { description: 'Slots start on multiples of this many minutes.' })
  slotGranularityMinutes: number;

  @Field(() => Int, { description: 'Online bookings must start at least this many minutes from now.' })
  minLeadTimeMinutes: number;

  @Field(() => Int, { description: 'Online bookings can be made up to this many days ahead.' })
  bookingHorizonDays: number;

  @Field(() => Int, { description: 'How long a pending online booking keeps its slot.' })
  pendingHoldMinutes: number;

  @Field(() => Int, { description: 'Clients can cancel or move online until this many hours before.' })
  cancellationDeadlineHours: number;

  @Field()
  closedOnPublicHolidays: boolean;
}

@InputType()
export class UpdateBookingSettingsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn([5, 10, 15, 20, 30, 45, 60], {
    message: 'Le pas des créneaux doit être 5, 10, 15, 20, 30, 45 ou 60 minutes.',
  })
  slotGranularityMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le délai minimum ne peut pas être négatif.' })
  @Max(20160, { message: 'Le délai minimum ne peut pas dépasser 14 jours.' })
  minLeadTimeMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'L’horizon de réservation doit être d’au moins 1 jour.' })
  @Max(730, { message: 'L’horizon de réservation ne peut pas dépasser 2 ans.' })
  bookingHorizonDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'La durée de blocage doit être d’au moins 1 minute.' })
  @Max(1440, { message: 'La durée de blocage ne peut pas dépasser 24 heures.' })
  pendingHoldMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Le délai d’annulation ne peut pas être négatif.' })
  @Max(720, { message: 'Le délai d’annulation ne peut pas dépasser 30 jours.' })
  cancellationDeadlineHours?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  closedOnPublicHolidays?: boolean;
}
