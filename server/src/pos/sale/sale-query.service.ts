import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors.js';
import { discountOf, tenderSums, totalsOfLines } from './domain/sale-state.js';
import { vatBreakdown } from './domain/sale-totals.js';
import type { SaleTenderType, SaleType } from './dto/sale.types.js';
import { SaleLineKindRegistry } from './line-kinds/sale-line-kind.registry.js';
import type { SaleEntity, SaleLineEntity, SaleTenderEntity } from './sale.entities.js';
import { SaleRepository, type SaleListFilter } from './sale.repository.js';

/** Tickets as the till shows them: lines, tenders and totals in a fixed number of queries. */
@Injectable()
export class SaleQueryService {
  constructor(
    private readonly repo: SaleRepository,
    private readonly kinds: SaleLineKindRegistry,
  ) {}

  async view(id: string, manager?: EntityManager): Promise<SaleType> {
    const sale = await this.repo.get(id, manager);
    if (sale === null) throw new NotFoundError('Ticket introuvable.');
    return (await this.views([sale], manager))[0];
  }

  async list(
    filter: SaleListFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: SaleType[]; total: number }> {
    const [sales, total] = await this.repo.list(filter, offset, limit);
    return { items: await this.views(sales), total };
  }

  async views(sales: SaleEntity[], manager?: EntityManager): Promise<SaleType[]> {
    const ids = sales.map((s) => s.id);
    const [lines, tenders] = await Promise.all([
      this.repo.lines(ids, manager),
      this.repo.tenders(ids, manager),
    ]);
    return sales.map((s) =>
      toSaleType(
        s,
        lines.filter((l) => l.saleId === s.id),
        tenders.filter((t) => t.saleId === s.id),
        (kind) => this.kinds.get(kind).priceEditable,
      ),
    );
  }
}

export function toTenderType(t: SaleTenderEntity): SaleTenderType {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    amountCents: t.amountCents,
    changeCents: t.changeCents,
    reference: t.reference,
    paymentId: t.paymentId,
    terminalCheckoutId: t.terminalCheckoutId,
    failureReason: t.failureReason,
    createdAt: t.createdAt,
    confirmedAt: t.confirmedAt,
  };
}

function toSaleType(
  s: SaleEntity,
  lines: SaleLineEntity[],
  tenders: SaleTenderEntity[],
  priceEditable: (kind: string) => boolean,
): SaleType {
  const ticketDiscount = discountOf(s.ticketDiscountKind, s.ticketDiscountValue);
  // Credit notes keep the totals their lines were given; tickets are recomputed from their lines.
  const vatTotals =
    s.kind === 'CREDIT_NOTE' ? vatBreakdown(lines).vatTotals : totalsOfLines(lines, ticketDiscount).vatTotals;
  const sums = tenderSums(tenders);
  return {
    id: s.id,
    tillId: s.tillId,
    kind: s.kind,
    status: s.status,
    number: s.journalNumber,
    shortHash: s.journalShortHash,
    bookingId: s.bookingId,
    clientId: s.clientId,
    originalSaleId: s.originalSaleId,
    reason: s.reason,
    ticketDiscount:
      s.ticketDiscountKind === null || s.ticketDiscountValue === null
        ? null
        : { kind: s.ticketDiscountKind, value: s.ticketDiscountValue, reason: s.ticketDiscountReason },
    lines: lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      label: l.label,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      vatRateBp: l.vatRateBp,
      discount:
        l.discountKind === null || l.discountValue === null
          ? null
          : { kind: l.discountKind, value: l.discountValue, reason: l.discountReason },
      discountCents: l.discountCents,
      totalInclCents: l.totalInclCents,
      totalExclCents: l.totalExclCents,
      practitionerId: l.practitionerId,
      productId: l.productId,
      bookingItemId: l.bookingItemId,
      originalLineId: l.originalLineId,
      priceEditable: s.status !== 'COMPLETED' && priceEditable(l.kind),
    })),
    tenders: tenders.map(toTenderType),
    vatTotals,
    totalInclCents: s.totalInclCents,
    discountCents: lines.reduce((sum, l) => sum + l.discountCents, 0),
    paidCents: sums.confirmedCents,
    pendingCents: sums.pendingCents,
    leftToPayCents: s.totalInclCents - sums.confirmedCents - sums.pendingCents,
    changeCents: sums.changeCents,
    completedAt: s.completedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
