import { Args, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { PubSubService } from '../graphql/pubsub.service.js';
import { BookingSettingsType, UpdateBookingSettingsInput } from './dto/booking-settings.types.js';
import { InstituteType, SettingsType, UpdateInstituteInput } from './dto/institute.types.js';
import { INSTITUTE_UPDATED } from './settings.listener.js';
import { SettingsService } from './settings.service.js';

@Resolver(() => SettingsType)
export class SettingsResolver {
  constructor(
    private readonly settings: SettingsService,
    private readonly pubsub: PubSubService,
  ) {}

  @Public()
  @Query(() => SettingsType, {
    name: 'settings',
    description: "The institute's settings visible to the caller.",
  })
  settingsQuery(): SettingsType {
    return {} as SettingsType;
  }

  @ResolveField(() => InstituteType)
  institute(): Promise<InstituteType> {
    return this.settings.institute();
  }

  @ResolveField(() => BookingSettingsType)
  booking(): Promise<BookingSettingsType> {
    return this.settings.bookingSettings();
  }

  @Roles('ADMIN')
  @Mutation(() => BookingSettingsType, { description: 'Updates the booking policy (admin only).' })
  updateBookingSettings(@Args('input') input: UpdateBookingSettingsInput): Promise<BookingSettingsType> {
    return this.settings.updateBookingSettings(input);
  }

  @Roles('ADMIN')
  @Mutation(() => InstituteType, { description: "Updates the institute's identity (admin only)." })
  updateInstitute(
    @Args('input') input: UpdateInstituteInput,
    @CurrentUser() user: AuthUser,
  ): Promise<InstituteType> {
    return this.settings.updateInstitute(input, user);
  }

  @Roles('STAFF')
  @Subscription(() => InstituteType, {
    description: "Fires when the institute's identity changes (all server processes).",
    resolve: (payload: { institute: InstituteType }) => payload.institute,
  })
  instituteUpdated(): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(INSTITUTE_UPDATED);
  }
}
