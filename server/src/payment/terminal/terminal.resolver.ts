import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators.js';
import type { AuthUser } from '../../common/auth/roles.js';
import { ParseIdPipe } from '../../common/validation.js';
import { PubSubService } from '../../graphql/pubsub.service.js';
import {
  PairReaderInput,
  RenameReaderInput,
  SimulateTerminalOutcomeInput,
  StartTerminalCheckoutInput,
  TerminalCheckoutType,
  TerminalReaderType,
} from './dto/terminal.types.js';
import { TerminalReaderService } from './terminal-reader.service.js';
import { TerminalCheckoutViewService, terminalCheckoutTrigger } from './terminal-checkout-view.service.js';
import { TerminalService } from './terminal.service.js';

@Resolver()
export class TerminalResolver {
  constructor(
    private readonly terminals: TerminalService,
    private readonly readerService: TerminalReaderService,
    private readonly checkoutViews: TerminalCheckoutViewService,
    private readonly pubsub: PubSubService,
  ) {}

  @Roles('STAFF')
  @Query(() => [TerminalReaderType], {
    description: 'Card terminals with their live status (the demo lists a virtual one).',
  })
  readers(): Promise<TerminalReaderType[]> {
    return this.readerService.readers();
  }

  @Roles('ADMIN')
  @Mutation(() => TerminalReaderType, { description: 'Pairs a SumUp Solo showing a pairing code.' })
  pairReader(@Args('input') input: PairReaderInput): Promise<TerminalReaderType> {
    return this.readerService.pairReader(input.pairingCode, input.name);
  }

  @Roles('ADMIN')
  @Mutation(() => TerminalReaderType)
  renameReader(@Args('input') input: RenameReaderInput): Promise<TerminalReaderType> {
    return this.readerService.renameReader(input.id, input.name);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: 'Unpairs a terminal (its past payments stay).' })
  removeReader(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    return this.readerService.removeReader(id);
  }

  @Roles('STAFF')
  @Mutation(() => TerminalCheckoutType, {
    description: 'Sends an amount to a terminal; follow it with terminalCheckoutUpdated.',
  })
  startTerminalCheckout(
    @Args('input') input: StartTerminalCheckoutInput,
    @CurrentUser() user: AuthUser,
  ): Promise<TerminalCheckoutType> {
    return this.terminals.startCheckout(
      {
        readerId: input.readerId,
        amountCents: input.amountCents,
        reference: input.reference || null,
        bookingId: input.bookingId ?? null,
        kind: input.kind ?? 'BALANCE',
      },
      user.id,
    );
  }

  @Roles('STAFF')
  @Mutation(() => TerminalCheckoutType, { description: 'Stops a payment still waiting on the terminal.' })
  cancelTerminalCheckout(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<TerminalCheckoutType> {
    return this.terminals.cancelCheckout(id);
  }

  @Roles('STAFF')
  @Query(() => TerminalCheckoutType)
  terminalCheckout(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<TerminalCheckoutType> {
    return this.checkoutViews.view(id);
  }

  @Roles('STAFF')
  @Mutation(() => TerminalCheckoutType, {
    description: 'Demo mode only: the virtual terminal accepts or declines the card.',
  })
  simulateTerminalOutcome(@Args('input') input: SimulateTerminalOutcomeInput): Promise<TerminalCheckoutType> {
    return this.terminals.simulateOutcome(input.checkoutId, input.outcome);
  }

  @Roles('STAFF')
  @Subscription(() => TerminalCheckoutType, {
    description: 'Every state change of a terminal checkout, after commit, until it is final.',
  })
  terminalCheckoutUpdated(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(terminalCheckoutTrigger(id));
  }
}
