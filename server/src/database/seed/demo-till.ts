/**
 * Demo till: "Accueil", with a cash session opened this morning (09:00 Paris, or a minute ago before
 * nine) by Camille with a 165 € float. Written through the journal writer, so the demo chain verifies.
 * A ticket put aside (a retail product) waits in the checkout’s « Tickets mis de côté ». Before the
 * session, three closed days of sales (demo-sales.ts).
 */
import type { EntityManager } from 'typeorm';
import { INSTITUTE_TIME_ZONE, localDateOf, zonedInstant } from '../../common/time.js';
import { GENESIS_HASH } from '../../pos/journal/canonical.js';
import { JournalKind } from '../../pos/journal/journal-kind.js';
import { JournalWriter } from '../../pos/journal/journal-writer.service.js';
import { JournalRepository } from '../../pos/journal/journal.repository.js';
import { TillRepository } from '../../pos/till/till.repository.js';
import { seedPastSales } from './demo-sales.js';

const FLOAT: Record<string, number> = { '2000': 3, '1000': 5, '500': 4, '200': 10, '100': 10, '50': 10 };

export async function seedTill(manager: EntityManager, now: number): Promise<void> {
  const existing: unknown[] = await manager.query(`SELECT 1 FROM till WHERE name = 'Accueil'`);
  if (existing.length > 0) return;
  const repo = new TillRepository(manager.connection);
  const writer = new JournalWriter(new JournalRepository(manager.connection));
  const till = await repo.createTill(manager, 'Accueil', GENESIS_HASH);
  const [camille]: { id: string }[] = await manager.query(
    `SELECT id FROM app_user WHERE email = 'camille@serenaia.test'`,
  );
  // The three previous days, sold and closed (Z), come first in the chain.
  await seedPastSales(manager, till.id, writer, camille?.id ?? null, now);
  const nine = zonedInstant(localDateOf(now, INSTITUTE_TIME_ZONE), '09:00', INSTITUTE_TIME_ZONE);
  const openedAt = new Date(Math.floor((nine <= now ? nine : now - 60_000) / 1000) * 1000);
  const floatCents = Object.entries(FLOAT).reduce((sum, [d, n]) => sum + Number(d) * n, 0);
  const session = await repo.saveSession(manager, {
    tillId: till.id,
    openedAt,
    openedBy: camille?.id ?? null,
    openingCounts: FLOAT,
    openingFloatCents: floatCents,
    closedAt: null,
  });
  await writer.append(manager, {
    tillId: till.id,
    kind: JournalKind.SESSION_OPENED,
    payload: { sessionId: session.id, openingFloatCents: floatCents, counts: FLOAT },
    occurredAt: openedAt,
    actorUserId: camille?.id ?? null,
  });
  await seedParkedTicket(manager, till.id, camille?.id ?? null, new Date(now));
}

/** One parked ticket: the first retail product with a barcode, once (totals as the till computes them). */
async function seedParkedTicket(
  manager: EntityManager,
  tillId: string,
  openedBy: string | null,
  at: Date,
): Promise<void> {
  const [product]: { id: string; name: string; price_cents: number; vat_rate_bp: number }[] =
    await manager.query(
      `SELECT id, CASE WHEN brand IS NULL THEN name ELSE name || ' (' || brand || ')' END AS name, price_cents,
       vat_rate_bp FROM product
      WHERE kind <> 'PROFESSIONAL' AND barcode IS NOT NULL AND active ORDER BY name LIMIT 1`,
    );
  if (product === undefined) return;
  const excl = Math.round((product.price_cents * 10000) / (10000 + product.vat_rate_bp));
  const [sale]: { id: string }[] = await manager.query(
    `INSERT INTO sale (till_id, kind, status, total_incl_cents, opened_by, created_at, updated_at)
     VALUES ($1, 'SALE', 'PARKED', $2, $3, $4, $4) RETURNING id`,
    [tillId, product.price_cents, openedBy, at],
  );
  await manager.query(
    `INSERT INTO sale_line (sale_id, position, kind, label, quantity, unit_price_cents, vat_rate_bp,
       total_incl_cents, total_excl_cents, product_id)
     VALUES ($1, 1, 'PRODUCT', $2, 1, $3, $4, $3, $5, $6)`,
    [sale.id, product.name, product.price_cents, product.vat_rate_bp, excl, product.id],
  );
}
