import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators.js';
import type { AuthUser } from '../../common/auth/roles.js';
import { pageOf } from '../../common/pagination.js';
import { ParseIdPipe } from '../../common/validation.js';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { CancelSaleTenderService } from './cancel-sale-tender.service.js';
import { CreditNoteService } from './credit-note.service.js';
import { CancelSaleTenderInput } from './dto/cancel-sale-tender.input.js';
import { IssueCreditNoteInput } from './dto/issue-credit-note.input.js';
import { PaySaleInput } from './dto/pay-sale.input.js';
import {
  AddSaleLineInput,
  ApplyDiscountInput,
  OpenSaleInput,
  ParkSaleInput,
  RemoveSaleLineInput,
  SetSaleClientInput,
  UpdateSaleLineInput,
} from './dto/sale-cart.inputs.js';
import { SalesArgs } from './dto/sales.args.js';
import { SalePageType, SaleType } from './dto/sale.types.js';
import { SaleCartService, type Actor } from './sale-cart.service.js';
import { SalePaymentService } from './sale-payment.service.js';
import { saleTrigger, type SaleUpdatedMessage } from './sale.publisher.js';
import { SaleQueryService } from './sale-query.service.js';
import { DepositTender } from './tenders/deposit.tender.js';

const actor = (user: AuthUser): Actor => ({
  userId: user.id,
  admin: user.role === 'ADMIN',
  sessionId: user.sessionId,
});

/** The till's tickets: ring up, discount, pay, park, credit notes, live updates. STAFF sells. */
@Resolver(() => SaleType)
export class SaleResolver {
  constructor(
    private readonly cart: SaleCartService,
    private readonly payment: SalePaymentService,
    private readonly creditNotes: CreditNoteService,
    private readonly queries: SaleQueryService,
    private readonly pubsub: PubSubService,
    private readonly tenderCancel: CancelSaleTenderService,
    private readonly deposits: DepositTender,
  ) {}

  @ResolveField(() => Int, {
    description: 'The booking’s deposit still available to pay this ticket with (0 without a booking).',
  })
  depositAvailableCents(@Parent() sale: SaleType): Promise<number> {
    return sale.bookingId === null || sale.status === 'COMPLETED'
      ? Promise.resolve(0)
      : this.deposits.available(undefined, sale.bookingId);
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => SaleType)
  sale(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<SaleType> {
    return this.queries.view(id);
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => SalePageType, {
    description: 'Tickets and credit notes, newest first (PARKED: those put aside).',
  })
  sales(@Args() args: SalesArgs): Promise<SalePageType> {
    const { offset, limit } = pageOf(args.page);
    return this.queries.list(args.filter ?? {}, offset, limit);
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, {
    description: 'A new ticket; with a booking, its items and deposit (resumes its open ticket).',
  })
  openSale(@Args('input') input: OpenSaleInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.cart.open(input, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, { description: 'Attaches the client to an open ticket (null: none).' })
  setSaleClient(@Args('input') input: SetSaleClientInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.cart.setClient(input.saleId, input.clientId ?? null, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType)
  addSaleLine(@Args('input') input: AddSaleLineInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.cart.addLine(input, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType)
  updateSaleLine(
    @Args('input') input: UpdateSaleLineInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleType> {
    return this.cart.updateLine(input, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType)
  removeSaleLine(
    @Args('input') input: RemoveSaleLineInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleType> {
    return this.cart.removeLine(input.lineId, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, {
    description: 'Per line or ticket, with a reason; above the setting, ADMIN only.',
  })
  applyDiscount(@Args('input') input: ApplyDiscountInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.cart.applyDiscount(input, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, {
    description:
      'Adds a tender (idempotent on its key); the ticket completes when confirmed tenders cover it.',
  })
  paySale(@Args('input') input: PaySaleInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.payment.pay(input, { userId: user.id, sessionId: user.sessionId });
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, {
    description: 'Stops a pending card tender on the reader and declines it (idempotent).',
  })
  cancelSaleTender(
    @Args('input') input: CancelSaleTenderInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleType> {
    return this.tenderCancel.cancel(input, { userId: user.id, sessionId: user.sessionId });
  }

  @Roles('STAFF')
  @Mutation(() => SaleType)
  parkSale(@Args('input') input: ParkSaleInput, @CurrentUser() user: AuthUser): Promise<SaleType> {
    return this.cart.park(input.saleId, actor(user));
  }

  @Roles('STAFF')
  @Mutation(() => SaleType, {
    description: 'A credit note on a completed ticket; above the setting, ADMIN only.',
  })
  issueCreditNote(
    @Args('input') input: IssueCreditNoteInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleType> {
    return this.creditNotes.issue(input, actor(user));
  }

  @Roles('STAFF')
  @Subscription(() => SaleType, {
    description: 'The ticket after each committed change.',
    // The message carries the id only: the ticket is read here, for a subscriber that is listening, not
    // on every change whether anyone listens or not (most changes have no subscriber).
    resolve(this: SaleResolver, message: SaleUpdatedMessage): Promise<SaleType> {
      return this.queries.view(message.saleId);
    },
  })
  saleUpdated(@Args('id', { type: () => ID }, ParseIdPipe) id: string): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(saleTrigger(id));
  }
}
