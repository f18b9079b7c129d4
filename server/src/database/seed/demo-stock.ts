/**
 * Demo stock: suppliers, 10 retail and 5 professional products, two past deliveries (one through a
 * received purchase order), counter sales since, the cabin use of some facial services, a few
 * products under their threshold. Movements go through the ledger's pure arithmetic so the product
 * rows equal the ledger, as they do in use.
 */
import type { EntityManager } from 'typeorm';
import { ean13CheckDigit } from '../../inventory/domain/ean13.js';
import { applyMovement, type MovementKind, type StockState } from '../../inventory/domain/stock-ledger.js';

const DAY = 86_400_000;

const SUPPLIERS = [
  {
    name: 'Maison Lys Cosmétiques',
    contact: 'Hélène Dupuis',
    email: 'commandes@maisonlys.test',
    phone: '04 72 00 11 22',
  },
  {
    name: 'Aroma Sud Distribution',
    contact: 'Marc Olivier',
    email: 'pro@aromasud.test',
    phone: '04 90 12 34 56',
  },
  { name: 'Dermapro France', contact: null, email: 'service.client@dermapro.test', phone: '01 45 67 89 00' },
];

interface DemoProduct {
  name: string;
  brand: string;
  category: string;
  euros: number;
  cost: number;
  supplier: number;
  kind: 'RETAIL' | 'PROFESSIONAL' | 'BOTH';
  unit: 'PIECE' | 'ML' | 'G';
  content: string | null;
  threshold: number;
  target: number | null;
  /** Two deliveries (60 and 25 days ago) at these unit costs in cents, and how many sold since. */
  received: [number, number];
  cost2: number;
  sold: number;
}

const PRODUCTS: DemoProduct[] = [
  {
    name: 'Sérum éclat vitamine C',
    brand: 'Maison Lys',
    category: 'Visage',
    euros: 39.9,
    cost: 1450,
    supplier: 0,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '30 ml',
    threshold: 3,
    target: 10,
    received: [8, 6],
    cost2: 1520,
    sold: 9,
  },
  {
    name: 'Crème hydratante 24 h',
    brand: 'Maison Lys',
    category: 'Visage',
    euros: 34.5,
    cost: 1200,
    supplier: 0,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '50 ml',
    threshold: 4,
    target: 12,
    received: [10, 6],
    cost2: 1200,
    sold: 13,
  },
  {
    name: 'Masque purifiant argile',
    brand: 'Maison Lys',
    category: 'Visage',
    euros: 24.0,
    cost: 800,
    supplier: 0,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '75 ml',
    threshold: 2,
    target: 6,
    received: [6, 0],
    cost2: 800,
    sold: 2,
  },
  {
    name: 'Eau micellaire douceur',
    brand: 'Dermapro',
    category: 'Visage',
    euros: 16.9,
    cost: 520,
    supplier: 2,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '200 ml',
    threshold: 4,
    target: 12,
    received: [12, 6],
    cost2: 560,
    sold: 10,
  },
  {
    name: 'Contour des yeux lissant',
    brand: 'Dermapro',
    category: 'Visage',
    euros: 29.0,
    cost: 980,
    supplier: 2,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '15 ml',
    threshold: 2,
    target: 6,
    received: [5, 0],
    cost2: 980,
    sold: 4,
  },
  {
    name: 'Huile sèche scintillante',
    brand: 'Aroma Sud',
    category: 'Corps',
    euros: 32.0,
    cost: 1100,
    supplier: 1,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '100 ml',
    threshold: 3,
    target: 8,
    received: [6, 4],
    cost2: 1150,
    sold: 5,
  },
  {
    name: 'Gommage corps sucre & monoï',
    brand: 'Aroma Sud',
    category: 'Corps',
    euros: 27.5,
    cost: 900,
    supplier: 1,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '200 g',
    threshold: 3,
    target: 8,
    received: [6, 0],
    cost2: 900,
    sold: 4,
  },
  {
    name: 'Lait corps fleur d’oranger',
    brand: 'Aroma Sud',
    category: 'Corps',
    euros: 22.0,
    cost: 700,
    supplier: 1,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '250 ml',
    threshold: 3,
    target: 10,
    received: [8, 4],
    cost2: 720,
    sold: 6,
  },
  {
    name: 'Bougie massage karité',
    brand: 'Aroma Sud',
    category: 'Corps',
    euros: 19.9,
    cost: 650,
    supplier: 1,
    kind: 'BOTH',
    unit: 'PIECE',
    content: '150 g',
    threshold: 2,
    target: 6,
    received: [6, 0],
    cost2: 650,
    sold: 3,
  },
  {
    name: 'Crème mains réparatrice',
    brand: 'Dermapro',
    category: 'Mains & pieds',
    euros: 12.5,
    cost: 380,
    supplier: 2,
    kind: 'RETAIL',
    unit: 'PIECE',
    content: '75 ml',
    threshold: 4,
    target: 12,
    received: [12, 0],
    cost2: 380,
    sold: 9,
  },
  {
    name: 'Sérum cabine éclat (flacon pro)',
    brand: 'Maison Lys',
    category: 'Cabine',
    euros: 0,
    cost: 9,
    supplier: 0,
    kind: 'PROFESSIONAL',
    unit: 'ML',
    content: '500 ml',
    threshold: 150,
    target: 1000,
    received: [1000, 0],
    cost2: 9,
    sold: 0,
  },
  {
    name: 'Masque hydratant cabine',
    brand: 'Maison Lys',
    category: 'Cabine',
    euros: 0,
    cost: 6,
    supplier: 0,
    kind: 'PROFESSIONAL',
    unit: 'ML',
    content: '1 000 ml',
    threshold: 200,
    target: 1000,
    received: [1000, 0],
    cost2: 6,
    sold: 0,
  },
  {
    name: 'Huile de massage neutre',
    brand: 'Aroma Sud',
    category: 'Cabine',
    euros: 0,
    cost: 2,
    supplier: 1,
    kind: 'PROFESSIONAL',
    unit: 'ML',
    content: '5 l',
    threshold: 1000,
    target: 5000,
    received: [5000, 0],
    cost2: 2,
    sold: 0,
  },
  {
    name: 'Cire tiède miel',
    brand: 'Dermapro',
    category: 'Cabine',
    euros: 0,
    cost: 3,
    supplier: 2,
    kind: 'PROFESSIONAL',
    unit: 'G',
    content: '800 g',
    threshold: 400,
    target: 2400,
    received: [1600, 0],
    cost2: 3,
    sold: 0,
  },
  {
    name: 'Lingettes démaquillantes pro',
    brand: 'Dermapro',
    category: 'Cabine',
    euros: 0,
    cost: 15,
    supplier: 2,
    kind: 'PROFESSIONAL',
    unit: 'PIECE',
    content: 'boîte de 100',
    threshold: 50,
    target: 300,
    received: [200, 0],
    cost2: 15,
    sold: 0,
  },
];

/** What some demo services use per booking item: service name → [product name, quantity]. */
const CONSUMPTION: [string, [string, number][]][] = [
  [
    'Soin éclat express',
    [
      ['Sérum cabine éclat (flacon pro)', 5],
      ['Lingettes démaquillantes pro', 2],
    ],
  ],
  [
    'Soin hydratant profond',
    [
      ['Masque hydratant cabine', 30],
      ['Lingettes démaquillantes pro', 2],
    ],
  ],
];

function barcode(i: number): string {
  const first12 = `3770012${String(345000 + i * 7)
    .padStart(5, '0')
    .slice(-5)}`;
  return `${first12}${ean13CheckDigit(first12)}`;
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
    const moves: {
      kind: MovementKind;
      delta: number;
      cost?: number;
      at: number;
      reason?: string;
      po?: boolean;
    }[] = [
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
