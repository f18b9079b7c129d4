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
import { AgendaChangeType, AgendaType } from './dto/booking.types.js';

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
  @Subscription(() => AgendaChangeType, {
    description: 'Every create, move, status change, cancellation and block touching that day, after commit.',
  })
  agendaChanged(@Args('day', { type: () => LocalDate }) day: string): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(agendaTrigger(day));
  }
}
