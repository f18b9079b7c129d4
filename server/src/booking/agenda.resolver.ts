import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { toBlockSnapshot } from '../availability/index.js';
import { toPractitionerType } from '../catalog/index.js';
import { Roles } from '../common/auth/access.decorators.js';
import { BadUserInputError } from '../common/errors.js';
import { LocalDate } from '../common/scalars.js';
import { isIsoDate } from '../common/time.js';
import { ParseIdListPipe } from '../common/validation.js';
import { PubSubService } from '../graphql/pubsub.service.js';
import { agendaTrigger } from './agenda.publisher.js';
import { AgendaService } from './agenda.service.js';
import { toBookingType } from './dto/booking.mappers.js';
import { AgendaChangeType, AgendaMonthType, AgendaType } from './dto/booking.types.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The colour of a booking whose service has no category (as the booking mapper does). */
const DEFAULT_COLOR = '#8e5b6e';

/** "Julie M.": first name and last initial. */
function shortName(firstName: string, lastName: string): string {
  const initial = lastName.trim().charAt(0).toUpperCase();
  return initial === '' ? firstName.trim() : `${firstName.trim()} ${initial}.`;
}

@Resolver()
export class AgendaResolver {
  constructor(
    private readonly agendaService: AgendaService,
    private readonly pubsub: PubSubService,
  ) {}

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
  @Query(() => AgendaMonthType, {
    description:
      'A month of the agenda (Europe/Paris) summed up per day, over the weeks it spans, for some or all practitioners.',
  })
  async agendaMonth(
    @Args('month', { description: 'YYYY-MM.' }) month: string,
    @Args('practitionerIds', { type: () => [ID], nullable: true }, ParseIdListPipe)
    practitionerIds?: string[] | null,
  ): Promise<AgendaMonthType> {
    if (!MONTH.test(month)) throw new BadUserInputError('Mois invalide (AAAA-MM attendu).', 'month');
    const result = await this.agendaService.month(month, practitionerIds ?? null);
    return {
      month: result.month,
      practitioners: result.practitioners.map(toPractitionerType),
      days: result.days.map(({ day, bookings }) => ({
        day,
        bookings: bookings.map((b) => ({
          id: b.id,
          start: b.start,
          status: b.status,
          clientName: shortName(b.clientFirstName, b.clientLastName),
          practitionerIds: b.practitionerIds,
          color: b.color ?? DEFAULT_COLOR,
        })),
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
}
