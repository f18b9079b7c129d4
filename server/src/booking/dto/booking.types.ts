import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BlockedSlotType } from '../../availability/index.js';
import { PractitionerType } from '../../catalog/index.js';
import { ClientType } from '../../clients/index.js';
import { PaymentType } from '../../payment/index.js';
import { LocalDate } from '../../common/scalars.js';
import {
  BOOKING_SOURCES,
  BOOKING_STATUSES,
  CANCELLED_BY,
  CLIENT_MATCHES,
  type BookingSource,
  type BookingStatus,
  type CancelledBy,
  type ClientMatch,
} from '../booking.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const BookingStatusEnum = enumOf(BOOKING_STATUSES);
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });
export const BookingSourceEnum = enumOf(BOOKING_SOURCES);
registerEnumType(BookingSourceEnum, { name: 'BookingSource' });
export const CancelledByEnum = enumOf(CANCELLED_BY);
registerEnumType(CancelledByEnum, { name: 'CancelledBy' });
export const ClientMatchEnum = enumOf(CLIENT_MATCHES);
registerEnumType(ClientMatchEnum, {
  name: 'BookingClientMatch',
  description: 'How a booking found its client.',
  valuesMap: {
    NEW_CLIENT: { description: 'A client record was created for it.' },
    EMAIL: { description: 'The typed e-mail address is the client’s.' },
    PHONE_AND_NAME: { description: 'Same phone and name; the typed e-mail may be another one.' },
    CHOSEN_BY_STAFF: { description: 'Staff picked the client.' },
  },
});
export const AGENDA_CHANGE_KINDS = [
  'CREATED',
  'CONFIRMED',
  'MOVED',
  'CANCELLED',
  'NO_SHOW',
  'COMPLETED',
  'BLOCKED',
  'UNBLOCKED',
] as const;
export type AgendaChangeKind = (typeof AGENDA_CHANGE_KINDS)[number];
export const AgendaChangeKindEnum = enumOf(AGENDA_CHANGE_KINDS);
registerEnumType(AgendaChangeKindEnum, { name: 'AgendaChangeKind' });

@ObjectType('BookingItem')
export class BookingItemType {
  @Field(() => ID) id: string;
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field({ description: 'Colour of the service’s category (#rrggbb).' }) color: string;
  @Field(() => ID) practitionerId: string;
  @Field() practitionerName: string;
  @Field(() => ID, { nullable: true }) cabinId: string | null;
  @Field(() => String, { nullable: true }) cabinName: string | null;
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => Int) durationMinutes: number;
  @Field(() => Int) priceCents: number;
}

@ObjectType('Booking')
export class BookingType {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field(() => BookingStatusEnum) status: BookingStatus;
  @Field(() => BookingSourceEnum) source: BookingSource;
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => ClientType) client: ClientType;
  @Field(() => [BookingItemType]) items: BookingItemType[];
  @Field(() => Int) totalCents: number;
  @Field(() => Int, { description: 'Deposit asked online for these services.' }) depositCents: number;
  @Field(() => String, {
    nullable: true,
    description: 'The e-mail address the booker typed: the booking’s messages go there.',
  })
  contactEmail: string | null;
  @Field(() => String, { nullable: true, description: 'The phone the booker typed (E.164).' })
  contactPhone: string | null;
  @Field(() => ClientMatchEnum, {
    nullable: true,
    description:
      'Staff: how the booking found its client (null for older bookings, and in an online booker’s own answer).',
  })
  clientMatch: ClientMatch | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Staff: the booking joined a client by phone and name, with an e-mail address the record does not have. Check, and merge if it is the same person (null in an online booker’s own answer).',
  })
  possibleDuplicate: boolean | null;
  @Field(() => String, { nullable: true }) clientNote: string | null;
  @Field(() => Date, { nullable: true, description: 'A pending online booking keeps its slot until then.' })
  holdExpiresAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => CancelledByEnum, { nullable: true }) cancelledBy: CancelledBy | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true, description: 'Who made it at the institute (null: booked online).' })
  createdByName: string | null;
  @Field(() => [PaymentType], { description: 'Payments for this booking (deposit, balance…).' })
  payments: PaymentType[];
  @Field(() => Int, { description: 'Paid so far, net of refunds.' })
  paidCents: number;
}

@ObjectType()
export class BookingPage {
  @Field(() => [BookingType]) items: BookingType[];
  @Field(() => Int) total: number;
}

@ObjectType()
export class CreateBookingPayload {
  @Field(() => BookingType) booking: BookingType;

  @Field(() => String, {
    nullable: true,
    description:
      'Online bookings: the secret the client uses to see, move or cancel the booking (also e-mailed).',
  })
  manageToken: string | null;
}

@ObjectType('PublicBookingItem')
export class PublicBookingItemType {
  @Field() serviceName: string;
  @Field(() => Int) durationMinutes: number;
  @Field() practitionerName: string;
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => Int) priceCents: number;
}

/** What the holder of a manage token may see: no other client data, no internal notes. */
@ObjectType('PublicBooking')
export class PublicBookingType {
  @Field() reference: string;
  @Field(() => BookingStatusEnum) status: BookingStatus;
  @Field() start: Date;
  @Field() end: Date;
  @Field(() => [ID]) serviceIds: string[];
  @Field(() => ID) practitionerId: string;
  @Field(() => [PublicBookingItemType]) items: PublicBookingItemType[];
  @Field(() => Int) totalCents: number;
  @Field(() => Int) depositCents: number;
  @Field(() => Int, { description: 'Deposit paid online and kept (net of refunds).' })
  depositPaidCents: number;
  @Field() clientFirstName: string;
  @Field({ description: 'Until when the client can cancel or move it online.' }) changeDeadline: Date;
  @Field() canChange: boolean;
  @Field(() => String, { nullable: true, description: 'Why it cannot be changed online (French).' })
  changeRefusal: string | null;
  @Field(() => Date, { nullable: true }) holdExpiresAt: Date | null;
  /** Not in the schema: whose loyalty card the page may show (that client's only). */
  clientId: string;
}

@ObjectType()
export class AgendaWorkingTime {
  @Field(() => ID) practitionerId: string;
  @Field() start: Date;
  @Field() end: Date;
}

@ObjectType('Agenda')
export class AgendaType {
  @Field(() => LocalDate) day: string;
  @Field(() => [PractitionerType]) practitioners: PractitionerType[];
  @Field(() => [BookingType], {
    description: 'Bookings with at least one item that day (cancelled ones included).',
  })
  bookings: BookingType[];
  @Field(() => [BlockedSlotType]) blocks: BlockedSlotType[];
  @Field(() => [AgendaWorkingTime], { description: 'When each practitioner works that day.' })
  workingTime: AgendaWorkingTime[];
}

@ObjectType('AgendaMonthBooking', { description: "A booking as the agenda's month view sums it up." })
export class AgendaMonthBookingType {
  @Field(() => ID) id: string;
  @Field() start: Date;
  @Field(() => BookingStatusEnum) status: BookingStatus;
  @Field({ description: 'The client\'s first name and last initial: "Julie M."' }) clientName: string;
  @Field(() => [ID], { description: 'The practitioners of its items, in order.' }) practitionerIds: string[];
  @Field({ description: "Its first service's category colour (#rrggbb)." }) color: string;
}

@ObjectType('AgendaMonthDay')
export class AgendaMonthDayType {
  @Field(() => LocalDate) day: string;
  @Field(() => [AgendaMonthBookingType], {
    description: 'Bookings starting that day (Europe/Paris), by start; cancelled ones included.',
  })
  bookings: AgendaMonthBookingType[];
}

@ObjectType('AgendaMonth')
export class AgendaMonthType {
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field(() => [PractitionerType]) practitioners: PractitionerType[];
  @Field(() => [AgendaMonthDayType], {
    description: 'Every day of the weeks the month spans, Monday of its first week to Sunday of its last.',
  })
  days: AgendaMonthDayType[];
}

@ObjectType('AgendaChange')
export class AgendaChangeType {
  @Field(() => LocalDate) day: string;
  @Field(() => AgendaChangeKindEnum) kind: AgendaChangeKind;
  @Field(() => BookingType, { nullable: true }) booking: BookingType | null;
  @Field(() => BlockedSlotType, { nullable: true }) block: BlockedSlotType | null;
}
