/**
 * Demo stock: suppliers, 10 retail and 5 professional products, two past deliveries (one through a
 * received purchase order), counter sales since, the cabin use of some facial services, a few
 * products under their threshold. Movements go through the ledger's pure arithmetic so the product
 * rows equal the ledger, as they do in use.
 */
import type { EntityManager } from 'typeorm';
import { ean13CheckDigit } from '../../inventory/domain/ean13.js';
import { applyMovement, type MovementKind, type StockState } from '../../inventory/domain/stock-ledger.js';
import { CONSUMPTION, PRODUCTS, SUPPLIERS, type DemoProduct } from './demo-stock-products.js';

const DAY = 86_400_000;

function barcode(i: number): string {
  const first12 = `3770012${String(345000 + i * 7)
    .padStart(5, '0')
    .slice(-5)}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}

interface DemoMove {
  kind: MovementKind;
  delta: number;
  cost?: number;
  at: number;
  reason?: string;
  /** Received through the purchase order BC-0001. */
  po?: boolean;
}

/** The movements of the `i`th demo product, in time order: its deliveries, its sales, a loss for one. */
function plannedMoves(p: DemoProduct, i: number, now: number): DemoMove[] {
  const moves: DemoMove[] = [
    {
      kind: 'RECEIPT',
      delta: p.received[0],
      cost: p.cost,
      at: now - 60 * DAY,
      reason: 'Livraison',
      po: p.supplier === 0,
    },
  ];
  if (p.received[1] > 0)
    moves.push({
      kind: 'RECEIPT',
      delta: p.received[1],
      cost: p.cost2,
      at: now - 25 * DAY,
      reason: 'Livraison',
    });
  // Sales spread over the last 55 days, after the deliveries they need.
  for (let k = 0; k < p.sold; k += 1) {
    const at = now - Math.round(((p.sold - k) / (p.sold + 1)) * 55 * DAY) + (i % 5) * 3_600_000;
    moves.push({ kind: 'SALE', delta: -1, at });
  }
  if (i === 2) moves.push({ kind: 'LOSS', delta: -1, at: now - 10 * DAY, reason: 'Testeur ouvert' });
  moves.sort((a, b) => a.at - b.at);
  return moves;
}

export async function seedStock(m: EntityManager, now: number): Promise<void> {
  const [{ count }] = await m.query<[{ count: number }]>('SELECT count(*)::int AS count FROM product');
  if (count > 0) return;
  const supplierIds: string[] = [];
  for (const s of SUPPLIERS) {
    const [{ id }] = await m.query<[{ id: string }]>(
      'INSERT INTO supplier (name, contact_name, email, phone) VALUES ($1, $2, $3, $4) RETURNING id',
      [s.name, s.contact, s.email, s.phone],
    );
    supplierIds.push(id);
  }
  // The first delivery of Maison Lys came through a purchase order, received in full.
  const [{ id: orderId }] = await m.query<[{ id: string }]>(
    `INSERT INTO purchase_order (reference, supplier_id, status, sent_at, created_at)
     VALUES ('BC-0001', $1, 'RECEIVED', $2, $2) RETURNING id`,
    [supplierIds[0], new Date(now - 62 * DAY)],
  );
  const productIds = new Map<string, string>();
  for (const [i, p] of PRODUCTS.entries()) {
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO product (name, brand, category, barcode, price_cents, vat_rate_bp, cost_cents, supplier_id,
                            kind, unit, content, threshold, reorder_target)
       VALUES ($1, $2, $3, $4, $5, 2000, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        p.name,
        p.brand,
        p.category,
        p.kind === 'PROFESSIONAL' ? null : barcode(i),
        Math.round(p.euros * 100),
        p.cost2,
        supplierIds[p.supplier],
        p.kind,
        p.unit,
        p.content,
        p.threshold,
        p.target,
      ],
    );
    productIds.set(p.name, id);
    const moves = plannedMoves(p, i, now);
    let state: StockState = { quantity: 0, averageCostCents: 0, lastMovementAt: null };
    for (const mv of moves) {
      const out = applyMovement(
        state,
        { kind: mv.kind, delta: mv.delta, unitCostCents: mv.cost ?? null },
        { allowNegative: true, now: mv.at },
      );
      if (!out.ok) continue;
      state = out.after;
      await m.query(
        `INSERT INTO stock_movement (product_id, kind, quantity, quantity_after, unit_cost_cents,
                                     average_cost_after_cents, reason, occurred_at, purchase_order_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          mv.kind,
          mv.delta,
          state.quantity,
          out.unitCostCents,
          state.averageCostCents,
          mv.reason ?? null,
          new Date(out.occurredAt),
          mv.po ? orderId : null,
        ],
      );
    }
    if (p.supplier === 0 && p.received[0] > 0)
      await m.query(
        `INSERT INTO purchase_order_line (purchase_order_id, product_id, quantity_ordered, quantity_received, unit_cost_cents)
         VALUES ($1, $2, $3, $3, $4)`,
        [orderId, id, p.received[0], p.cost],
      );
    await m.query(
      `UPDATE product SET quantity = $2, average_cost_cents = $3, last_movement_at = $4,
                          low_stock_alerted = ($2 <= threshold) WHERE id = $1`,
      [
        id,
        state.quantity,
        state.averageCostCents,
        state.lastMovementAt === null ? null : new Date(state.lastMovementAt),
      ],
    );
  }
  for (const [serviceName, lines] of CONSUMPTION) {
    const [service] = await m.query<{ id: string }[]>('SELECT id FROM service WHERE name = $1', [
      serviceName,
    ]);
    if (service === undefined) continue;
    for (const [productName, quantity] of lines) {
      await m.query(
        'INSERT INTO service_consumption (service_id, product_id, quantity) VALUES ($1, $2, $3)',
        [service.id, productIds.get(productName), quantity],
      );
    }
  }
}
