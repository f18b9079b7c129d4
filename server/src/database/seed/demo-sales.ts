/**
 * Demo history of the till "Accueil": the three days before the first start, each with a few tickets
 * (services and retail products, cash or card) written through the journal writer with the till's own
 * totals arithmetic, then closed (Z) by the closure service. Each Z leaves its day-closed job in the
 * outbox, so the accounting module posts the sales entries (VE) as soon as the worker runs: the demo shows
 * entries, a trial balance and a VAT report from the first start.
 */
import type { EntityManager } from 'typeorm';
import { addDays, INSTITUTE_TIME_ZONE, localDateOf, zonedInstant } from '../../common/time.js';
import { OutboxService, type OutboxRelay } from '../../outbox/index.js';
import { ClosureRepository } from '../../pos/journal/closure.repository.js';
import { ClosureService } from '../../pos/journal/closure.service.js';
import { JournalKind } from '../../pos/journal/journal-kind.js';
import type { JournalWriter } from '../../pos/journal/journal-writer.service.js';
import { JournalRepository } from '../../pos/journal/journal.repository.js';
import { vatBreakdown } from '../../pos/sale/domain/sale-totals.js';
import { TillRepository } from '../../pos/till/till.repository.js';

interface Item {
  kind: 'SERVICE' | 'PRODUCT';
  label: string;
  priceCents: number;
  vatRateBp: number;
  id: string;
}

/** Per day: ticket time (Paris), items (indexes into services / products) and tender. */
const DAY_PLAN: { at: string; services: number[]; products: number[]; tender: 'CASH' | 'CARD_SUMUP' }[] = [
  { at: '10:05', services: [0], products: [], tender: 'CARD_SUMUP' },
  { at: '11:20', services: [1], products: [0], tender: 'CASH' },
  { at: '14:40', services: [2], products: [], tender: 'CARD_SUMUP' },
  { at: '16:15', services: [0, 1], products: [1], tender: 'CARD_SUMUP' },
  { at: '18:30', services: [], products: [0], tender: 'CASH' },
];
const DAYS_BACK = 3;

export async function seedPastSales(
  manager: EntityManager,
  tillId: string,
  writer: JournalWriter,
  actorUserId: string | null,
  now: number,
): Promise<void> {
  const serviceRows: Omit<Item, 'kind'>[] = await manager.query(
    `SELECT id, name AS label, price_cents AS "priceCents", vat_rate_bp AS "vatRateBp" FROM service
      WHERE active ORDER BY name LIMIT 3`,
  );
  const productRows: Omit<Item, 'kind'>[] = await manager.query(
    `SELECT id, CASE WHEN brand IS NULL THEN name ELSE name || ' (' || brand || ')' END AS label,
            price_cents AS "priceCents", vat_rate_bp AS "vatRateBp" FROM product
      WHERE kind <> 'PROFESSIONAL' AND active ORDER BY name LIMIT 2`,
  );
  const services: Item[] = serviceRows.map((s) => ({ ...s, kind: 'SERVICE' }));
  const products: Item[] = productRows.map((p) => ({ ...p, kind: 'PRODUCT' }));
  if (services.length < 3 || products.length < 2) return;
  const conn = manager.connection;
  const closures = new ClosureService(
    new TillRepository(conn),
    new JournalRepository(conn),
    new ClosureRepository(conn),
    writer,
    // `close` runs in the caller's transaction: neither the runner nor the till sign-in is used. The seed
    // has no Nest container; the relay polls the outbox, so no nudge is needed.
    undefined as never,
    undefined as never,
    new OutboxService({ nudge: () => undefined } as unknown as OutboxRelay),
  );
  const today = localDateOf(now, INSTITUTE_TIME_ZONE);
  for (let back = DAYS_BACK; back >= 1; back--) {
    const date = addDays(today, -back);
    for (const ticket of DAY_PLAN) {
      const items = [...ticket.services.map((i) => services[i]), ...ticket.products.map((i) => products[i])];
      await writer.append(manager, {
        tillId,
        kind: JournalKind.TICKET,
        payload: ticketPayload(items, ticket.tender),
        occurredAt: new Date(zonedInstant(date, ticket.at, INSTITUTE_TIME_ZONE)),
        actorUserId,
      });
    }
    await closures.close(manager, {
      tillId,
      period: 'DAY',
      date,
      now: new Date(zonedInstant(date, '19:30', INSTITUTE_TIME_ZONE)),
      actorUserId,
    });
  }
}

/** A ticket's record as the sales part writes it (records.ts), totals from the till's own arithmetic. */
function ticketPayload(items: Item[], tender: 'CASH' | 'CARD_SUMUP'): Record<string, unknown> {
  const { perLine, vatTotals } = vatBreakdown(
    items.map((i) => ({ vatRateBp: i.vatRateBp, totalInclCents: i.priceCents })),
  );
  const total = items.reduce((s, i) => s + i.priceCents, 0);
  return {
    lines: items.map((i, k) => ({
      label: i.label,
      kind: i.kind,
      quantity: 1,
      unitPriceCents: i.priceCents,
      discountCents: 0,
      totalExclCents: perLine[k].totalExclCents,
      vatRateBp: i.vatRateBp,
      totalInclCents: i.priceCents,
      ...(i.kind === 'PRODUCT' ? { productId: i.id } : {}),
    })),
    vatTotals: vatTotals.map(({ rateBp, baseCents, vatCents }) => ({ rateBp, baseCents, vatCents })),
    totalInclCents: total,
    tenders: [{ kind: tender, amountCents: total }],
  };
}
