import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { CashSessionService, JournalKind, JournalWriter, TillGate } from '../src/pos/index.js';
import { ticketPayload } from './support/pos-factory.js';
import { createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

describe('point of sale: journal writer and till gate', () => {
  let t: TestApp;
  let db: DataSource;
  let tx: TransactionRunner;
  let writer: JournalWriter;
  let gate: TillGate;
  let tills: CashSessionService;
  let staffId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    tx = t.get(TransactionRunner);
    writer = t.get(JournalWriter);
    gate = t.get(TillGate);
    tills = t.get(CashSessionService);
    staffId = (await createUser(db, 'STAFF')).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const ticket = (tillId: string, at: Date, cents = 3000) =>
    tx.run(({ manager }) =>
      writer.append(manager, {
        tillId,
        kind: JournalKind.TICKET,
        payload: { ...ticketPayload(cents) },
        occurredAt: at,
        actorUserId: staffId,
      }),
    );

  it('gives 20 concurrent completions on one till the numbers 1..20, chained, without gaps or duplicates', async () => {
    const till = await tills.createTill('Concurrence');
    const at = new Date('2026-12-01T10:00:00Z');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => ticket(till.id, at, 1000 + i)));
    expect(results.map((r) => r.number).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const rows: { seq: number; number: number; prev_hash: string; hash: string }[] = await db.query(
      `SELECT seq, number, prev_hash, hash FROM pos_journal WHERE till_id = $1 ORDER BY seq`,
      [till.id],
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    const head: { seq: number; hash: string }[] = await db.query(
      `SELECT seq, hash FROM pos_chain_head WHERE till_id = $1`,
      [till.id],
    );
    expect(head[0]).toEqual({ seq: 20, hash: rows[19].hash });
  });

  it('does not consume a number when the caller rolls back', async () => {
    const till = await tills.createTill('Annulation');
    const at = new Date('2026-12-01T10:00:00Z');
    await ticket(till.id, at);
    await expect(
      tx.run(async ({ manager }) => {
        await writer.append(manager, {
          tillId: till.id,
          kind: JournalKind.TICKET,
          payload: { ...ticketPayload() },
          occurredAt: at,
          actorUserId: null,
        });
        throw new Error('payment declined');
      }),
    ).rejects.toThrow('payment declined');
    expect((await ticket(till.id, at)).number).toBe(2);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of the journal on the app's connection", async () => {
    const till = await tills.createTill('Triggers');
    await ticket(till.id, new Date('2026-12-01T10:00:00Z'));
    await expect(
      db.query(`UPDATE pos_journal SET payload = '{}' WHERE till_id = $1`, [till.id]),
    ).rejects.toThrow(/UPDATE on pos_journal refused: the till journal is inalterable/);
    await expect(db.query(`DELETE FROM pos_journal WHERE till_id = $1`, [till.id])).rejects.toThrow(
      /DELETE on pos_journal refused/,
    );
    await expect(db.query(`TRUNCATE pos_journal CASCADE`)).rejects.toThrow(/TRUNCATE on pos_journal refused/);
    await expect(db.query(`DELETE FROM pos_chain_head WHERE till_id = $1`, [till.id])).rejects.toThrow(
      /DELETE on pos_chain_head refused/,
    );
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM pos_journal WHERE till_id = $1`, [till.id]))[0].n,
    ).toBe(1);
  });

  it('refuses a sale on a till without an open session, and on a session open for more than 24 h', async () => {
    const till = await tills.createTill('Portes');
    const opened = new Date('2026-12-02T08:00:00Z');
    await expect(tx.run(({ manager }) => gate.assertCanSell(manager, till.id, opened))).rejects.toMatchObject(
      {
        code: 'CONFLICT',
        message: "La caisse n'est pas ouverte : ouvrez une session de caisse avant de vendre.",
      },
    );
    await tills.open({
      tillId: till.id,
      counts: [{ denominationCents: 1000, count: 5 }],
      by: staffId,
      now: opened,
    });
    await expect(
      tx.run(({ manager }) => gate.assertCanSell(manager, till.id, new Date('2026-12-03T07:59:59Z'))),
    ).resolves.toMatchObject({ openingFloatCents: 5000 });
    await expect(
      tx.run(({ manager }) => gate.assertCanSell(manager, till.id, new Date('2026-12-03T08:00:01Z'))),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'La caisse est ouverte depuis plus de 24 h : clôturez-la avant de vendre.',
    });
  });

  it('makes the daily closure missed last night before the first sale of the morning', async () => {
    const till = await tills.createTill('Oubli');
    // Paris: 3 Dec opened 09:00, two tickets in the evening (the second at 23:30 Paris = 22:30Z).
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date('2026-12-03T08:00:00Z') });
    await ticket(till.id, new Date('2026-12-03T17:00:00Z'), 2000);
    await ticket(till.id, new Date('2026-12-03T22:30:00Z'), 4000);
    const morning = new Date('2026-12-04T07:30:00Z');
    await tx.run(({ manager }) => gate.assertCanSell(manager, till.id, morning));
    const closures: { number: number; payload: Record<string, unknown>; occurred_at: Date }[] =
      await db.query(
        `SELECT number, payload, occurred_at FROM pos_journal WHERE till_id = $1 AND kind = 'CLOSURE_DAY'`,
        [till.id],
      );
    expect(closures).toHaveLength(1);
    expect(closures[0].number).toBe(1);
    expect(closures[0].occurred_at).toEqual(morning);
    expect(closures[0].payload).toMatchObject({
      period: 'DAY',
      firstDate: '2026-12-03',
      lastDate: '2026-12-03',
      automatic: true,
      ticketCount: 2,
      creditNoteCount: 0,
      totalInclCents: 2000 + 4000 + 2 * 1055,
      absoluteTotalCents: 8110,
      perpetualTotalCents: 8110,
      vatTotals: [
        { rateBp: 550, baseCents: 2000, vatCents: 110 },
        { rateBp: 2000, baseCents: 5000, vatCents: 1000 },
      ],
      tenders: [
        { kind: 'CARD_SUMUP', amountCents: 6000 },
        { kind: 'CASH', amountCents: 2110 },
      ],
    });
    // The closed day takes nothing more; the next morning's gate has nothing left to close.
    await expect(ticket(till.id, new Date('2026-12-03T22:59:59Z'))).rejects.toThrow(
      'La journée du 03/12/2026 est déjà clôturée',
    );
    await tx.run(({ manager }) => gate.assertCanSell(manager, till.id, new Date('2026-12-04T08:00:00Z')));
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pos_journal WHERE till_id = $1 AND kind = 'CLOSURE_DAY'`,
          [till.id],
        )
      )[0].n,
    ).toBe(1);
  });
});
