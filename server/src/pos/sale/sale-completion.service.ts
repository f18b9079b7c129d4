import { Injectable } from '@nestjs/common';
import { ConflictError } from '../../common/errors.js';
import type { UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { BookingService } from '../../booking/index.js';
import { vatBreakdown } from './domain/sale-totals.js';
import {
  SaleChangedEvent,
  SaleCompletedEvent,
  SaleRefundedEvent,
  type SaleSnapshot,
} from './events/sale.events.js';
import { SaleLineKindRegistry } from './line-kinds/sale-line-kind.registry.js';
import type { SaleEntity, SaleLineEntity, SaleTenderEntity } from './sale.entities.js';
import { SaleJournal } from './sale-journal.js';
import { SaleRepository } from './sale.repository.js';

/**
 * Completing a ticket or a credit note, inside the caller's transaction (sale row locked): the till
 * must be allowed to sell, each line's kind does its part (stock leaves the shelf…), the journal gets
 * its TICKET or CREDIT_NOTE record with a gap-free number, the sale is frozen, the booking of a paid
 * ticket becomes COMPLETED, and `sale.completed` / `sale.refunded` leave after commit.
 */
@Injectable()
export class SaleCompletionService {
  constructor(
    private readonly repo: SaleRepository,
    private readonly kinds: SaleLineKindRegistry,
    private readonly journal: SaleJournal,
    private readonly bookings: BookingService,
  ) {}

  async complete(
    uow: UnitOfWork,
    sale: SaleEntity,
    lines: SaleLineEntity[],
    tenders: SaleTenderEntity[],
    userId: string | null,
    now: number,
  ): Promise<void> {
    const m = uow.manager;
    const confirmed = tenders.filter((t) => t.status === 'CONFIRMED');
    if (confirmed.length === 0) throw new ConflictError('Un ticket ne s’encaisse pas sans paiement.');
    await this.journal.assertCanSell(m, sale.tillId, new Date(now));
    const credit = sale.kind === 'CREDIT_NOTE';
    for (const line of lines) {
      const kind = this.kinds.get(line.kind);
      const ctx = { saleId: sale.id, userId, now };
      if (credit) await kind.onCredited?.(uow, line, ctx);
      else await kind.onSaleCompleted?.(uow, line, ctx);
    }
    const record = await this.journal.appendSale(m, {
      tillId: sale.tillId,
      kind: credit ? 'CREDIT_NOTE' : 'TICKET',
      payload: await this.payload(sale, lines, confirmed),
      occurredAt: new Date(now),
      actorUserId: userId,
    });
    const completedAt = new Date(Math.floor(now / 1000) * 1000);
    await this.repo.updateSale(m, sale.id, {
      status: 'COMPLETED',
      journalRecordId: record.id,
      journalNumber: record.number,
      journalShortHash: record.shortHash,
      completedBy: userId,
      completedAt,
    });
    if (!credit && sale.bookingId !== null) await this.bookings.completePaid(uow, sale.bookingId, now);
    const snapshot: SaleSnapshot = {
      saleId: sale.id,
      tillId: sale.tillId,
      kind: sale.kind,
      number: record.number,
      totalInclCents: sale.totalInclCents,
      bookingId: sale.bookingId,
      clientId: sale.clientId,
      originalSaleId: sale.originalSaleId,
      completedAt: completedAt.toISOString(),
    };
    uow.emit(credit ? new SaleRefundedEvent(snapshot) : new SaleCompletedEvent(snapshot));
    uow.emit(new SaleChangedEvent(sale.id));
  }

  /** The journal record: every line, totals per rate, tenders, client and references (records.ts shape). */
  private async payload(
    sale: SaleEntity,
    lines: SaleLineEntity[],
    tenders: SaleTenderEntity[],
  ): Promise<Record<string, unknown>> {
    const original = sale.originalSaleId === null ? null : await this.repo.get(sale.originalSaleId);
    return {
      saleId: sale.id,
      lines: lines.map((l) => ({
        label: l.label,
        kind: l.kind,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        discountCents: l.discountCents,
        totalExclCents: l.totalExclCents,
        vatRateBp: l.vatRateBp,
        totalInclCents: l.totalInclCents,
        ...(l.practitionerId ? { practitionerId: l.practitionerId } : {}),
        ...(l.productId ? { productId: l.productId } : {}),
      })),
      vatTotals: vatBreakdown(lines).vatTotals.map(({ rateBp, baseCents, vatCents }) => ({
        rateBp,
        baseCents,
        vatCents,
      })),
      totalInclCents: sale.totalInclCents,
      tenders: tenders.map((t) => ({
        kind: t.kind,
        amountCents: t.amountCents,
        ...(t.changeCents > 0 ? { changeCents: t.changeCents } : {}),
        ...(t.reference ? { reference: t.reference } : {}),
      })),
      clientId: sale.clientId,
      bookingId: sale.bookingId,
      ...(original
        ? { originalSaleId: original.id, originalNumber: original.journalNumber, reason: sale.reason }
        : {}),
    };
  }
}
