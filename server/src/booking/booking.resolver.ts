import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { toBlockSnapshot } from '../availability/index.js';
import { toPractitionerType } from '../catalog/index.js';
import { normalizeEmail, normalizeName, normalizePhone } from '../clients/index.js';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import { roleSatisfies, type AuthUser } from '../common/auth/roles.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { LocalDate } from '../common/scalars.js';
import { INSTITUTE_TIME_ZONE, isIsoDate } from '../common/time.js';
import { ParseIdListPipe, ParseIdPipe } from '../common/validation.js';
import { PubSubService } from '../graphql/pubsub.service.js';
import { SettingsService } from '../settings/index.js';
import { agendaTrigger } from './agenda.publisher.js';
import { AgendaService } from './agenda.service.js';
import { BookingService, type Caller } from './booking.service.js';
import { clientChangeDecision } from './domain/change-policy.js';
import { itemDeposit, netPaidCents, toBookingType } from './dto/booking.mappers.js';
import {
  AgendaChangeType,
  AgendaType,
  BookingPage,
  BookingsFilter,
  BookingType,
  CancelBookingByTokenInput,
  CancelBookingInput,
  CreateBookingInput,
  CreateBookingPayload,
  PublicBookingType,
  RescheduleBookingByTokenInput,
  RescheduleBookingInput,
} from './dto/booking.types.js';

const deadlineFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: INSTITUTE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDeadlineFr(instant: number): string {
  return deadlineFormat.format(new Date(instant)).replace(/ (\d\d:\d\d)$/, ' à $1');
}

function caller(user: AuthUser | undefined): Caller {
  return { userId: user?.id ?? null, staff: user !== undefined && roleSatisfies(user.role, 'STAFF') };
}

@Resolver()
export class BookingResolver {
  constructor(
    private readonly service: BookingService,
    private readonly agendaService: AgendaService,
    private readonly settings: SettingsService,
    private readonly pubsub: PubSubService,
  ) {}

  @Public()
  @Mutation(() => CreateBookingPayload, {
    description:
      'Books a slot. Online (anonymous or client): with contact details; a booking needing a deposit waits PENDING for it. Staff: for any client, confirmed at once.',
  })
  async createBooking(
    @Args('input') input: CreateBookingInput,
    @CurrentUser() user: AuthUser | undefined,
  ): Promise<CreateBookingPayload> {
    const who = caller(user);
    const created = await this.service.create(input, who);
    const booking = toBookingType(created.booking);
    if (!who.staff && input.client) {
      // An online caller sees back what they typed, never what the institute has on file for a
      // client matched by e-mail (someone who knows an address must not learn the phone).
      booking.client = {
        ...booking.client,
        firstName: normalizeName(input.client.firstName),
        lastName: normalizeName(input.client.lastName),
        email: normalizeEmail(input.client.email),
        phone: normalizePhone(input.client.phone),
        notes: null,
        marketingConsent: false,
        serviceEmailOptOut: false,
        serviceSmsOptOut: false,
      };
      // Nor whether a client with that phone and name exists.
      booking.clientMatch = null;
      booking.possibleDuplicate = null;
    }
    return { booking, manageToken: created.manageToken };
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async confirmBooking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.service.confirm(id));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async cancelBooking(@Args('input') input: CancelBookingInput): Promise<BookingType> {
    return toBookingType(await this.service.cancel(input.id, input.reason ?? null, 'STAFF'));
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
      await this.service.reschedule(input.id, input.start, input.practitionerId ?? null, caller(user)),
    );
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async markNoShow(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.service.markNoShow(id));
  }

  @Roles('STAFF')
  @Mutation(() => BookingType)
  async completeBooking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.service.complete(id));
  }

  @Roles('STAFF')
  @Query(() => BookingType)
  async booking(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BookingType> {
    return toBookingType(await this.service.view(id));
  }

  @Roles('STAFF')
  @Query(() => BookingPage, { description: 'Bookings, most recent start first.' })
  async bookings(@Args('filter', { nullable: true }) filter?: BookingsFilter): Promise<BookingPage> {
    const { items, total } = await this.service.search(filter ?? {});
    return { items: items.map(toBookingType), total };
  }

  @Public()
  @Query(() => PublicBookingType, { description: 'The booking behind a client’s manage link.' })
  async bookingByToken(@Args('token') token: string): Promise<PublicBookingType> {
    return this.publicView(await this.service.idForToken(this.checkedToken(token, 'token')));
  }

  @Public()
  @Mutation(() => PublicBookingType, { description: 'Cancels from the manage link, until the deadline.' })
  async cancelBookingByToken(@Args('input') input: CancelBookingByTokenInput): Promise<PublicBookingType> {
    const id = await this.service.idForToken(this.checkedToken(input.token, 'input.token'));
    await this.assertClientMayChange(id);
    await this.service.cancel(id, input.reason ?? null, 'CLIENT');
    return this.publicView(id);
  }

  @Public()
  @Mutation(() => PublicBookingType, { description: 'Moves from the manage link, until the deadline.' })
  async rescheduleBookingByToken(
    @Args('input') input: RescheduleBookingByTokenInput,
  ): Promise<PublicBookingType> {
    const id = await this.service.idForToken(this.checkedToken(input.token, 'input.token'));
    await this.assertClientMayChange(id);
    await this.service.reschedule(id, input.start, null, { userId: null, staff: false });
    return this.publicView(id);
  }

  @Roles('STAFF')
  @Query(() => AgendaType, {
    description: 'One day of the agenda (Europe/Paris), for some or all practitioners.',
  })
  async agenda(
    @Args('day', { type: () => LocalDate }) day: string,
    @Args('practitionerIds', { type: () => [ID], nullable: true }, ParseIdListPipe)
    practitionerIds?: string[] | null,
  ): Promise<AgendaType> {
    if (!isIsoDate(day)) throw new BadUserInputError('Date invalide.', 'day');
    const result = await this.agendaService.day(day, practitionerIds ?? null);
    return {
      day: result.day,
      practitioners: result.practitioners.map(toPractitionerType),
      bookings: result.bookings.map(toBookingType),
      blocks: result.blocks.map(toBlockSnapshot),
      workingTime: result.workingTime.map((w) => ({
        practitionerId: w.practitionerId,
        start: new Date(w.interval.start),
        end: new Date(w.interval.end),
      })),
    };
  }

  @Roles('STAFF')
  @Subscription(() => AgendaChangeType, {
    description: 'Every create, move, status change, cancellation and block touching that day, after commit.',
  })
  agendaChanged(@Args('day', { type: () => LocalDate }) day: string): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(agendaTrigger(day));
  }

  private checkedToken(token: string, field: string): string {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token))
      throw new BadUserInputError('Ce lien de gestion est incomplet ou invalide.', field);
    return token;
  }

  private async assertClientMayChange(id: string): Promise<void> {
    const booking = await this.service.view(id);
    const settings = await this.settings.bookingSettings();
    const decision = clientChangeDecision(
      booking.status,
      booking.startsAt.getTime(),
      Date.now(),
      settings.cancellationDeadlineHours,
      formatDeadlineFr,
    );
    // Too late, or no longer open: the booking's state refuses it, not the input.
    if (!decision.allowed) throw new ConflictError(decision.reason as string);
  }

  private async publicView(id: string): Promise<PublicBookingType> {
    const b = await this.service.view(id);
    const settings = await this.settings.bookingSettings();
    const decision = clientChangeDecision(
      b.status,
      b.startsAt.getTime(),
      Date.now(),
      settings.cancellationDeadlineHours,
      formatDeadlineFr,
    );
    const items = b.items ?? [];
    return {
      reference: b.reference,
      status: b.status,
      start: b.startsAt,
      end: b.endsAt,
      serviceIds: items.map((i) => i.serviceId),
      practitionerId: items[0]?.practitionerId ?? '',
      items: items.map((i) => ({
        serviceName: i.serviceName,
        durationMinutes: i.durationMinutes,
        practitionerName: i.practitioner?.displayName ?? '',
        start: i.startsAt,
        end: i.endsAt,
        priceCents: i.priceCents,
      })),
      totalCents: items.reduce((sum, i) => sum + i.priceCents, 0),
      depositCents: items.reduce((sum, i) => sum + itemDeposit(i), 0),
      depositPaidCents: netPaidCents(b.payments, 'DEPOSIT'),
      clientFirstName: b.client?.firstName ?? '',
      changeDeadline: new Date(decision.deadline),
      canChange: decision.allowed,
      changeRefusal: decision.reason,
      holdExpiresAt: b.holdExpiresAt,
    };
  }
}
