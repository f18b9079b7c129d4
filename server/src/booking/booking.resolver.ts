import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import { roleSatisfies, type AuthUser } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/validation.js';
import { BookingQueryService } from './booking-query.service.js';
import { BookingService } from './booking.service.js';
import { CreateBookingService } from './create-booking.service.js';
import { toBookingType } from './dto/booking.mappers.js';
import {
  BookingsFilter,
  CancelBookingByTokenInput,
  CancelBookingInput,
  CreateBookingInput,
  RescheduleBookingByTokenInput,
  RescheduleBookingInput,
} from './dto/booking.inputs.js';
import { BookingPage, BookingType, CreateBookingPayload, PublicBookingType } from './dto/booking.types.js';
import { PublicBookingService } from './public-booking.service.js';
import { RescheduleBookingService } from './reschedule-booking.service.js';
import type { Caller } from './slot-refusal.service.js';

function caller(user: AuthUser | undefined): Caller {
  return { userId: user?.id ?? null, staff: user !== undefined && roleSatisfies(user.role, 'STAFF') };
}

@Resolver()
export class BookingResolver {
  constructor(
    private readonly creator: CreateBookingService,
    private readonly statuses: BookingService,
    private readonly moves: RescheduleBookingService,
    private readonly queries: BookingQueryService,
    private readonly publicBookings: PublicBookingService,
  ) {}

  @Public()
  @Mutation(() => CreateBookingPayload, {
    description:
      'Books a slot. Online (anonymous or client): with contact details; a booking needing a deposit waits PENDING for it. Staff: for any client, confirmed at once.',
  })
  createBooking(
    @Args('input') input: CreateBookingInput,
    @CurrentUser() user: AuthUser | undefined,
  ): Promise<CreateBookingPayload> {
    return this.creator.createBooking(input, caller(user));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async confirmBooking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.statuses.confirm(id));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async cancelBooking(@Args('input') input: CancelBookingInput): Promise<BookingType> {
    return toBookingType(await this.statuses.cancel(input.id, input.reason ?? null, 'STAFF'));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType, {
    description: 'Moves a booking; a taken slot is a CONFLICT with alternatives.',
  })
  async rescheduleBooking(
    @Args('input') input: RescheduleBookingInput,
    @CurrentUser() user: AuthUser,
  ): Promise<BookingType> {
    return toBookingType(
      await this.moves.reschedule(input.id, input.start, input.practitionerId ?? null, caller(user)),
    );
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async markNoShow(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.statuses.markNoShow(id));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async completeBooking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.statuses.complete(id));
  }

  @Roles('STAFF')
  @Query(() => BookingType)
  async booking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.queries.view(id));
  }

  @Roles('STAFF')
  @Query(() => BookingPage, { description: 'Bookings, most recent start first.' })
  async bookings(@Args('filter', { nullable: true }) filter?: BookingsFilter): Promise<BookingPage> {
    const { items, total } = await this.queries.search(filter ?? {});
    return { items: items.map(toBookingType), total };
  }

  @Public()
  @Query(() => PublicBookingType, { description: 'The booking behind a client’s manage link.' })
  bookingByToken(@Args('token') token: string): Promise<PublicBookingType> {
    return this.publicBookings.byToken(token);
  }

  @Public()
  @Mutation(() => PublicBookingType, { description: 'Cancels from the manage link, until the deadline.' })
  cancelBookingByToken(@Args('input') input: CancelBookingByTokenInput): Promise<PublicBookingType> {
    return this.publicBookings.cancel(input);
  }

  @Public()
  @Mutation(() => PublicBookingType, { description: 'Moves from the manage link, until the deadline.' })
  rescheduleBookingByToken(@Args('input') input: RescheduleBookingByTokenInput): Promise<PublicBookingType> {
    return this.publicBookings.reschedule(input);
  }
}
