// 20 concurrent writers × 1,000 stock movements on 5 hot products through StockLedger: movements/s, p50/p99, ledger = stock.
//
// Usage: node bench/run.mjs stock [--writers=20] [--movements=1000] [--products=5] [--seed=7]
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL) and Redis (REDIS_URL).
// Creates its own database (dropped at the end), starts the real app in this process and calls the exported
// ledger service the point of sale uses (`StockLedger.record` inside `TransactionRunner.run`), each writer
// one movement at a time: sales of 1–3 units, returns, receipts at random costs, losses and adjustments, on
// 5 products (every writer hits every product, so they queue on the product rows' locks). Sales may be
// refused for lack of stock (CONFLICT): counted, not failures. Then it checks, per product, that the
// quantity on the row equals the sum of its movements and the `quantity_after` of its last movement
// (mismatches are printed; the bench exits 1 if there is any).
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import {
  benchDatabase,
  cleanup,
  fmt,
  mulberry32,
  parseArgs,
  requireServerBuild,
  serverModule,
  startBenchApp,
  withDatabase,
} from '../support.mjs';

const options = parseArgs(process.argv.slice(2), { writers: 20, movements: 1000, products: 5, seed: 7 });

requireServerBuild();
const [{ TransactionRunner }, { StockLedger }] = await Promise.all([
  serverModule('common/transaction/unit-of-work.js'),
  serverModule('inventory/index.js'),
]);

const pick = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

try {
  const db = await benchDatabase('stock');
  const productIds = await withDatabase(db.url, async (c) => {
    const ids = [];
    for (let i = 0; i < options.products; i += 1) {
      const { rows } = await c.query(
        `INSERT INTO product (name, price_cents, cost_cents, kind, threshold) VALUES ($1, 2500, 900, 'RETAIL', 50) RETURNING id`,
        [`Produit chaud ${i + 1}`],
      );
      ids.push(rows[0].id);
    }
    return ids;
  });
  const { app } = await startBenchApp(db, 'stock');
  const tx = app.get(TransactionRunner, { strict: false });
  const ledger = app.get(StockLedger, { strict: false });
  // Opening stock: 200 units each.
  for (const productId of productIds)
    await tx.run((uow) =>
      ledger.record(uow, { productId, kind: 'RECEIPT', quantity: 200, unitCostCents: 900 }),
    );

  const latencies = [];
  const outcome = { ok: 0, refused: 0, failed: 0 };
  const kinds = {};
  const writer = async (w) => {
    const random = mulberry32(options.seed * 1000 + w);
    for (let i = 0; i < options.movements; i += 1) {
      const productId = productIds[Math.floor(random() * productIds.length)];
      const r = random();
      const units = 1 + Math.floor(random() * 3);
      const input =
        r < 0.6
          ? { productId, kind: 'SALE', quantity: -units, idempotencyKey: `sale:${w}:${i}` }
          : r < 0.7
            ? { productId, kind: 'SALE_RETURN', quantity: 1 }
            : r < 0.85
              ? {
                  productId,
                  kind: 'RECEIPT',
                  quantity: units * 2,
                  unitCostCents: 800 + Math.floor(random() * 300),
                }
              : r < 0.93
                ? { productId, kind: 'LOSS', quantity: -1 }
                : { productId, kind: 'ADJUSTMENT', quantity: random() < 0.5 ? -1 : 1 };
      const start = performance.now();
      try {
        await tx.run((uow) => ledger.record(uow, input));
        outcome.ok += 1;
        kinds[input.kind] = (kinds[input.kind] ?? 0) + 1;
      } catch (error) {
        if (error?.extensions?.code === 'CONFLICT' || /^Stock insuffisant/.test(error?.message ?? ''))
          outcome.refused += 1;
        else {
          outcome.failed += 1;
          if (outcome.failed <= 3) console.error(error);
        }
      }
      latencies.push(performance.now() - start);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);

  const check = await withDatabase(db.url, async (c) => {
    const { rows } = await c.query(
      `SELECT p.id, p.quantity, coalesce(sum(m.quantity), 0)::int AS ledger,
              (SELECT quantity_after FROM stock_movement l WHERE l.product_id = p.id ORDER BY id DESC LIMIT 1) AS last_after,
              count(m.id)::int AS movements
         FROM product p LEFT JOIN stock_movement m ON m.product_id = p.id GROUP BY p.id`,
    );
    return rows;
  });
  const mismatches = check.filter((r) => r.quantity !== r.ledger || r.quantity !== r.last_after);
  const attempts = options.writers * options.movements;
  console.log(
    `${options.writers} writers × ${fmt(options.movements)} movements on ${options.products} products (${fmt(attempts)} attempts)`,
  );
  console.log(
    `  recorded ${fmt(outcome.ok)} (${Object.entries(kinds)
      .map(([k, n]) => `${k} ${fmt(n)}`)
      .join(', ')}), refused for stock ${fmt(outcome.refused)}, failed ${outcome.failed}`,
  );
  console.log(`  ${fmt(Math.round(attempts / seconds))} movements/s over ${seconds.toFixed(1)} s`);
  console.log(
    `  latency per movement (ms): p50 ${pick(latencies, 0.5).toFixed(1)}, p99 ${pick(latencies, 0.99).toFixed(1)}, max ${latencies[latencies.length - 1].toFixed(1)}`,
  );
  console.log(
    `  final stock per product: ${check.map((r) => r.quantity).join(', ')}; ledger sums: ${check.map((r) => r.ledger).join(', ')}`,
  );
  console.log(`  mismatches (row ≠ ledger sum or last quantity_after): ${mismatches.length}`);
  if (mismatches.length > 0 || outcome.failed > 0) process.exitCode = 1;
} finally {
  await cleanup();
}
