// 100 concurrent clients redeeming on 10 hot gift cards over GraphQL: redemptions/s, p50/p99, total redeemed = sum of successes.
//
// Usage: node bench/run.mjs gift-cards [--clients=100] [--rounds=20] [--cards=10] [--face=100000] [--seed=7] [--direct=0]
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL) and Redis (REDIS_URL).
// Creates its own database (dropped at the end), starts the real app in this process, issues `--cards`
// cards of `--face` cents through the exported GiftCardIssueService (as the till's completion does), signs
// a STAFF user in, then `--clients` concurrent clients each send `--rounds` `redeemGiftCard` mutations
// (1–5 € on a random card) over HTTP, one after the other. Refusals for lack of balance are counted, not
// failures. `--direct=1` calls GiftCardRedemptionService.redeemNow in-process instead of HTTP (the
// database's share of the cost). Then it checks, per card, that face − balance = the sum of the successful responses for that
// card = −(sum of its REDEEM movements), and that the ledger sums to the balance (mismatches are printed;
// the bench exits 1 if there is any).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  benchDatabase,
  cleanup,
  fmt,
  machineTicks,
  mulberry32,
  parseArgs,
  requireServerBuild,
  serverModule,
  startBenchApp,
  pct,
  withDatabase,
} from '../support.mjs';

const options = parseArgs(process.argv.slice(2), {
  clients: 100,
  rounds: 20,
  cards: 10,
  face: 100_000,
  seed: 7,
  direct: 0,
});

requireServerBuild();
const [
  { TransactionRunner },
  { GiftCardIssueService, GiftCardRedemptionService, formatCode },
  { hashPassword },
] = await Promise.all([
  serverModule('common/transaction/unit-of-work.js'),
  serverModule('gift-card/index.js'),
  serverModule('auth/password.js'),
]);

const pick = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const REDEEM = `mutation($input: RedeemGiftCardInput!) { redeemGiftCard(input: $input) { giftCardId redeemedCents balanceCents } }`;

try {
  const db = await benchDatabase('gift_cards');
  await withDatabase(db.url, async (c) => {
    await c.query(
      `INSERT INTO app_user (email, password_hash, role, first_name, last_name)
       VALUES ('bench@serenaia.test', $1, 'STAFF', 'Bench', 'Staff')`,
      [await hashPassword('bench-password')],
    );
  });
  const { app, url } = await startBenchApp(db, 'gift-cards', { RATE_LIMIT_PER_MINUTE: '1000000' });
  const tx = app.get(TransactionRunner, { strict: false });
  const issue = app.get(GiftCardIssueService, { strict: false });
  const cards = [];
  for (let i = 0; i < options.cards; i += 1) {
    const issued = await tx.run((uow) =>
      issue.issueFromSale(uow, {
        quote: {
          kind: 'AMOUNT',
          serviceId: null,
          serviceName: null,
          faceValueCents: options.face,
          category: 'MULTI_PURPOSE',
          vatRateBp: 0,
          label: 'Carte cadeau',
        },
        pricePaidCents: options.face,
        saleId: randomUUID(),
        saleLineId: randomUUID(),
        unit: 1,
        by: null,
        now: Date.now(),
      }),
    );
    cards.push({ id: issued.card.id, code: formatCode(issued.code), redeemed: 0 });
  }

  const post = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  const token = (
    await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'bench@serenaia.test', password: 'bench-password' },
    })
  ).data.login.accessToken;

  const redemption = app.get(GiftCardRedemptionService, { strict: false });
  /** The same call the resolver makes, answered in the resolver's shape. */
  const direct = async (code, amountCents) => {
    try {
      const done = await redemption.redeemNow({
        code,
        amountCents,
        by: null,
        now: Date.now(),
        fields: { code: 'input.code', amountCents: 'input.amountCents' },
      });
      return { data: { redeemGiftCard: { giftCardId: done.card.id, redeemedCents: done.redeemedCents } } };
    } catch (error) {
      return { errors: [{ message: error.message, extensions: { code: error.code } }] };
    }
  };
  const latencies = [];
  const outcome = { ok: 0, refused: 0, failed: 0 };
  const client = async (n) => {
    const random = mulberry32(options.seed * 1000 + n);
    for (let i = 0; i < options.rounds; i += 1) {
      const card = cards[Math.floor(random() * cards.length)];
      const amountCents = 100 * (1 + Math.floor(random() * 5));
      const start = performance.now();
      const body = options.direct
        ? await direct(card.code, amountCents)
        : await post(REDEEM, { input: { code: card.code, amountCents } }, token);
      latencies.push(performance.now() - start);
      const done = body.data?.redeemGiftCard;
      if (done) {
        outcome.ok += 1;
        card.redeemed += done.redeemedCents;
      } else if (body.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT') outcome.refused += 1;
      else {
        outcome.failed += 1;
        if (outcome.failed <= 3) console.error(JSON.stringify(body.errors));
      }
    }
  };
  const ticks0 = machineTicks();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: options.clients }, (_, n) => client(n)));
  const seconds = (performance.now() - t0) / 1000;
  const ticks1 = machineTicks();
  const busy = 100 * (1 - (ticks1.idle - ticks0.idle) / (ticks1.total - ticks0.total));
  latencies.sort((a, b) => a - b);

  const rows = await withDatabase(
    db.url,
    async (c) =>
      (
        await c.query(
          `SELECT c.id, c.face_value_cents - c.balance_cents AS spent, c.balance_cents AS balance,
                coalesce(-sum(m.amount_cents) FILTER (WHERE m.kind = 'REDEEM'), 0)::int AS redeem_rows,
                coalesce(sum(m.amount_cents), 0)::int AS ledger
           FROM gift_card c LEFT JOIN gift_card_movement m ON m.gift_card_id = c.id GROUP BY c.id`,
        )
      ).rows,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const mismatches = cards.filter((card) => {
    const r = byId.get(card.id);
    return r.spent !== card.redeemed || r.redeem_rows !== card.redeemed || r.ledger !== r.balance;
  });
  const attempts = options.clients * options.rounds;
  const total = cards.reduce((s, c) => s + c.redeemed, 0);
  console.log(
    `${options.direct ? 'in-process (GiftCardRedemptionService.redeemNow)' : 'over HTTP (redeemGiftCard)'}: ` +
      `${options.clients} clients × ${options.rounds} redemptions on ${options.cards} cards of ${fmt(options.face / 100)} € (${fmt(attempts)} attempts)`,
  );
  console.log(
    `  redeemed ${fmt(outcome.ok)}, refused (balance) ${fmt(outcome.refused)}, failed ${outcome.failed}`,
  );
  console.log(
    `  ${fmt(Math.round(attempts / seconds))} attempts/s, ${fmt(Math.round(outcome.ok / seconds))} redemptions/s over ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  latency per request (ms): p50 ${pick(latencies, 0.5).toFixed(1)}, p99 ${pick(latencies, 0.99).toFixed(1)}, max ${latencies[latencies.length - 1].toFixed(1)}`,
  );
  console.log(
    `  total redeemed (sum of successful responses) ${fmt(total / 100)} €; spent on the cards ${fmt(rows.reduce((s, r) => s + r.spent, 0) / 100)} €`,
  );
  console.log(
    `  mismatches (face − balance ≠ responses, ≠ REDEEM rows, or ledger ≠ balance): ${mismatches.length}`,
  );
  console.log(`  machine CPU busy ${pct(busy)} (2 cores shared with whatever else runs)`);
  if (mismatches.length > 0 || outcome.failed > 0) process.exitCode = 1;
} finally {
  await cleanup();
}
