import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../../common/errors.js';
import { PaymentService } from '../../../payment/index.js';
import { formatCents } from '../domain/tender-rules.js';
import { SaleRepository } from '../sale.repository.js';
import type { TenderCheck, TenderKind } from './tender-kind.js';

/**
 * The deposit the client already paid for the booking (online or at the desk). Usable up to what was
 * paid, less refunds, less what tickets of the booking already counted.
 */
@Injectable()
export class DepositTender implements TenderKind {
  readonly kind = 'DEPOSIT';
  readonly givesChange = false;
  readonly settles = 'NOW' as const;

  constructor(
    private readonly payments: PaymentService,
    private readonly repo: SaleRepository,
  ) {}

  async check(m: EntityManager, c: TenderCheck): Promise<{ reference: string | null }> {
    if (c.sale.bookingId === null) {
      throw new BadUserInputError(
        'Ce ticket n’est lié à aucun rendez-vous : pas d’acompte à déduire.',
        'input.kind',
      );
    }
    const available = await this.available(m, c.sale.bookingId);
    if (c.appliedCents > available) {
      throw new ConflictError(
        available === 0
          ? 'Aucun acompte disponible pour ce rendez-vous.'
          : `L’acompte disponible est de ${formatCents(available)}.`,
        { availableCents: available },
      );
    }
    return { reference: null };
  }

  /** The booking's deposits paid online, less refunds and what its tickets already used. */
  async available(m: EntityManager | undefined, bookingId: string): Promise<number> {
    const paid = (await this.payments.succeededDeposits(bookingId)).reduce(
      (s, p) => s + p.amountCents - p.refundedCents,
      0,
    );
    return Math.max(0, paid - (await this.repo.depositUsed(m, bookingId)));
  }
}
