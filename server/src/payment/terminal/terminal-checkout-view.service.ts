import { Injectable, Logger } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { PubSubService } from '../../graphql/pubsub.service.js';
import { toPaymentType } from '../dto/payment.mapper.js';
import { isFinalTerminalStatus } from './domain/terminal-status.js';
import type { TerminalCheckoutType } from './dto/terminal.types.js';
import { TerminalRepository, type CheckoutWithRelations } from './terminal.repository.js';

export const terminalCheckoutTrigger = (id: string) => `terminalCheckoutUpdated:${id}`;

/**
 * What a till sees of a terminal checkout: the GraphQL view of one checkout, and its publication to
 * `terminalCheckoutUpdated(id)` (called after commit by the services that move a checkout).
 */
@Injectable()
export class TerminalCheckoutViewService {
  private readonly logger = new Logger(TerminalCheckoutViewService.name);

  constructor(
    private readonly repo: TerminalRepository,
    private readonly pubsub: PubSubService,
  ) {}

  async view(id: string): Promise<TerminalCheckoutType> {
    const c = await this.load(id);
    return {
      id: c.id,
      readerId: c.readerId,
      readerName: c.reader.name,
      provider: c.provider,
      status: c.status,
      final: isFinalTerminalStatus(c.status),
      amountCents: c.amountCents,
      currency: c.currency,
      reference: c.reference,
      failureReason: c.failureReason,
      payment: toPaymentType(c.payment),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      expiresAt: c.expiresAt,
      finalAt: c.finalAt,
    };
  }

  /** The checkout with its reader and payment; NotFoundError if there is none. */
  async load(id: string): Promise<CheckoutWithRelations> {
    const checkout = await this.repo.withRelations(id);
    if (checkout === null) throw new NotFoundError('Paiement par terminal introuvable.');
    return checkout;
  }

  /** Publishes the checkout as it now is; a failure is logged, never thrown (the change is committed). */
  async publish(id: string): Promise<void> {
    try {
      await this.pubsub.publish(terminalCheckoutTrigger(id), {
        terminalCheckoutUpdated: await this.view(id),
      });
    } catch (error) {
      this.logger.warn(
        { checkoutId: id, err: (error as Error).message },
        'Could not publish a terminal update',
      );
    }
  }
}
