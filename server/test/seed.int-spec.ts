import {
  DEMO_PENDING_ORDER_REFERENCE,
  DEMO_TRANSFER_ACCOUNT,
} from '../src/database/seed/demo-gift-card-orders.js';
import { DEMO_GIFT_CARDS } from '../src/database/seed/demo-gift-cards.js';
import { seedDemo } from '../src/database/seed/demo-seed.js';
import { GiftCardCodes, GiftCardDocumentService, GiftCardRedemptionService } from '../src/gift-card/index.js';
import { VerifyJournalService } from '../src/pos/index.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const counts = async () =>
    (
      await t.dataSource.query(`SELECT
        (SELECT count(*)::int FROM service) AS services,
        (SELECT count(*)::int FROM service_category) AS categories,
        (SELECT count(*)::int FROM practitioner) AS practitioners,
        (SELECT count(*)::int FROM cabin) AS cabins,
        (SELECT count(*)::int FROM app_user) AS users,
        (SELECT count(*)::int FROM booking) AS bookings,
        (SELECT count(*)::int FROM reservation) AS reservations,
        (SELECT count(*)::int FROM availability_exception) AS exceptions,
        (SELECT count(*)::int FROM till) AS tills,
        (SELECT count(*)::int FROM pos_journal) AS journal`)
    )[0];

  it('loads a realistic institute once, and a second run changes nothing', async () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    await seedDemo(t.dataSource, now);
    const first = await counts();
    expect(first).toMatchObject({
      services: 24,
      categories: 5,
      practitioners: 3,
      cabins: 2,
      users: 4,
      exceptions: 1,
      tills: 1,
      // Three closed days (5 tickets and a Z each), then this morning's session.
      journal: 19,
    });
    expect(
      await t.dataSource.query(
        `SELECT payload->>'firstDate' AS date, (payload->>'ticketCount')::int AS tickets FROM pos_journal
          WHERE kind = 'CLOSURE_DAY' ORDER BY seq`,
      ),
    ).toEqual([
      { date: '2026-11-22', tickets: 5 },
      { date: '2026-11-23', tickets: 5 },
      { date: '2026-11-24', tickets: 5 },
    ]);
    // Each Z becomes a sales entry (VE) through the outbox, as at the till.
    const entries = await waitFor(async () => {
      const rows: { date: string; debit: number; credit: number }[] = await t.dataSource.query(
        `SELECT e.entry_date::text AS date, sum(l.debit_cents)::int AS debit, sum(l.credit_cents)::int AS credit
           FROM accounting_entry e JOIN accounting_entry_line l ON l.entry_id = e.id
          WHERE e.journal_code = 'VE' GROUP BY e.id, e.entry_date ORDER BY e.entry_date`,
      );
      return rows.length === 3 ? rows : undefined;
    }, 'the entries of the demo closures');
    for (const e of entries) expect(e.debit).toBe(e.credit);
    expect(entries.map((e) => e.date)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
    // The till's chain, history included, verifies (hashes and the Z totals recomputed).
    const [{ id: tillId }]: { id: string }[] = await t.dataSource.query(`SELECT id FROM till`);
    const report = await t.get(VerifyJournalService).verify({
      tillId,
      from: null,
      to: null,
      now: new Date(now),
      actorUserId: null,
      record: false,
    });
    expect(report).toMatchObject({ ok: true, closuresChecked: 3, broken: null });
    // The till "Accueil" has a session opened this morning (09:00 Paris = 08:00Z) with a 165 € float.
    expect(
      await t.dataSource.query(
        `SELECT t.name, s.opened_at, s.opening_float_cents, s.closed_at FROM till t JOIN cash_session s ON s.till_id = t.id`,
      ),
    ).toEqual([
      {
        name: 'Accueil',
        opened_at: new Date('2026-11-25T08:00:00Z'),
        opening_float_cents: 16500,
        closed_at: null,
      },
    ]);
    // A ticket put aside waits at the checkout: one retail product, totals consistent.
    expect(
      await t.dataSource.query(
        `SELECT s.status, s.total_incl_cents = l.total_incl_cents AS consistent, l.kind, l.quantity
           FROM sale s JOIN sale_line l ON l.sale_id = s.id`,
      ),
    ).toEqual([{ status: 'PARKED', consistent: true, kind: 'PRODUCT', quantity: 1 }]);
    expect(first.bookings).toBeGreaterThan(150);
    const loyalty = async () =>
      t.dataSource.query(
        `SELECT c.first_name AS "firstName", a.tier, a.balance, a.referred_by IS NOT NULL AS referred,
                (SELECT coalesce(sum(points), 0)::int FROM loyalty_movement m WHERE m.client_id = a.client_id) AS ledger
           FROM loyalty_account a JOIN client c ON c.id = a.client_id ORDER BY a.balance`,
      );
    // Loyalty: one client « Or », one reward available, one referral; each balance is its ledger's sum.
    const accounts = await loyalty();
    expect(accounts).toEqual([
      { firstName: 'Anaïs', tier: 'BRONZE', balance: 160, referred: true, ledger: 160 },
      { firstName: 'Françoise', tier: 'SILVER', balance: 420, referred: false, ledger: 420 },
      { firstName: 'Hélène', tier: 'SILVER', balance: 540, referred: false, ledger: 540 },
      { firstName: 'Éloïse', tier: 'GOLD', balance: 800, referred: false, ledger: 800 },
    ]);
    await seedDemo(t.dataSource, now + 86_400_000);
    expect(await counts()).toEqual(first);
    expect(await loyalty()).toEqual(accounts);
    // Bookings were placed by the slot search: no practitioner or cabin is double-booked…
    const [{ overlaps }] = await t.dataSource.query(`
      SELECT count(*)::int AS overlaps FROM reservation a JOIN reservation b ON a.id < b.id
       AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       AND (a.practitioner_id = b.practitioner_id OR a.cabin_id = b.cabin_id)`);
    expect(overlaps).toBe(0);
    // …past ones are settled and future ones open.
    const [{ wrong }] = await t.dataSource.query(
      `SELECT count(*)::int AS wrong FROM booking
        WHERE (ends_at <= $1 AND status IN ('PENDING', 'CONFIRMED')) OR (starts_at > $1 AND status IN ('COMPLETED', 'NO_SHOW'))`,
      [new Date(now)],
    );
    expect(wrong).toBe(0);
    // The institute is closed on Christmas Day of the demo year, and says why.
    expect(
      await t.dataSource.query(
        "SELECT to_char(date, 'YYYY-MM-DD') AS date, practitioner_id, kind, start_minute, reason FROM availability_exception",
      ),
    ).toEqual([
      {
        date: '2026-12-25',
        practitioner_id: null,
        kind: 'CLOSED',
        start_minute: null,
        reason: 'Fermeture de Noël',
      },
    ]);
    // Camille and Léa can sign in to the CRM and are linked to their practitioner records.
    const linked = await t.dataSource.query(
      'SELECT u.email FROM practitioner p JOIN app_user u ON u.id = p.user_id ORDER BY u.email',
    );
    expect(linked.map((r: { email: string }) => r.email)).toEqual([
      'camille@serenaia.test',
      'lea@serenaia.test',
    ]);
    // Every demo practitioner introduces themself on the public site.
    const [{ without }] = await t.dataSource.query(
      `SELECT count(*)::int AS without FROM practitioner WHERE bio IS NULL OR char_length(bio) < 40`,
    );
    expect(without).toBe(0);
  });

  it('seeds demo gift cards whose printed codes the application finds (active, partly used, expired), once', async () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    await seedDemo(t.dataSource, now, t.config.jwtSecret);
    await seedDemo(t.dataSource, now + 86_400_000, t.config.jwtSecret);
    const cards = t.get(GiftCardRedemptionService);
    const documents = t.get(GiftCardDocumentService);
    const found = [];
    for (const { code } of DEMO_GIFT_CARDS) {
      const card = await cards.find(t.dataSource.manager, code, 'code');
      found.push([card.status, card.balanceCents, card.faceValueCents]);
      // The sealed copy opens to the printed code: staff can print or resend the demo cards.
      expect((await documents.printout(card.id)).document.code).toBe(code.replace(/-/g, ''));
    }
    expect(found).toEqual([
      ['ACTIVE', 10_000, 10_000],
      ['ACTIVE', 3_000, 5_000],
      ['EXPIRED', 0, 4_000],
    ]);
    const [{ mismatched }] = await t.dataSource.query(
      `SELECT count(*)::int AS mismatched FROM gift_card c
        WHERE c.balance_cents <> (SELECT sum(amount_cents) FROM gift_card_movement m WHERE m.gift_card_id = c.id)`,
    );
    expect(mismatched).toBe(0);
  });

  it('seeds a gift-card order waiting for its transfer and one paid online with its card, once', async () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    await seedDemo(t.dataSource, now, t.config.jwtSecret);
    await seedDemo(t.dataSource, now + 86_400_000, t.config.jwtSecret);
    const orders = await t.dataSource.query<{ reference: string; status: string; method: string }[]>(
      `SELECT reference, status, method FROM gift_card_order ORDER BY reference`,
    );
    expect(orders).toEqual([
      { reference: DEMO_PENDING_ORDER_REFERENCE, status: 'PENDING_PAYMENT', method: 'BANK_TRANSFER' },
      { reference: 'CC-WEB4QM', status: 'PAID', method: 'CARD_ONLINE' },
    ]);
    const [card] = await t.dataSource.query<
      { code_sealed: string; face_value_cents: number; status: string }[]
    >(
      `SELECT c.code_sealed, c.face_value_cents, c.status FROM gift_card c
         JOIN gift_card_order o ON o.gift_card_id = c.id AND c.order_id = o.id`,
    );
    const code = t.get(GiftCardCodes).unseal(card.code_sealed);
    const found = await t.get(GiftCardRedemptionService).find(t.dataSource.manager, code ?? '', 'code');
    expect(found).toMatchObject({ status: 'ACTIVE', faceValueCents: 8000, balanceCents: 8000 });
    const [{ transfer_iban }] = await t.dataSource.query('SELECT transfer_iban FROM gift_card_settings');
    expect(transfer_iban).toBe(DEMO_TRANSFER_ACCOUNT.iban);
    // The card paid online reaches the books through the outbox, once (the demo checkout's 467SIM).
    const lines = await waitFor(async () => {
      const rows: { journal: string; account: string; debit: number; credit: number }[] =
        await t.dataSource.query(
          `SELECT e.journal_code AS journal, l.account_number AS account, l.debit_cents AS debit, l.credit_cents AS credit
           FROM accounting_entry e JOIN accounting_entry_line l ON l.entry_id = e.id
          WHERE e.source_kind = 'GIFT_CARD_ORDER' ORDER BY l.position`,
        );
      return rows.length > 0 ? rows : undefined;
    }, 'the entry of the card sold online');
    expect(lines).toEqual([
      { journal: 'BQ', account: '467SIM', debit: 8000, credit: 0 },
      { journal: 'BQ', account: '41911', debit: 0, credit: 8000 },
    ]);
  });
});
