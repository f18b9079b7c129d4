import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { SaleType } from './dto/sale.types.js';
import { SaleJournal } from './sale-journal.js';
import { SalePaymentService } from './sale-payment.service.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleRepository } from './sale.repository.js';
import { TenderKindRegistry } from './tenders/tender-kind.registry.js';

/**
 * `cancelSaleTender`: stops a pending tender (a card on the reader) from the till. Its kind stops
 * collecting (the SumUp checkout is terminated), then the ticket is brought up to date with the ledger:
 * the tender is declined when the payment ended cancelled, the ticket keeps its other tenders.
 * Idempotent: a declined tender is answered as it is.
 */
@Injectable()
export class CancelSaleTenderService {
  constructor(
    private readonly repo: SaleRepository,
    private readonly tenders: TenderKindRegistry,
    private readonly payment: SalePaymentService,
    private readonly queries: SaleQueryService,
    private readonly journal: SaleJournal,
  ) {}

  async cancel(
    input: { saleId: string; tenderId: string },
    by: { userId: string; sessionId: string },
  ): Promise<SaleType> {
    const sale = await this.repo.get(input.saleId);
    if (sale === null) throw new NotFoundError('Ticket introuvable.');
    const tender = (await this.repo.tenders([sale.id])).find((t) => t.id === input.tenderId);
    if (tender === undefined) throw new NotFoundError('Paiement introuvable sur ce ticket.');
    await this.journal.signIn(sale.tillId, by, new Date());
    if (tender.status === 'DECLINED') return this.queries.view(sale.id);
    if (tender.status === 'CONFIRMED') {
      throw new ConflictError(
        'Ce paiement est déjà accepté : il ne s’annule plus (une correction se fait par un avoir).',
      );
    }
    const kind = this.tenders.get(tender.kind);
    if (kind.cancel === undefined) throw new ConflictError('Ce moyen de paiement ne s’annule pas.');
    await kind.cancel(tender);
    await this.payment.settle(sale.id, by.userId);
    const after = (await this.repo.tenders([sale.id])).find((t) => t.id === tender.id);
    if (after?.status === 'CONFIRMED') throw accepted();
    return this.queries.view(sale.id);
  }
}

function accepted(): ConflictError {
  return new ConflictError(
    'La carte a déjà été acceptée : ce paiement ne s’annule plus (une correction se fait par un avoir).',
  );
}
