import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { violatedConstraint } from '../../common/db-errors.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { TransactionRunner } from '../../common/transaction/unit-of-work.js';
import { creditLine } from './domain/credit-note.js';
import { vatBreakdown } from './domain/sale-totals.js';
import { formatCents } from './domain/tender-rules.js';
import type { IssueCreditNoteInput } from './dto/issue-credit-note.input.js';
import type { SaleType } from './dto/sale.types.js';
import type { Actor } from './sale-cart.service.js';
import { SaleCompletionService } from './sale-completion.service.js';
import type { SaleEntity, SaleTenderEntity } from './sale.entities.js';
import { SaleJournal } from './sale-journal.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleRepository } from './sale.repository.js';
import type { TenderKind } from './tenders/tender-kind.js';
import { TenderKindRegistry } from './tenders/tender-kind.registry.js';
import { SaleLineKindRegistry } from './line-kinds/sale-line-kind.registry.js';

/**
 * A credit note (avoir): takes back lines of a completed ticket (never more than is left to credit on
 * each line), gives the money back through refund tenders (cash, the card paid with through the payment
 * ledger, …) and is written to the journal as its own CREDIT_NOTE record with negative lines. Above
 * `staffMaxCreditNoteCents`, admins only.
 *
 * Three steps, so that money never leaves twice: (1) under the original ticket's row lock, the credit
 * note and its lines are written OPEN with the client's key (unique: a double click finds it; a second,
 * different credit note sees these lines as already credited); (2) the money goes back (a card refund is
 * an outside call; if it fails, the open credit note is deleted — it was never in the journal); (3) one
 * transaction writes the refund tenders, the stock returns and the journal record.
 */
@Injectable()
export class CreditNoteService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repo: SaleRepository,
    private readonly tenders: TenderKindRegistry,
    private readonly lineKinds: SaleLineKindRegistry,
    private readonly completion: SaleCompletionService,
    private readonly queries: SaleQueryService,
    private readonly journal: SaleJournal,
  ) {}

  async issue(input: IssueCreditNoteInput, by: Actor, now = Date.now()): Promise<SaleType> {
    const done = await this.repo.byCreditKey(input.idempotencyKey);
    if (done !== null) return this.replay(done);
    const kinds = this.refundKinds(input);
    const sold = await this.repo.get(input.saleId);
    if (sold !== null) await this.journal.signIn(sold.tillId, by, new Date(now));
    let note: SaleEntity;
    try {
      note = await this.reserve(input, by);
    } catch (error) {
      if (violatedConstraint(error, 'unique') === 'uq_sale_credit_key') {
        return this.replay((await this.repo.byCreditKey(input.idempotencyKey))!);
      }
      throw error;
    }
    const original = (await this.repo.get(input.saleId))!;
    const originalTenders = (await this.repo.tenders([original.id])).filter((t) => t.status === 'CONFIRMED');
    const given: { paymentId: string | null; reference: string | null }[] = [];
    try {
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
    } catch (error) {
      // Nothing was given back by the refunds that did not run; those that did are not undone (see report).
      if (given.length === 0) await this.tx.run((uow) => this.repo.deleteSale(uow.manager, note.id));
      throw error;
    }
    await this.tx.run(async (uow) => {
      const m = uow.manager;
      const locked = (await this.repo.lock(m, note.id))!;
      const tenders: SaleTenderEntity[] = [];
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
      await this.completion.complete(
        uow,
        locked,
        await this.repo.lines([note.id], m),
        tenders,
        by.userId,
        now,
      );
    });
    return this.queries.view(note.id);
  }

  private async replay(note: SaleEntity): Promise<SaleType> {
    if (note.status !== 'COMPLETED')
      throw new ConflictError('Cet avoir est en cours d’émission : patientez un instant.');
    return this.queries.view(note.id);
  }

  private refundKinds(input: IssueCreditNoteInput): TenderKind[] {
    return input.refunds.map((r, i) => {
      const kind = this.tenders.forRequest(r.kind, `input.refunds.${i}.kind`);
      if (kind.refund === undefined) {
        throw new BadUserInputError(
          `Ce moyen ne permet pas de rembourser : ${r.kind}.`,
          `input.refunds.${i}.kind`,
        );
      }
      return kind;
    });
  }

  /** Step 1: the credit note and its lines, OPEN, under the original ticket's lock. */
  private reserve(input: IssueCreditNoteInput, by: Actor): Promise<SaleEntity> {
    return this.tx.run(async (uow) => {
      const m = uow.manager;
      const original = await this.repo.lock(m, input.saleId);
      if (original === null) throw new NotFoundError('Ticket introuvable.');
      if (original.kind !== 'SALE' || original.status !== 'COMPLETED') {
        throw new ConflictError('Seul un ticket encaissé peut faire l’objet d’un avoir.');
      }
      const plan = await this.plan(m, input, original.id);
      // What a line kind cannot take back (a gift card already spent) is refused before money moves.
      for (const [i, p] of plan.entries()) {
        await this.lineKinds
          .get(p.line.kind)
          .checkCredit?.(m, p.line, p.quantity, `input.lines.${i}.quantity`);
      }
      const total = plan.reduce((s, l) => s + l.totalInclCents, 0);
      const { staffMaxCreditNoteCents } = await this.repo.settings(m);
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
      for (const [i, { line, quantity, totalInclCents }] of plan.entries()) {
        await this.repo.insertLine(m, {
          saleId: note.id,
          position: i + 1,
          kind: line.kind,
          label: line.label,
          quantity: -quantity,
          unitPriceCents: line.unitPriceCents,
          vatRateBp: line.vatRateBp,
          totalInclCents,
          totalExclCents: perLine[i].totalExclCents,
          discountCents: -Math.round((line.discountCents * quantity) / line.quantity),
          practitionerId: line.practitionerId,
          productId: line.productId,
          bookingItemId: line.bookingItemId,
          originalLineId: line.id,
          data: line.data,
        });
      }
      return note;
    });
  }

  private async plan(m: EntityManager, input: IssueCreditNoteInput, originalId: string) {
    const lines = await this.repo.lines([originalId], m);
    const credited = await this.repo.credited(m, originalId);
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
