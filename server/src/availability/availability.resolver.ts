import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import { roleSatisfies, type AuthUser } from '../common/auth/roles.js';
import { BadUserInputError } from '../common/errors.js';
import { Expensive, type CostArgs } from '../common/rate-limit/query-cost.js';
import { LocalDate } from '../common/scalars.js';
import { isIsoDate } from '../common/time.js';
import { ParseIdPipe } from '../common/validation.js';
import type { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';
import { AvailabilityService, minutesToWallTime } from './availability.service.js';
import { BlockedSlotsService, toBlockSnapshot } from './blocked-slots.service.js';
import { slotSearchCost, type SlotSearchWindow } from './domain/search-cost.js';
import {
  AvailabilityExceptionType,
  AvailableSlot,
  AvailableSlotsInput,
  BlockedSlotType,
  BlockSlotInput,
  CreateClosuresInput,
  SetWorkingHoursInput,
  UpsertAvailabilityExceptionInput,
  WorkingHoursRuleType,
} from './dto/availability.types.js';
import { WorkingHoursService } from './working-hours.service.js';

function toRule(r: WorkingHoursEntity): WorkingHoursRuleType {
  return { weekday: r.weekday, start: minutesToWallTime(r.startMinute), end: minutesToWallTime(r.endMinute) };
}

function toException(e: AvailabilityExceptionEntity): AvailabilityExceptionType {
  return {
    id: e.id,
    practitionerId: e.practitionerId,
    date: e.date,
    kind: e.kind,
    start: e.startMinute === null ? null : minutesToWallTime(e.startMinute),
    end: e.endMinute === null ? null : minutesToWallTime(e.endMinute),
    reason: e.reason,
  };
}

@Resolver()
export class AvailabilityResolver {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly hours: WorkingHoursService,
    private readonly blocks: BlockedSlotsService,
  ) {}

  @Public()
  @Expensive()
  @Query(() => [AvailableSlot], {
    description:
      'Free start times for these services back to back. Online rules (lead time, horizon, online-bookable services) apply except for staff.',
    complexity: (options) => {
      const { args, childComplexity, context } = options as CostArgs;
      return (
        childComplexity + slotSearchCost(args.input as SlotSearchWindow, context?.activePractitioners ?? 1)
      );
    },
  })
  async availableSlots(
    @Args('input') input: AvailableSlotsInput,
    @CurrentUser() user: AuthUser | undefined,
  ): Promise<AvailableSlot[]> {
    const staff = user !== undefined && roleSatisfies(user.role, 'STAFF');
    const { slots, practitioners } = await this.availability.searchSlots(
      {
        serviceIds: input.serviceIds,
        practitionerId: input.practitionerId ?? null,
        from: input.from,
        to: input.to,
      },
      { staff, now: Date.now() },
    );
    const names = new Map(practitioners.map((p) => [p.practitioner.id, p.practitioner.displayName]));
    return slots.map((slot) => ({
      start: new Date(slot.start),
      end: new Date(slot.end),
      practitionerId: slot.practitionerId,
      practitionerName: names.get(slot.practitionerId) ?? '',
      items: slot.items.map((i) => ({
        serviceId: i.serviceId,
        start: new Date(i.start),
        end: new Date(i.end),
      })),
    }));
  }

  @Roles('STAFF')
  @Query(() => [WorkingHoursRuleType], { description: "A practitioner's weekly opening ranges." })
  async workingHours(
    @Args('practitionerId', { type: () => ID }, ParseIdPipe) practitionerId: string,
  ): Promise<WorkingHoursRuleType[]> {
    return (await this.hours.rules(practitionerId)).map(toRule);
  }

  @Roles('ADMIN')
  @Mutation(() => [WorkingHoursRuleType], { description: "Replaces a practitioner's weekly opening ranges." })
  async setWorkingHours(@Args('input') input: SetWorkingHoursInput): Promise<WorkingHoursRuleType[]> {
    return (await this.hours.setRules(input)).map(toRule);
  }

  @Roles('STAFF')
  @Query(() => [AvailabilityExceptionType], {
    description: 'Closures and extra hours between two dates (inclusive).',
  })
  async availabilityExceptions(
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
  ): Promise<AvailabilityExceptionType[]> {
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
      const message = 'Période invalide : la date de fin doit suivre la date de début.';
      throw new BadUserInputError(message, [
        { field: 'from', message },
        { field: 'to', message },
      ]);
    }
    return (await this.hours.exceptions(from, to)).map(toException);
  }

  @Roles('ADMIN')
  @Mutation(() => AvailabilityExceptionType, {
    description: 'Creates (no id) or updates a closure or extra hours.',
  })
  async upsertAvailabilityException(
    @Args('input') input: UpsertAvailabilityExceptionInput,
  ): Promise<AvailabilityExceptionType> {
    return toException(await this.hours.upsertException(input));
  }

  @Roles('ADMIN')
  @Mutation(() => [AvailabilityExceptionType], {
    description:
      'Closes all day, date by date from `from` to `to` (at most 62 days): the whole institute, or one practitioner (leave).',
  })
  async createClosures(@Args('input') input: CreateClosuresInput): Promise<AvailabilityExceptionType[]> {
    return (await this.hours.createClosures(input)).map(toException);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean)
  deleteAvailabilityException(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    return this.hours.deleteException(id);
  }

  @Roles('STAFF')
  @Mutation(() => BlockedSlotType, {
    description: 'Takes time out of the agenda (a practitioner, a cabin or both).',
  })
  async blockSlot(
    @Args('input') input: BlockSlotInput,
    @CurrentUser() user: AuthUser,
  ): Promise<BlockedSlotType> {
    return toBlockSnapshot(await this.blocks.block(input, user));
  }

  @Roles('STAFF')
  @Mutation(() => BlockedSlotType, { description: 'Removes a block; returns what was removed.' })
  async unblockSlot(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<BlockedSlotType> {
    return toBlockSnapshot(await this.blocks.unblock(id));
  }
}
