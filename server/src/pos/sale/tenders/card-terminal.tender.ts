import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../../common/errors.js';
import { PaymentService, TerminalService } from '../../../payment/index.js';
import type { SaleEntity, SaleTenderEntity } from '../sale.entities.js';
import type { RefundRequest, TenderCheck, TenderKind, TenderRequest } from './tender-kind.js';

/**
 * A card on the paired SumUp reader (or the demo's virtual one) through payment's
 * `TerminalService.startCheckout`. The tender stays PENDING while the reader works; the ledger's
 * `payment.succeeded` confirms it (and completes the ticket when covered), a decline or a cancel
 * declines it. Refunds go back through the payment ledger to the same provider.
 */
@Injectable()
export class CardTerminalTender implements TenderKind {
  readonly kind = 'CARD_TERMINAL';
  readonly givesChange = false;
  readonly settles = 'LATER' as const;

  constructor(
    private readonly terminal: TerminalService,
    private readonly payments: PaymentService,
  ) {}

  check(_m: EntityManager, c: TenderCheck): Promise<{ reference: string | null }> {
    if (!c.request.readerId)
      throw new BadUserInputError('Choisissez le terminal de paiement.', 'input.readerId');
    return Promise.resolve({ reference: null });
  }

  async start(
    tender: SaleTenderEntity,
    sale: SaleEntity,
    request: TenderRequest,
    userId: string,
  ): Promise<{ paymentId: string; terminalCheckoutId: string | null }> {
    const checkout = await this.terminal.startCheckout(
      {
        readerId: request.readerId as string,
        amountCents: tender.amountCents,
        reference: `Ticket ${sale.id.slice(0, 8)}`,
        bookingId: sale.bookingId,
        kind: 'SALE',
      },
      userId,
    );
    return { paymentId: checkout.payment.id, terminalCheckoutId: checkout.id };
  }

  async cancel(tender: SaleTenderEntity): Promise<void> {
    if (tender.paymentId === null || tender.terminalCheckoutId === null) {
      throw new ConflictError('Le paiement démarre encore sur le terminal : réessayez dans un instant.');
    }
    const before = await this.payments.get(tender.paymentId);
    if (before === null || before.status !== 'PENDING') return; // already over: the ledger says how
    try {
      await this.terminal.cancelCheckout(tender.terminalCheckoutId);
    } catch (error) {
      // The checkout ended meanwhile (accepted, declined, timed out): the ledger has the outcome.
      const after = await this.payments.get(tender.paymentId);
      if (!(error instanceof ConflictError) || after === null || after.status === 'PENDING') throw error;
    }
  }

  async refund(r: RefundRequest): Promise<{ paymentId: string | null; reference: string | null }> {
    const cards = r.originalTenders.filter((t) => t.kind === this.kind && t.paymentId !== null);
    for (const t of cards) {
      const payment = await this.payments.get(t.paymentId as string);
      if (payment === null || payment.amountCents - payment.refundedCents < r.amountCents) continue;
      await this.payments.refund({
        paymentId: payment.id,
        amountCents: r.amountCents,
        reason: r.reason,
        by: 'SYSTEM',
      });
      return { paymentId: payment.id, reference: null };
    }
    throw new ConflictError(
      'Aucun paiement par carte de ce ticket ne peut rembourser ce montant : choisissez un autre moyen.',
    );
  }
}
