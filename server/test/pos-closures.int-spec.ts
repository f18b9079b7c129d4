import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import {
  ArchiveService,
  CashSessionService,
  ClosureService,
  JournalKind,
  JournalWriter,
  VerifyJournalService,
  verifyArchive,
} from '../src/pos/index.js';
import { ticketPayload } from './support/pos-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('point of sale: closures, verification, archives', () => {
  let t: TestApp;
  let db: DataSource;
  let tx: TransactionRunner;
  let writer: JournalWriter;
  let tills: CashSessionService;
  let closing: ClosureService;
  let verifier: VerifyJournalService;
  let archives: ArchiveService;
  let admin: string;
  let staff: string;
  let staffId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    tx = t.get(TransactionRunner);
    writer = t.get(JournalWriter);
    tills = t.get(CashSessionService);
    closing = t.get(ClosureService);
    verifier = t.get(VerifyJournalService);
    archives = t.get(ArchiveService);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  const sale = (tillId: string, at: string, cents: number, kind = JournalKind.TICKET) => {
    const payload = ticketPayload(cents);
    if (kind === JournalKind.CREDIT_NOTE) {
      for (const l of payload.lines)
        Object.assign(l, {
          quantity: -l.quantity,
          totalExclCents: -l.totalExclCents,
          totalInclCents: -l.totalInclCents,
        });
      for (const v of payload.vatTotals) Object.assign(v, { baseCents: -v.baseCents, vatCents: -v.vatCents });
      for (const p of payload.tenders) p.amountCents = -p.amountCents;
      payload.totalInclCents = -payload.totalInclCents;
    }
    return tx.run(({ manager }) =>
      writer.append(manager, {
        tillId,
        kind,
        payload: { ...payload },
        occurredAt: new Date(at),
        actorUserId: staffId,
      }),
    );
  };

  const close = (tillId: string, period: 'DAY' | 'MONTH' | 'YEAR', date: string, now: string) =>
    closing.closePeriod({ tillId, period, date, now: new Date(now), actorUserId: staffId });

  /** A till with sales on 2 and 3 November 2026, one credit note, its days and its month closed. */
  async function tillWithNovember(name: string) {
    const till = await tills.createTill(name);
    await tills.open({
      tillId: till.id,
      counts: [{ denominationCents: 2000, count: 5 }],
      by: staffId,
      now: new Date('2026-11-02T08:00:00Z'),
    });
    await sale(till.id, '2026-11-02T09:00:00Z', 3000);
    await sale(till.id, '2026-11-02T10:00:00Z', 4500);
    await close(till.id, 'DAY', '2026-11-02', '2026-11-02T19:00:00Z');
    await sale(till.id, '2026-11-03T09:00:00Z', 2000);
    await sale(till.id, '2026-11-03T11:00:00Z', 2000, JournalKind.CREDIT_NOTE);
    await close(till.id, 'MONTH', '2026-11-15', '2026-12-01T07:00:00Z');
    return till;
  }

  it('closes days, then a month from its days, with the perpetual grand total', async () => {
    const till = await tillWithNovember('Novembre');
    const rows = await closing.list({ tillId: till.id, period: null, from: null, to: null });
    expect(rows.map((r) => [r.kind, r.number, r.payload.firstDate, r.payload.automatic])).toEqual([
      ['CLOSURE_DAY', 1, '2026-11-02', false],
      ['CLOSURE_DAY', 2, '2026-11-03', true],
      ['CLOSURE_MONTH', 1, '2026-11-01', false],
    ]);
    const [d2, d3, month] = rows.map((r) => r.payload);
    expect(d2).toMatchObject({
      ticketCount: 2,
      totalInclCents: 9610,
      perpetualTotalCents: 9610,
      perpetualAbsoluteCents: 9610,
    });
    expect(d3).toMatchObject({
      ticketCount: 1,
      creditNoteCount: 1,
      totalInclCents: 0,
      absoluteTotalCents: 6110,
      perpetualTotalCents: 9610,
      perpetualAbsoluteCents: 15720,
    });
    expect(month).toMatchObject({
      period: 'MONTH',
      firstDate: '2026-11-01',
      lastDate: '2026-11-30',
      ticketCount: 3,
      creditNoteCount: 1,
      totalInclCents: 9610,
      absoluteTotalCents: 15720,
      perpetualTotalCents: 9610,
      vatTotals: [
        { rateBp: 550, baseCents: 2000, vatCents: 110 },
        { rateBp: 2000, baseCents: 6500, vatCents: 1000 },
      ],
    });
    await expect(close(till.id, 'MONTH', '2026-11-01', '2026-12-02T07:00:00Z')).rejects.toThrow(
      'Le mois du 01/11/2026 au 30/11/2026 est déjà clôturé.',
    );
    await expect(close(till.id, 'MONTH', '2026-12-01', '2026-12-20T07:00:00Z')).rejects.toThrow(
      "n'est pas terminé",
    );
    await expect(close(till.id, 'DAY', '2026-12-25', '2026-12-20T07:00:00Z')).rejects.toThrow(
      "La journée du 25/12/2026 n'est pas terminée",
    );
  });

  it('closes a year only once its months are closed, from the month closures', async () => {
    const till = await tills.createTill('Année');
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date('2026-10-05T08:00:00Z') });
    await sale(till.id, '2026-10-05T09:00:00Z', 1000);
    await sale(till.id, '2026-11-05T09:00:00Z', 2000);
    await close(till.id, 'MONTH', '2026-10-01', '2026-11-05T07:00:00Z');
    await expect(close(till.id, 'YEAR', '2026-06-01', '2027-01-02T07:00:00Z')).rejects.toThrow(
      "Clôturez d'abord le mois : 11/2026.",
    );
    await close(till.id, 'MONTH', '2026-11-01', '2027-01-02T07:00:00Z');
    const year = await close(till.id, 'YEAR', '2026-06-01', '2027-01-02T07:00:00Z');
    expect(year.payload).toMatchObject({
      period: 'YEAR',
      firstDate: '2026-01-01',
      lastDate: '2026-12-31',
      ticketCount: 2,
      totalInclCents: 5110,
      perpetualTotalCents: 5110,
    });
    expect((await verifier.walk(till.id, null, null)).ok).toBe(true);
  });

  it('verifies the whole chain and the closures, and journals the run', async () => {
    const till = await tillWithNovember('Vérifiée');
    const report = await verifier.verify({
      tillId: till.id,
      from: null,
      to: null,
      now: new Date('2026-12-02T08:00:00Z'),
      actorUserId: null,
    });
    expect(report).toMatchObject({
      ok: true,
      firstSeq: 1,
      lastSeq: 8,
      recordsChecked: 8,
      closuresChecked: 3,
      broken: null,
    });
    const events: { payload: Record<string, unknown> }[] = await db.query(
      `SELECT payload FROM pos_journal WHERE till_id = $1 AND kind = 'EVENT'`,
      [till.id],
    );
    expect(events[0].payload).toMatchObject({ event: 'JOURNAL_VERIFIED', ok: true, lastSeq: 8 });
    // A part of the chain verifies on its own, from the record before it.
    expect(await verifier.walk(till.id, '2026-11-03', '2026-11-03')).toMatchObject({
      ok: true,
      firstSeq: 5,
      lastSeq: 6,
    });
  });

  /** Changes rows as a superuser who disables the triggers (what the chain must reveal). */
  async function asSuperuser(sql: string, params: unknown[]) {
    const qr = db.createQueryRunner();
    await qr.connect();
    try {
      await qr.query(`SET session_replication_role = replica`);
      await qr.query(sql, params);
    } finally {
      await qr.query(`RESET session_replication_role`);
      await qr.release();
    }
  }

  it('detects a ticket edited with SQL by a superuser bypassing the trigger and the payload constraint', async () => {
    const till = await tillWithNovember('Falsifiée');
    const edit = `UPDATE pos_journal SET payload = jsonb_set(payload, '{totalInclCents}', '1') WHERE till_id = $1 AND kind = 'TICKET' AND number = 2`;
    // With the triggers off, the payload still cannot leave the text that was hashed…
    await expect(asSuperuser(edit, [till.id])).rejects.toThrow('ck_pos_journal_payload');
    // …unless the schema itself is changed, which the verification notices first thing.
    await db.query(`ALTER TABLE pos_journal DROP CONSTRAINT ck_pos_journal_payload`);
    try {
      await asSuperuser(edit, [till.id]);
      expect((await verifier.walk(till.id, null, null)).broken).toEqual({
        seq: 3,
        kind: 'TICKET',
        problem: 'Le contenu ne correspond plus au texte enregistré et haché (forme canonique).',
      });
    } finally {
      await asSuperuser(`UPDATE pos_journal SET payload = (canonical::jsonb)->'payload' WHERE till_id = $1`, [
        till.id,
      ]);
      await db.query(
        `ALTER TABLE pos_journal ADD CONSTRAINT ck_pos_journal_payload CHECK (payload = ((canonical)::jsonb -> 'payload'))`,
      );
    }
    expect((await verifier.walk(till.id, null, null)).ok).toBe(true);
  });

  it('detects an edit that recomputed the record hash (the next link breaks)', async () => {
    const till = await tillWithNovember('Recalculée');
    const [row]: { canonical: string; prev_hash: string }[] = await db.query(
      `SELECT canonical, prev_hash FROM pos_journal WHERE till_id = $1 AND seq = 2`,
      [till.id],
    );
    const forged = row.canonical.replace('"totalInclCents":4055', '"totalInclCents":55');
    const { chainHash } = await import('../src/pos/journal/canonical.js');
    await asSuperuser(
      `UPDATE pos_journal SET canonical = $2::text, payload = ($2::text::jsonb)->'payload', hash = $3 WHERE till_id = $1 AND seq = 2`,
      [till.id, forged, chainHash(row.prev_hash, forged)],
    );
    expect((await verifier.walk(till.id, null, null)).broken).toMatchObject({
      seq: 3,
      problem: "Le lien avec l'enregistrement précédent est rompu (empreinte précédente différente).",
    });
  });

  it('detects a deleted row', async () => {
    const till = await tillWithNovember('Amputée');
    await asSuperuser(`DELETE FROM pos_journal WHERE till_id = $1 AND seq = 5`, [till.id]);
    expect((await verifier.walk(till.id, null, null)).broken).toMatchObject({
      seq: 5,
      problem: 'Enregistrement manquant : n° de séquence 5 attendu, 6 trouvé.',
    });
    await asSuperuser(
      `DELETE FROM pos_journal WHERE till_id = $1 AND seq = (SELECT max(seq) FROM pos_journal WHERE till_id = $1)`,
      [till.id],
    );
    expect((await verifier.walk(till.id, '2026-11-03', null)).ok).toBe(false);
  });

  it('detects a column edited beside its intact text: an instant moved (by a day, by a millisecond), a number', async () => {
    const till = await tillWithNovember('Déplacée');
    const mismatch = 'Le contenu ne correspond plus au texte enregistré et haché (forme canonique).';
    for (const [set, undo] of [
      [`occurred_at = occurred_at + interval '1 day'`, `occurred_at = occurred_at - interval '1 day'`],
      [
        `occurred_at = occurred_at + interval '1 millisecond'`,
        `occurred_at = date_trunc('second', occurred_at)`,
      ],
      [`number = number + 100`, `number = number - 100`],
    ]) {
      await asSuperuser(`UPDATE pos_journal SET ${set} WHERE till_id = $1 AND seq = 2`, [till.id]);
      expect((await verifier.walk(till.id, null, null)).broken).toEqual({
        seq: 2,
        kind: 'TICKET',
        problem: mismatch,
      });
      await asSuperuser(`UPDATE pos_journal SET ${undo} WHERE till_id = $1 AND seq = 2`, [till.id]);
      expect((await verifier.walk(till.id, null, null)).ok).toBe(true);
    }
  });

  it('exports a signed archive that verifies offline, and fails once one byte is changed', async () => {
    const till = await tillWithNovember('Archivée');
    const archive = await archives.export({
      tillId: till.id,
      from: '2026-11-01',
      to: '2026-11-30',
      now: new Date('2026-12-02T09:00:00Z'),
      actorUserId: null,
    });
    // November holds the session opening, 4 sales and the closure of the 2nd (the 3rd and the month were closed on 1 December).
    expect(archive.recordCount).toBe(6);
    expect(archive.filename).toBe('journal-Archivee-2026-11-01-2026-11-30.zip');
    const zip = Buffer.from(archive.contentBase64, 'base64');
    const pem = (await gqlOk<{ journalPublicKey: string }>(t.url, '{ journalPublicKey }', {}, staff))
      .journalPublicKey;
    const { createPublicKey } = await import('node:crypto');
    const der = createPublicKey(pem).export({ format: 'der', type: 'spki' }).toString('base64');
    const check = verifyArchive(zip, der);
    expect(check).toMatchObject({
      ok: true,
      problems: [],
      recordsChecked: 6,
      manifest: { firstSeq: 1, lastSeq: 6 },
    });
    for (const at of [40, Math.floor(zip.length / 2), zip.length - 30]) {
      const bad = Buffer.from(zip);
      bad[at] ^= 0x01;
      expect(verifyArchive(bad, der).ok).toBe(false);
    }
    // The CLI (from the build) verifies it offline, and refuses it with one byte changed.
    const dir = await mkdtemp(path.join(tmpdir(), 'pos-archive-'));
    const good = path.join(dir, archive.filename);
    const tampered = path.join(dir, 'tampered.zip');
    await writeFile(good, zip);
    const altered = Buffer.from(zip);
    altered[Math.floor(zip.length / 3)] ^= 0x20;
    await writeFile(tampered, altered);
    const cli = (file: string) =>
      spawnSync(
        process.execPath,
        [path.resolve(here, '../dist/scripts/journal-verify.js'), '--archive', file, '--public-key', der],
        {
          encoding: 'utf8',
          env: { ...process.env, NODE_OPTIONS: '' },
        },
      );
    const ok = cli(good);
    expect([ok.status, ok.stdout]).toEqual([
      0,
      expect.stringContaining('OK : 6 enregistrements vérifiés, signature valide.'),
    ]);
    const ko = cli(tampered);
    expect([ko.status, ko.stderr]).toEqual([1, expect.stringContaining('ÉCHEC')]);
    expect(verifyArchive(zip, Buffer.alloc(44, 1).toString('base64')).problems).toEqual([
      "L'archive n'est pas signée par la clé attendue.",
    ]);
    const events: { payload: Record<string, unknown> }[] = await db.query(
      `SELECT payload FROM pos_journal WHERE till_id = $1 AND kind = 'EVENT'`,
      [till.id],
    );
    expect(events.map((e) => e.payload.event)).toEqual(['ARCHIVE_EXPORTED']);
  });

  it('runs a cash session over GraphQL: float, movements, count, variance; roles beyond the guard', async () => {
    const till = await tills.createTill('Accueil test');
    const OPEN = `mutation($input: OpenCashSessionInput!) { openCashSession(input: $input) { id openingFloatCents openingCounts { denominationCents count } } }`;
    const bad = await gql(
      t.url,
      OPEN,
      { input: { tillId: till.id, counts: [{ denominationCents: 300, count: 1 }] } },
      { token: staff },
    );
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'counts.0.denominationCents' }] },
    });
    const opened = await gqlOk<{ openCashSession: { openingFloatCents: number } }>(
      t.url,
      OPEN,
      {
        input: {
          tillId: till.id,
          counts: [
            { denominationCents: 1000, count: 10 },
            { denominationCents: 200, count: 5 },
          ],
        },
      },
      staff,
    );
    expect(opened.openCashSession.openingFloatCents).toBe(11000);
    const again = await gql(t.url, OPEN, { input: { tillId: till.id, counts: [] } }, { token: staff });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Une session est déjà ouverte sur cette caisse.',
      extensions: { code: 'CONFLICT' },
    });
    await gqlOk(
      t.url,
      `mutation { recordCashMovement(input: {tillId: "${till.id}", direction: OUT, amountCents: 2500, reason: "Dépôt banque"}) { id } }`,
      {},
      staff,
    );
    const open = await gqlOk<{ cashSession: { expectedCents: number; varianceCents: number | null } }>(
      t.url,
      `{ cashSession(tillId: "${till.id}") { expectedCents varianceCents } }`,
      {},
      staff,
    );
    expect(open.cashSession).toEqual({ expectedCents: 8500, varianceCents: null });
    const closed = await gqlOk<{ closeCashSession: Record<string, unknown> }>(
      t.url,
      `mutation { closeCashSession(input: {tillId: "${till.id}", counts: [{denominationCents: 5000, count: 1}, {denominationCents: 1000, count: 3}, {denominationCents: 200, count: 2}]}) {
        expectedCents countedCents varianceCents closedAt movements { direction amountCents reason } } }`,
      {},
      staff,
    );
    expect(closed.closeCashSession).toMatchObject({
      expectedCents: 8500,
      countedCents: 8400,
      varianceCents: -100,
      movements: [{ direction: 'OUT', amountCents: 2500, reason: 'Dépôt banque' }],
    });
    const kinds: { kind: string; event: string | null }[] = await db.query(
      `SELECT kind, payload->>'event' AS event FROM pos_journal WHERE till_id = $1 ORDER BY seq`,
      [till.id],
    );
    // The staff session's first till-writing action signs it in (technical log), once.
    expect(kinds.map((k) => k.event ?? k.kind)).toEqual([
      'TILL_SIGN_IN',
      'SESSION_OPENED',
      'CASH_MOVEMENT',
      'SESSION_CLOSED',
    ]);
    const month = await gql(
      t.url,
      `mutation { closePeriod(input: {tillId: "${till.id}", period: MONTH, date: "2026-01-01"}) { id } }`,
      {},
      { token: staff },
    );
    expect(month.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const z = await gqlOk<{ closePeriod: { period: string; number: number; firstDate: string } }>(
      t.url,
      `mutation { closePeriod(input: {tillId: "${till.id}", period: DAY, date: "2026-01-01"}) { period number firstDate } }`,
      {},
      staff,
    );
    expect(z.closePeriod).toEqual({ period: 'DAY', number: 1, firstDate: '2026-01-01' });
    const verified = await gqlOk<{ verifyJournal: { ok: boolean; recordsChecked: number } }>(
      t.url,
      `mutation { verifyJournal(input: {tillId: "${till.id}"}) { ok recordsChecked broken { seq } } }`,
      {},
      admin,
    );
    // TILL_SIGN_IN, SESSION_OPENED, CASH_MOVEMENT, SESSION_CLOSED, CLOSURE_DAY
    expect(verified.verifyJournal).toEqual({ ok: true, recordsChecked: 5, broken: null });
  });
});
