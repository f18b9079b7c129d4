// POS sales: 20 concurrent tills ring up 3-line tickets and pay them with 2 tenders: tickets/s, paySale p50/p99.
//
// Usage: node bench/pos/sales.mjs [--tills=20] [--tickets=100] [--seed=11]
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL) and Redis (REDIS_URL).
// Creates its own database (dropped at the end) and starts the real app in this process. Each till has its
// own open cash session and its own worker, which, one ticket at a time, opens a sale, adds two FREE lines
// (20 % and 5.5 %) and one PRODUCT line (a stock SALE movement on completion, on 5 products shared by every
// till), then pays it: a card on another terminal for part of it and cash for the rest (the second `paySale`
// completes the ticket: stock movement + journal TICKET record in one transaction). Calls go through the
// services the resolvers call (`SaleCartService`, `SalePaymentService`), not HTTP. Reports tickets/s over the
// run, paySale latency (both calls; and the completing one alone), then checks that each till's TICKET
// numbers are 1..n without a gap and that every product's stock row equals its ledger (exits 1 otherwise).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  benchDatabase,
  cleanup,
  countSql,
  describeSql,
  fmt,
  mulberry32,
  parseArgs,
  recordSql,
  requireServerBuild,
  serverModule,
  startBenchApp,
  withDatabase,
} from '../support.mjs';

const options = parseArgs(process.argv.slice(2), { tills: 20, tickets: 100, seed: 11 });

requireServerBuild();
countSql();
const [{ CashSessionService }, { SaleCartService }, { SalePaymentService }] = await Promise.all([
  serverModule('pos/index.js'),
  serverModule('pos/sale/sale-cart.service.js'),
  serverModule('pos/sale/sale-payment.service.js'),
]);

const pick = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

try {
  const db = await benchDatabase('pos_sales');
  const { productIds, userId } = await withDatabase(db.url, async (c) => {
    const ids = [];
    for (let i = 0; i < 5; i += 1) {
      // Enough stock for every sale of the run (at most 3 units per ticket).
      const quantity = options.tills * options.tickets * 3;
      const { rows } = await c.query(
        `INSERT INTO product (name, price_cents, vat_rate_bp, cost_cents, kind, quantity) VALUES ($1, 1990, 2000, 900, 'RETAIL', $2) RETURNING id`,
        [`Crème ${i + 1}`, quantity],
      );
      await c.query(
        `INSERT INTO stock_movement (product_id, kind, quantity, quantity_after, unit_cost_cents, average_cost_after_cents, occurred_at)
         VALUES ($1, 'RECEIPT', $2, $2, 900, 900, now() - interval '1 day')`,
        [rows[0].id, quantity],
      );
      ids.push(rows[0].id);
    }
    const { rows } = await c.query(
      `INSERT INTO app_user (email, password_hash, role, first_name, last_name) VALUES ('bench@exemple.fr', 'x', 'STAFF', 'Banc', 'Essai') RETURNING id`,
    );
    return { productIds: ids, userId: rows[0].id };
  });
  const { app } = await startBenchApp(db, 'pos-sales');
  const sessions = app.get(CashSessionService, { strict: false });
  const cart = app.get(SaleCartService, { strict: false });
  const payment = app.get(SalePaymentService, { strict: false });
  const by = { userId, admin: false };

  const tillIds = [];
  for (let i = 0; i < options.tills; i += 1) {
    const till = await sessions.createTill(`Caisse ${i + 1}`);
    await sessions.open({ tillId: till.id, counts: [], by: userId, now: new Date() });
    tillIds.push(till.id);
  }

  // SQL statements of one ticket, call by call (a till of its own, before the load).
  const probeTill = await sessions.createTill('Caisse sonde');
  await sessions.open({ tillId: probeTill.id, counts: [], by: userId, now: new Date() });
  const probe = [];
  const step = async (name, work) => {
    const { value, statements } = await recordSql(work);
    probe.push({ name, statements });
    return value;
  };
  const probeSale = await step('openSale', () => cart.open({ tillId: probeTill.id }, by));
  await step('addSaleLine (FREE)', () =>
    cart.addLine({
      saleId: probeSale.id,
      kind: 'FREE',
      quantity: 1,
      label: 'Soin',
      unitPriceCents: 5000,
      vatRateBp: 2000,
    }),
  );
  await step('addSaleLine (FREE)', () =>
    cart.addLine({
      saleId: probeSale.id,
      kind: 'FREE',
      quantity: 1,
      label: 'Livre',
      unitPriceCents: 1055,
      vatRateBp: 550,
    }),
  );
  const probeRung = await step('addSaleLine (PRODUCT)', () =>
    cart.addLine({ saleId: probeSale.id, kind: 'PRODUCT', quantity: 1, productId: productIds[0] }),
  );
  const half = Math.floor(probeRung.totalInclCents / 2);
  await step('paySale (card, not covered)', () =>
    payment.pay(
      { saleId: probeSale.id, kind: 'CARD_OTHER', amountCents: half, idempotencyKey: 'probe-1' },
      userId,
    ),
  );
  await step('paySale (cash, completes)', () =>
    payment.pay(
      {
        saleId: probeSale.id,
        kind: 'CASH',
        amountCents: probeRung.totalInclCents - half,
        idempotencyKey: 'probe-2',
      },
      userId,
    ),
  );
  console.log('SQL statements per call (one ticket: open, 3 lines, 2 tenders):');
  for (const { name, statements } of probe) console.log(`  ${name.padEnd(28)} ${statements.length}`);
  console.log(`  ${'whole ticket'.padEnd(28)} ${probe.reduce((n, p) => n + p.statements.length, 0)}`);
  for (const { name, statements } of probe.slice(-2)) {
    console.log(`The ${statements.length} statements of ${name}:`);
    for (const sql of statements) console.log(`    ${describeSql(sql)}`);
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const payLatencies = [];
  const completingLatencies = [];
  const outcome = { completed: 0, failed: 0 };
  const worker = async (w) => {
    const random = mulberry32(options.seed * 1000 + w);
    for (let i = 0; i < options.tickets; i += 1) {
      try {
        const sale = await cart.open({ tillId: tillIds[w] }, by);
        await cart.addLine({
          saleId: sale.id,
          kind: 'FREE',
          quantity: 1,
          label: 'Soin visage',
          unitPriceCents: 4500 + Math.floor(random() * 3000),
          vatRateBp: 2000,
        });
        await cart.addLine({
          saleId: sale.id,
          kind: 'FREE',
          quantity: 1,
          label: 'Livre',
          unitPriceCents: 1055,
          vatRateBp: 550,
        });
        const rung = await cart.addLine({
          saleId: sale.id,
          kind: 'PRODUCT',
          quantity: 1 + Math.floor(random() * 3),
          productId: productIds[Math.floor(random() * productIds.length)],
        });
        const card = Math.floor(rung.totalInclCents / 2);
        let start = performance.now();
        await payment.pay(
          { saleId: sale.id, kind: 'CARD_OTHER', amountCents: card, idempotencyKey: `b-${w}-${i}-1` },
          userId,
        );
        payLatencies.push(performance.now() - start);
        start = performance.now();
        const paid = await payment.pay(
          {
            saleId: sale.id,
            kind: 'CASH',
            amountCents: rung.totalInclCents - card + 500,
            idempotencyKey: `b-${w}-${i}-2`,
          },
          userId,
        );
        const ms = performance.now() - start;
        payLatencies.push(ms);
        completingLatencies.push(ms);
        if (paid.status === 'COMPLETED') outcome.completed += 1;
        else outcome.failed += 1;
      } catch (error) {
        outcome.failed += 1;
        if (outcome.failed <= 3) console.error(error);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(tillIds.map((_, w) => worker(w)));
  const seconds = (performance.now() - t0) / 1000;
  payLatencies.sort((a, b) => a - b);
  completingLatencies.sort((a, b) => a - b);

  const check = await withDatabase(db.url, async (c) => {
    const numbers = await c.query(
      `SELECT till_id, count(*)::int AS n, min(number) AS lo, max(number) AS hi, count(DISTINCT number)::int AS distinct_numbers
         FROM pos_journal WHERE kind = 'TICKET' GROUP BY till_id`,
    );
    const stock = await c.query(
      `SELECT p.id, p.quantity, coalesce(sum(m.quantity), 0)::int AS ledger
         FROM product p LEFT JOIN stock_movement m ON m.product_id = p.id GROUP BY p.id`,
    );
    return { numbers: numbers.rows, stock: stock.rows };
  });
  const gaps = check.numbers.filter((r) => r.lo !== 1 || r.hi !== r.n || r.distinct_numbers !== r.n);
  const mismatches = check.stock.filter((r) => r.quantity !== r.ledger);
  console.log(
    `${options.tills} tills × ${fmt(options.tickets)} tickets (3 lines, 2 tenders: card on another terminal + cash)`,
  );
  console.log(`  completed ${fmt(outcome.completed)}, failed ${outcome.failed}`);
  console.log(
    `  ${(outcome.completed / seconds).toFixed(1)} tickets/s over ${seconds.toFixed(1)} s (ringing up included)`,
  );
  console.log(
    `  paySale (ms): p50 ${pick(payLatencies, 0.5).toFixed(1)}, p99 ${pick(payLatencies, 0.99).toFixed(1)}; ` +
      `the completing one: p50 ${pick(completingLatencies, 0.5).toFixed(1)}, p99 ${pick(completingLatencies, 0.99).toFixed(1)}, max ${completingLatencies[completingLatencies.length - 1].toFixed(1)}`,
  );
  console.log(
    `  tills whose TICKET numbers are not 1..n: ${gaps.length}; stock rows ≠ ledger: ${mismatches.length}`,
  );
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (gaps.length > 0 || mismatches.length > 0 || outcome.failed > 0) process.exitCode = 1;
} finally {
  await cleanup();
}
