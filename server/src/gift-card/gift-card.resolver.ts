import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import type { AuthUser } from '../common/auth/roles.js';
import { clientIp } from '../common/http/client-ip.js';
import { pageOf } from '../common/pagination.js';
import { ParseIdPipe } from '../common/validation.js';
import {
  CancelGiftCardInput,
  ExtendGiftCardInput,
  GiftCardsArgs,
  RedeemGiftCardInput,
} from './dto/gift-card.inputs.js';
import { toGiftCard } from './dto/gift-card.mappers.js';
import {
  GiftCardBalanceType,
  GiftCardCountsType,
  GiftCardPageType,
  GiftCardRedemptionType,
  GiftCardType,
  SoldGiftCardType,
} from './dto/gift-card.types.js';
import { GiftCardAdminService } from './gift-card-admin.service.js';
import { GiftCardQueryService } from './gift-card-query.service.js';
import { GiftCardRedemptionService } from './gift-card-redemption.service.js';

/** Gift cards: staff look up, list and redeem; admins extend and cancel; anyone checks a balance. */
@Resolver(() => GiftCardType)
export class GiftCardResolver {
  constructor(
    private readonly queries: GiftCardQueryService,
    private readonly redemption: GiftCardRedemptionService,
    private readonly admin: GiftCardAdminService,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'The ticket n° that sold it at the till (a credit note on it takes the card back).',
  })
  saleNumber(@Parent() card: GiftCardType): Promise<number | null> {
    return card.saleId === null ? Promise.resolve(null) : this.queries.saleNumber(card.saleId);
  }

  @Roles('STAFF')
  @Query(() => GiftCardType, { description: 'A card by its code (typed or scanned), with its ledger.' })
  async giftCard(@Args('code') code: string): Promise<GiftCardType> {
    return toGiftCard(await this.queries.byCode(code));
  }

  @Roles('STAFF')
  @Query(() => GiftCardType, { description: 'A card by its id (the CRM detail page), with its ledger.' })
  async giftCardById(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<GiftCardType> {
    return toGiftCard(await this.queries.byId(id));
  }

  @Roles('STAFF')
  @Query(() => GiftCardCountsType, { description: 'How many cards each filter of the list shows.' })
  async giftCardCounts(): Promise<GiftCardCountsType> {
    const c = await this.queries.counts();
    return {
      pendingPayment: c.PENDING_PAYMENT,
      active: c.ACTIVE,
      partlyUsed: c.partlyUsed,
      used: c.USED,
      expired: c.EXPIRED,
      cancelled: c.CANCELLED,
      total: c.PENDING_PAYMENT + c.ACTIVE + c.USED + c.EXPIRED + c.CANCELLED,
    };
  }

  @Roles('STAFF')
  @Query(() => GiftCardPageType, { description: 'Cards, newest first.' })
  async giftCards(@Args() args: GiftCardsArgs): Promise<GiftCardPageType> {
    const { offset, limit } = pageOf(args.page);
    const page = await this.queries.list(args.filter ?? {}, offset, limit);
    return { items: page.items.map(toGiftCard), total: page.total };
  }

  @Roles('STAFF')
  @Query(() => [SoldGiftCardType], { description: 'The cards a ticket sold, with their codes to print.' })
  async soldGiftCards(
    @Args('saleId', { type: () => ID }, ParseIdPipe) saleId: string,
  ): Promise<SoldGiftCardType[]> {
    const sold = await this.queries.soldOnSale(saleId);
    return sold.map(({ view, code }) => ({ giftCard: toGiftCard(view), code }));
  }

  @Public()
  @Query(() => GiftCardBalanceType, {
    description:
      'Public balance check: balance and expiry only. 10 attempts a minute per IP and per code prefix; ' +
      'every failure gets the same answer.',
  })
  giftCardBalance(@Args('code') code: string, @Context() ctx: GraphQLContext): Promise<GiftCardBalanceType> {
    return this.queries.publicBalance(code, clientIp(ctx.req));
  }

  @Roles('STAFF')
  @Mutation(() => GiftCardRedemptionType, {
    description: 'Spends part of a card outside a ticket (at the till, pay with the GIFT_CARD tender).',
  })
  async redeemGiftCard(
    @Args('input') input: RedeemGiftCardInput,
    @CurrentUser() user: AuthUser,
  ): Promise<GiftCardRedemptionType> {
    const done = await this.redemption.redeemNow({
      code: input.code,
      amountCents: input.amountCents,
      reference: input.reference ?? null,
      by: user.id,
      now: Date.now(),
      fields: { code: 'input.code', amountCents: 'input.amountCents' },
    });
    return {
      giftCardId: done.card.id,
      last4: done.card.codeLast4,
      redeemedCents: done.redeemedCents,
      balanceCents: done.balanceCents,
    };
  }

  @Roles('ADMIN')
  @Mutation(() => GiftCardType, {
    description: 'A later last valid day, with a reason (an expired card revives).',
  })
  async extendGiftCard(
    @Args('input') input: ExtendGiftCardInput,
    @CurrentUser() user: AuthUser,
  ): Promise<GiftCardType> {
    return toGiftCard(await this.admin.extend(input, user.id));
  }

  @Roles('ADMIN')
  @Mutation(() => GiftCardType, { description: 'Cancels a card nobody has spent from.' })
  async cancelGiftCard(
    @Args('input') input: CancelGiftCardInput,
    @CurrentUser() user: AuthUser,
  ): Promise<GiftCardType> {
    return toGiftCard(await this.admin.cancel(input, user.id));
  }
}
