import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators.js';
import { PublicBookingType } from '../booking/index.js';
import { LoyaltyCardClientType, PublicLoyaltyCardType } from './dto/loyalty-card.types.js';
import { LoyaltyCardService } from './loyalty-card.service.js';

/**
 * The loyalty card: a field of the manage-booking page's booking (its own client's card only: the
 * token of the booking is the access), and the till's lookup of a scanned card.
 */
@Resolver(() => PublicBookingType)
export class LoyaltyCardResolver {
  constructor(private readonly cards: LoyaltyCardService) {}

  @ResolveField(() => PublicLoyaltyCardType, {
    nullable: true,
    description: 'The booking client’s loyalty card (null when the program is off).',
  })
  loyalty(@Parent() booking: PublicBookingType): Promise<PublicLoyaltyCardType | null> {
    return this.cards.publicCard(booking.clientId);
  }

  @Roles('STAFF')
  @Query(() => LoyaltyCardClientType, {
    description: 'The client whose loyalty card this is (scanned or typed).',
  })
  loyaltyCardClient(@Args('token') token: string): Promise<LoyaltyCardClientType> {
    return this.cards.clientByToken(token);
  }
}
