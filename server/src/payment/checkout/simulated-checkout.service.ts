import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { PaymentLedgerService } from '../ledger.service.js';
import type { PaymentEntity } from '../payment.entities.js';
import { PaymentRepository } from '../payment.repository.js';
import {
  NO_CHECKOUT_DETAILS,
  ownerColumns,
  type ConfirmRequest,
  type DepositRequest,
  type OnlineCheckout,
  type PaymentProvider,
} from '../providers/payment-provider.js';

/**
 * The simulated provider (demo and development, never in production): cards online when Stripe has no
 * keys, and the virtual terminal's payments. Its outcome takes the same path as a real provider's report.
 */
@Injectable()
export class SimulatedCheckoutService implements PaymentProvider {
  readonly name = 'SIMULATED' as const;
  /** After Stripe: only when Stripe is not configured. */
  readonly online = { method: 'CARD_ONLINE', priority: 2 } as const;

  constructor(
    private readonly ledger: PaymentLedgerService,
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  isAvailable(): Promise<boolean> {
    return Promise.resolve(this.config.simulatedPayments);
  }

  async createDeposit(input: DepositRequest): Promise<OnlineCheckout> {
    const payment =
      (await this.repo.pendingDeposit(input.owner, 'SIMULATED', input.amountCents)) ??
      (await this.ledger.openDeposit({
        ...ownerColumns(input.owner),
        amountCents: input.amountCents,
        method: 'CARD_ONLINE',
        provider: 'SIMULATED',
        createdBy: null,
      }));
    return { payment, provider: 'SIMULATED', ...NO_CHECKOUT_DETAILS };
  }

  /** The demo's "approve" or "decline" of an online payment (`paymentId`). */
  async confirm({ paymentId, approved }: ConfirmRequest): Promise<PaymentEntity> {
    if (!this.config.simulatedPayments) throw new ForbiddenError('Le paiement simulé est désactivé.');
    // Online payments only: the virtual terminal's go through its checkout (simulateTerminalOutcome).
    const payment = paymentId === undefined ? null : await this.repo.simulatedOnline(paymentId);
    if (payment === null) throw new NotFoundError('Paiement introuvable.');
    const reference = payment.providerReference ?? `sim_${payment.id}`;
    if (payment.providerReference === null) await this.ledger.setReference(payment.id, reference);
    const outcome = approved === true ? 'SUCCEEDED' : 'FAILED';
    const updated = await this.tx.run((uow) =>
      this.ledger.converge(
        uow,
        'SIMULATED',
        reference,
        outcome,
        outcome === 'SUCCEEDED' ? 'approved' : 'declined',
        outcome === 'FAILED' ? 'Paiement refusé (simulation).' : null,
      ),
    );
    return updated as PaymentEntity;
  }

  refund(_payment: PaymentEntity, _amountCents: number, refundId: string): Promise<string | null> {
    return Promise.resolve(`sim_refund_${refundId}`);
  }
}
