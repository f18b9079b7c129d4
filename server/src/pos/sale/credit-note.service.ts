import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { creditLine } from './domain/credit-note.js';
import { vatBreakdown } from './domain/sale-totals.js';
import { formatCents } from './domain/tender-rules.js';
import type { IssueCreditNoteInput } from './dto/sale.inputs.js';
import type { SaleType } from './dto/sale.types.js';
import type { Actor } from './sale-cart.service.js';
import { SaleCompletionService } from './sale-completion.service.js';
import type { SaleLineEntity } from './sale.entities.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleRepository } from './sale.repository.js';
import { TenderKindRegistry } from './tenders/tender-kind.registry.js';

/**
 * A credit note (avoir): takes back lines of a completed ticket (never more than is left to credit on
 * each line), gives the money back through refund tenders (cash, the card paid with through the
 * payment ledger, …), and is written to the journal as its own CREDIT_NOTE record with negative lines.
 * Above `staffMaxCreditNoteCents`, admins only. The client's key makes a retried request one credit note.
 */
@Injectable()
export class CreditNoteService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: SaleRepository,
    private readonly tenders: TenderKindRegistry,
    private readonly completion: SaleCompletionService,
    private readonly queries: SaleQueryService,
  ) {}

  async issue(input: IssueCreditNoteInput, by: Actor, now = Date.now()): Promise<SaleType> {
    const done = await this.repo.byCreditKey(input.idempotencyKey);
    if (done !== null) return this.queries.view(done.id);
    const original = await this.repo.get(input.saleId);
    if (original === null) throw new NotFoundError('Ticket introuvable.');
    if (original.kind !== 'SALE' || original.status !== 'COMPLETED') {
      throw new ConflictError('Seul un ticket encaissé peut faire l’objet d’un avoir.');
    }
    const plan = await this.plan(input, original.id);
    const total = plan.reduce((s, l) => s + l.totalInclCents, 0);
    const { staffMaxCreditNoteCents } = await this.repo.settings();
    if (!by.admin && -total > staffMaxCreditNoteCents) {
      throw new ForbiddenError(
        `Un avoir de plus de ${formatCents(staffMaxCreditNoteCents)} est réservé à un administrateur.`,
      );
    }
    const refunded = input.refunds.reduce((s, r) => s + r.amountCents, 0);
    if (refunded !== -total) {
      throw new BadUserInputError(
        `Les remboursements (${formatCents(refunded)}) doivent égaler le montant de l’avoir (${formatCents(-total)}).`,
        'input.refunds',
      );
    }
    const kinds = input.refunds.map((r, i) => {
      const kind = this.tenders.forRequest(r.kind, `input.refunds.${i}.kind`);
      if (kind.refund === undefined) {
        throw new BadUserInputError(
          `Ce moyen ne permet pas de rembourser : ${r.kind}.`,
          `input.refunds.${i}.kind`,
        );
      }
      return kind;
    });
    const originalTenders = (await this.repo.tenders([original.id])).filter((t) => t.status === 'CONFIRMED');
    // Money goes back first (a card refund is an outside call); the credit note records what was given.
    const given: { paymentId: string | null; reference: string | null }[] = [];
    for (const [i, r] of input.refunds.entries()) {
      given.push(
        await kinds[i].refund!({
          original,
          originalTenders,
          amountCents: r.amountCents,
          reason: input.reason,
          by,
        }),
      );
    }
    const id = await this.tx.run(async (uow) => {
      const m = uow.manager;
      await this.repo.lock(m, original.id); // credit notes of one ticket one at a time
      // Checked again under the lock: another credit note may have taken these lines meanwhile.
      const fresh = await this.plan(input, original.id, m);
      if (fresh.some((l, i) => l.totalInclCents !== plan[i].totalInclCents)) {
        throw new ConflictError('Un autre avoir vient d’être émis sur ce ticket : recommencez.');
      }
      const note = await this.repo.insertSale(m, {
        tillId: original.tillId,
        kind: 'CREDIT_NOTE',
        status: 'OPEN',
        bookingId: original.bookingId,
        clientId: original.clientId,
        originalSaleId: original.id,
        totalInclCents: total,
        reason: input.reason.trim(),
        idempotencyKey: input.idempotencyKey,
        openedBy: by.userId,
      });
      const { perLine } = vatBreakdown(plan);
      const lines: SaleLineEntity[] = [];
      for (const [i, l] of plan.entries()) {
        lines.push(
          await this.repo.insertLine(m, {
            saleId: note.id,
            position: i + 1,
            kind: l.line.kind,
            label: l.line.label,
            quantity: -l.quantity,
            unitPriceCents: l.line.unitPriceCents,
            vatRateBp: l.line.vatRateBp,
            totalInclCents: l.totalInclCents,
            totalExclCents: perLine[i].totalExclCents,
            discountCents: -Math.round((l.line.discountCents * l.quantity) / l.line.quantity),
            practitionerId: l.line.practitionerId,
            productId: l.line.productId,
            bookingItemId: l.line.bookingItemId,
            originalLineId: l.line.id,
            data: l.line.data,
          }),
        );
      }
      const tenders = [];
      for (const [i, r] of input.refunds.entries()) {
        const t = await this.repo.insertTender(m, {
          saleId: note.id,
          kind: kinds[i].kind,
          status: 'CONFIRMED',
          amountCents: -r.amountCents,
          changeCents: 0,
          paymentId: given[i].paymentId,
          reference: given[i].reference,
          idempotencyKey: `${input.idempotencyKey}:${i}`,
          createdBy: by.userId,
          confirmedAt: new Date(now),
        });
        tenders.push(t!);
      }
      await this.completion.complete(uow, note, lines, tenders, by.userId, now);
      return note.id;
    });
    return this.queries.view(id);
  }

  private async plan(
    input: IssueCreditNoteInput,
    originalId: string,
    m?: Parameters<SaleRepository['credited']>[0],
  ) {
    const lines = await this.repo.lines([originalId], m);
    const credited = await this.repo.credited(m ?? this.repo.manager(), originalId);
    const seen = new Set<string>();
    return input.lines.map((req, i) => {
      const line = lines.find((l) => l.id === req.lineId);
      if (line === undefined)
        throw new BadUserInputError('Cette ligne n’est pas sur le ticket.', `input.lines.${i}.lineId`);
      if (seen.has(line.id))
        throw new BadUserInputError('Cette ligne apparaît deux fois.', `input.lines.${i}.lineId`);
      seen.add(line.id);
      const before = credited.get(line.id) ?? { quantity: 0, inclCents: 0 };
      const decision = creditLine(
        {
          quantity: line.quantity,
          totalInclCents: line.totalInclCents,
          creditedQuantity: before.quantity,
          creditedInclCents: before.inclCents,
        },
        req.quantity,
      );
      if (!decision.ok) throw new BadUserInputError(decision.message, `input.lines.${i}.quantity`);
      return {
        line,
        quantity: req.quantity,
        totalInclCents: decision.totalInclCents,
        vatRateBp: line.vatRateBp,
      };
    });
  }
}
