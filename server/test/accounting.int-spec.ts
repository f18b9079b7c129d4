import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { gql, type GqlResponse } from '@serenaia/test-support';
import { PostingService, validateFecText } from '../src/accounting/index.js';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { QUEUES } from '../src/jobs/queues.js';
import { OutboxRelay } from '../src/outbox/index.js';
import {
  CashSessionService,
  ClosureService,
  DAY_CLOSED_JOB,
  JournalKind,
  JournalWriter,
} from '../src/pos/index.js';
import { createCategory, createService, parisDate } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { ticketPayload } from './support/pos-factory.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

interface Line {
  position: number;
  accountNumber: string;
  accountLabel: string;
  label: string;
  debitCents: number;
  creditCents: number;
}
interface Entry {
  id: string;
  journalCode: string;
  entryNum: number | null;
  entryDate: string;
  pieceRef: string;
  label: string;
  sourceKind: string;
  sourceId: string;
  validDate: string | null;
  debitCents: number;
  creditCents: number;
  lines: Line[];
}
const ENTRY = `id journalCode entryNum entryDate pieceRef label sourceKind sourceId validDate debitCents creditCents
  lines { position accountNumber accountLabel label debitCents creditCents }`;
const ENTRIES = `query($filter: AccountingEntriesFilterInput) { accountingEntries(filter: $filter, page: {limit: 200}) { total items { ${ENTRY} } } }`;

describe('accounting: entries from the till, validation, locks, FEC', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let staffId: string;
  let admin: string;
  let accountant: string;
  let client: string;
  let service: string;
  let cream: string;
  let keys = 0;
  const key = () => `acc-${++keys}-${Date.now()}`;

  beforeAll(async () => {
    t = await startTestApp({ env: { SIMULATED_PAYMENTS: '0' } });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
    // The ACCOUNTING.md sample: a facial at 60 € TTC and a cream at 36 € TTC, both at 20 %.
    service = await createService(db, await createCategory(db), { minutes: 30, priceCents: 6000 });
    const { upsertProduct } = await ok<{ upsertProduct: { id: string } }>(
      'mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { id } }',
      {
        input: {
          name: 'Crème hydratante',
          priceCents: 3600,
          vatRateBp: 2000,
          costCents: 900,
          kind: 'RETAIL',
        },
      },
      admin,
    );
    cream = upsertProduct.id;
    await ok(
      'mutation($input: RecordStockMovementInput!) { recordStockMovement(input: $input) { id } }',
      { input: { productId: cream, kind: 'RECEIPT', quantity: 50 } },
      staff,
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  function gqlAs<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<GqlResponse<T>> {
    return gql<T>(t.url, query, variables, { token });
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gqlAs<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function openTill(name: string): Promise<string> {
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`${name} ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    return till.id;
  }

  /** Sells the sample ticket (facial + cream, 96 €) through GraphQL, paid with `tenders`. */
  async function sellSample(tillId: string, tenders: { kind: string; amountCents: number }[]): Promise<void> {
    const sale = (
      await ok<{ openSale: { id: string } }>(
        'mutation($input: OpenSaleInput!) { openSale(input: $input) { id } }',
        {
          input: { tillId },
        },
      )
    ).openSale;
    const ADD = 'mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { totalInclCents } }';
    await ok(ADD, { input: { saleId: sale.id, kind: 'SERVICE', referenceId: service } });
    await ok(ADD, { input: { saleId: sale.id, kind: 'PRODUCT', productId: cream, quantity: 1 } });
    let status = '';
    for (const tender of tenders) {
      status = (
        await ok<{ paySale: { status: string } }>(
          'mutation($input: PaySaleInput!) { paySale(input: $input) { status } }',
          { input: { saleId: sale.id, idempotencyKey: key(), ...tender } },
        )
      ).paySale.status;
    }
    expect(status).toBe('COMPLETED');
  }

  const closeToday = (tillId: string) =>
    t.get(ClosureService).closePeriod({
      tillId,
      period: 'DAY',
      date: parisDate(new Date()),
      now: new Date(),
      actorUserId: staffId,
    });

  async function entries(filter: Record<string, unknown> = {}, token = accountant): Promise<Entry[]> {
    return (await ok<{ accountingEntries: { items: Entry[] } }>(ENTRIES, { filter }, token)).accountingEntries
      .items;
  }
  const entryOf = (closureId: string) =>
    waitFor(
      async () => (await entries()).find((e) => e.sourceId === closureId),
      `the entry of Z ${closureId}`,
    );
  const brief = (e: Entry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

  let cardEntry: Entry;
  let cashEntry: Entry;

  it('case 1: a day of card sales closed (Z) becomes one VE entry: 5115 96 / 707 30 · 706 50 · 445711 16', async () => {
    const tillId = await openTill('Comptoir carte');
    await sellSample(tillId, [{ kind: 'CARD_OTHER', amountCents: 9600 }]);
    const closure = await closeToday(tillId);
    cardEntry = await entryOf(closure.id);
    expect(brief(cardEntry)).toEqual([
      ['5115', 9600, 0],
      ['707', 0, 3000],
      ['706', 0, 5000],
      ['445711', 0, 1600],
    ]);
    expect(cardEntry).toMatchObject({
      journalCode: 'VE',
      entryNum: null,
      entryDate: parisDate(new Date()),
      pieceRef: `Z${closure.number}`,
      sourceKind: 'POS_Z',
      validDate: null,
      debitCents: 9600,
      creditCents: 9600,
    });
    expect(cardEntry.lines[0].accountLabel).toBe('Cartes bancaires à encaisser');
  });

  it('case 2 (cash) and a split cash + card: one debit line per tender account', async () => {
    const tillId = await openTill('Comptoir espèces');
    await sellSample(tillId, [{ kind: 'CASH', amountCents: 10000 }]);
    await sellSample(tillId, [
      { kind: 'CASH', amountCents: 2000 },
      { kind: 'CARD_OTHER', amountCents: 7600 },
    ]);
    const closure = await closeToday(tillId);
    cashEntry = await entryOf(closure.id);
    expect(brief(cashEntry)).toEqual([
      ['5115', 7600, 0],
      ['531', 11600, 0],
      ['707', 0, 6000],
      ['706', 0, 10000],
      ['445711', 0, 3200],
    ]);
  });

  it('is idempotent: a redelivered closure job or a second posting adds nothing', async () => {
    const before = (await entries()).length;
    expect(await t.get(PostingService).postDayClosure(cardEntry.sourceId)).toBe('already posted');
    // The outbox relays the same fact twice (e.g. a crash between Bull and the relay's commit, with a row copied).
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO outbox (queue, name, payload) VALUES ($1, $2, $3) RETURNING id`,
      [QUEUES.pos, DAY_CLOSED_JOB, { tillId: 'x', recordId: cardEntry.sourceId }],
    );
    await t.get(OutboxRelay).relayOnce();
    const queue = t.get<Queue>(getQueueToken(QUEUES.pos));
    const job = await waitFor(() => queue.getJob(`outbox:${row.id}`), 'the redelivered job');
    expect(await job.finished()).toEqual({ outcome: 'already posted' });
    expect((await entries()).length).toBe(before);
  });

  it('validation numbers entries per journal, sets ValidDate, and makes them final', async () => {
    const today = parisDate(new Date());
    const res = await ok<{ validateEntries: { validatedCount: number } }>(
      'mutation($input: ValidateEntriesInput!) { validateEntries(input: $input) { validatedCount } }',
      { input: { through: today } },
      accountant,
    );
    expect(res.validateEntries.validatedCount).toBe(2);
    const validated = await entries({ validated: true });
    expect(validated.map((e) => [e.id, e.entryNum, e.validDate])).toEqual([
      [cardEntry.id, 1, today],
      [cashEntry.id, 2, today],
    ]);
    await expect(
      db.query(`UPDATE accounting_entry SET label = 'changé' WHERE id = $1`, [cardEntry.id]),
    ).rejects.toThrow('a validated accounting entry is final');
    await expect(
      db.query(`DELETE FROM accounting_entry_line WHERE entry_id = $1`, [cardEntry.id]),
    ).rejects.toThrow('a validated accounting entry is final');
    await expect(
      db.query(
        `INSERT INTO accounting_entry_line (entry_id, position, account_number, account_label, label, debit_cents)
         VALUES ($1, 9, '512', 'Banque', 'ajout', 100)`,
        [cardEntry.id],
      ),
    ).rejects.toThrow('a validated accounting entry is final');
    // Nothing left to validate: the count says so (not the shape of the driver's answer).
    const again = await ok<{ validateEntries: { validatedCount: number } }>(
      'mutation($input: ValidateEntriesInput!) { validateEntries(input: $input) { validatedCount } }',
      { input: { through: today } },
      accountant,
    );
    expect(again.validateEntries.validatedCount).toBe(0);
    const future = await gqlAs(
      'mutation { validateEntries(input: {through: "2099-01-01"}) { validatedCount } }',
      {},
      accountant,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.through' })],
    });
  });

  it('the trial balance of the day sums to zero', async () => {
    const today = parisDate(new Date());
    const { trialBalance } = await ok<{
      trialBalance: {
        accountNumber: string;
        debitCents: number;
        creditCents: number;
        balanceCents: number;
      }[];
    }>(
      'query($p: TrialBalanceInput!) { trialBalance(period: $p) { accountNumber debitCents creditCents balanceCents } }',
      { p: { from: today, to: today, validatedOnly: true } },
      accountant,
    );
    expect(trialBalance.map((r) => [r.accountNumber, r.balanceCents])).toEqual([
      ['445711', -4800],
      ['5115', 17200],
      ['531', 11600],
      ['706', -15000],
      ['707', -9000],
    ]);
    expect(trialBalance.reduce((s, r) => s + r.balanceCents, 0)).toBe(0);
    const { generalLedger } = await ok<{
      generalLedger: {
        openingBalanceCents: number;
        closingBalanceCents: number;
        lines: { entryId: string; pieceRef: string; creditCents: number; balanceCents: number }[];
      };
    }>(
      'query($i: GeneralLedgerInput!) { generalLedger(input: $i) { openingBalanceCents closingBalanceCents lines { entryId pieceRef creditCents balanceCents } } }',
      { i: { accountNumber: '706', from: today, to: today, validatedOnly: true } },
      accountant,
    );
    expect(generalLedger).toEqual({
      openingBalanceCents: 0,
      closingBalanceCents: -15000,
      lines: [
        { entryId: cardEntry.id, pieceRef: cardEntry.pieceRef, creditCents: 5000, balanceCents: -5000 },
        { entryId: cashEntry.id, pieceRef: cashEntry.pieceRef, creditCents: 10000, balanceCents: -15000 },
      ],
    });
  });

  it('a locked month refuses entries dated inside it; a month with drafts cannot be locked', async () => {
    // A till's October 2025, written through the journal writer and closed as the POS does.
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Octobre ${Date.now()}`);
    const writer = t.get(JournalWriter);
    const sale = (at: string) =>
      t.get(TransactionRunner).run(({ manager }) =>
        writer.append(manager, {
          tillId: till.id,
          kind: JournalKind.TICKET,
          payload: { ...ticketPayload(3000) },
          occurredAt: new Date(at),
          actorUserId: staffId,
        }),
      );
    const lock = (year: number, month: number) =>
      gqlAs<{ lockPeriod: { month: string }[] }>(
        'mutation($input: LockPeriodInput!) { lockPeriod(input: $input) { month } }',
        { input: { year, month } },
        accountant,
      );
    await sale('2025-11-04T10:00:00Z');
    const november = await t.get(ClosureService).closePeriod({
      tillId: till.id,
      period: 'DAY',
      date: '2025-11-04',
      now: new Date('2025-11-04T19:00:00Z'),
      actorUserId: staffId,
    });
    await entryOf(november.id);
    const refused = await lock(2025, 11);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Validez d'abord l'écriture en brouillon de la période.",
      extensions: { code: 'CONFLICT' },
    });

    const locked = await lock(2025, 10);
    expect(locked.data?.lockPeriod.map((l) => l.month)).toContain('2025-10-01');
    const notOver = await lock(2099, 1);
    expect(notOver.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // A Z of a day in October (made late) cannot be posted, whoever tries.
    const other = await tills.createTill(`Octobre bis ${Date.now()}`);
    await t.get(TransactionRunner).run(({ manager }) =>
      writer.append(manager, {
        tillId: other.id,
        kind: JournalKind.TICKET,
        payload: { ...ticketPayload(2000) },
        occurredAt: new Date('2025-10-20T10:00:00Z'),
        actorUserId: staffId,
      }),
    );
    const october = await t.get(ClosureService).closePeriod({
      tillId: other.id,
      period: 'DAY',
      date: '2025-10-20',
      now: new Date('2025-10-20T19:00:00Z'),
      actorUserId: staffId,
    });
    await expect(t.get(PostingService).postDayClosure(october.id)).rejects.toThrow(
      'La période du 20/10/2025 est verrouillée.',
    );
    await expect(
      db.query(
        `INSERT INTO accounting_entry (journal_code, journal_label, entry_date, piece_ref, piece_date, label, source_key, source_kind, source_id)
         VALUES ('OD', 'Opérations diverses', '2025-10-31', 'X', '2025-10-31', 'à la main', 'manual:1', 'MANUAL', '1')`,
      ),
    ).rejects.toThrow('accounting period of 2025-10-31 is locked');
    expect((await entries()).some((e) => e.sourceId === october.id)).toBe(false);
  });

  it('exports a FEC the validator accepts, streamed through a signed short-lived link', async () => {
    const today = parisDate(new Date());
    const from = `${today.slice(0, 4)}-01-01`;
    const { fecExport } = await ok<{
      fecExport: {
        url: string;
        fileName: string;
        report: {
          ok: boolean;
          lineCount: number;
          entryCount: number;
          findingCount: number;
          debitCents: number;
        };
      };
    }>(
      'mutation($input: FecExportInput!) { fecExport(input: $input) { url fileName report { ok lineCount entryCount findingCount debitCents } } }',
      { input: { from, to: today } },
      accountant,
    );
    expect(fecExport.fileName).toBe(`912345675FEC${today.replaceAll('-', '')}.txt`);
    expect(fecExport.report).toEqual({
      ok: true,
      lineCount: 9,
      entryCount: 2,
      findingCount: 0,
      debitCents: 28800,
    });

    // The link is absolute on PUBLIC_URL; the suite's server listens on its own port.
    expect(fecExport.url.startsWith(`${t.config.publicUrl}/accounting/fec?token=`)).toBe(true);
    const local = (url: string) => `${t.url}${new URL(url).pathname}${new URL(url).search}`;
    const res = await fetch(local(fecExport.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${fecExport.fileName}"`);
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0].split('\t')).toHaveLength(18);
    expect(lines[1].split('\t').slice(0, 4)).toEqual(['VE', 'Ventes', '1', today.replaceAll('-', '')]);
    expect(lines[1].split('\t').slice(11, 13)).toEqual(['96,00', '0,00']);
    expect(validateFecText(text, { from, to: today })).toMatchObject({ ok: true, entryCount: 2 });

    // The same file, damaged three ways, is reported.
    const damaged = lines.map((l, i) => {
      const f = l.split('\t');
      if (i === 2) f[12] = '29,99'; // entry 1 no longer balances
      if (i >= 5 && i <= 9 && f.length === 18) f[2] = '3'; // entry 2 numbered 3: a gap
      if (i === 6) f[3] = `${today.slice(0, 4)}0231`; // 31 February
      return f.join('\t');
    });
    const report = validateFecText(damaged.join('\r\n'), { from, to: today });
    expect(report.findings.map((f) => f.code).sort()).toEqual(['BAD_DATE', 'NUMBERING', 'UNBALANCED_ENTRY']);

    const forged = await fetch(local(fecExport.url).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    expect(forged.status).toBe(403);
  });

  it('settings: defaults of ACCOUNTING.md, remapping with French errors naming the field', async () => {
    const SETTINGS =
      '{ accountingSettings { fecEncoding depositTreatment journals { key code } accounts { key number } } }';
    const { accountingSettings } = await ok<{
      accountingSettings: {
        fecEncoding: string;
        journals: { key: string; code: string }[];
        accounts: { key: string; number: string }[];
      };
    }>(SETTINGS, {}, accountant);
    expect(accountingSettings.fecEncoding).toBe('UTF_8');
    expect(accountingSettings.journals.map((j) => j.code)).toEqual(['VE', 'CA', 'BQ', 'OD', 'AN']);
    expect(accountingSettings.accounts).toEqual(
      expect.arrayContaining([
        { key: 'revenue.SERVICE', number: '706' },
        { key: 'vat.2000', number: '445711' },
        { key: 'tender.CASH', number: '531' },
        { key: 'provider.STRIPE', number: '467STR' },
      ]),
    );
    const UPDATE =
      'mutation($input: UpdateAccountingSettingsInput!) { updateAccountingSettings(input: $input) { fecEncoding accounts { key number } } }';
    const bad = await gqlAs(
      UPDATE,
      { input: { accounts: [{ key: 'revenue.SERVICE', number: '9ABC', label: 'x' }] } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.accounts.0.number' })],
    });
    const dup = await gqlAs(
      UPDATE,
      { input: { journals: [{ key: 'misc', code: 'VE', label: 'Divers' }] } },
      admin,
    );
    expect(dup.errors?.[0]?.message).toBe('Deux journaux ne peuvent pas avoir le même code.');
    const changed = await ok<{
      updateAccountingSettings: { fecEncoding: string; accounts: { key: string; number: string }[] };
    }>(
      UPDATE,
      {
        input: {
          fecEncoding: 'ISO_8859_15',
          accounts: [{ key: 'revenue.SERVICE', number: '7061', label: 'Soins' }],
        },
      },
      admin,
    );
    expect(changed.updateAccountingSettings.fecEncoding).toBe('ISO_8859_15');
    expect(changed.updateAccountingSettings.accounts).toContainEqual({
      key: 'revenue.SERVICE',
      number: '7061',
    });
    // The accountant reads the mapping but does not change it (an institute setting).
    const byAccountant = await gqlAs(UPDATE, { input: { fecEncoding: 'UTF_8' } }, accountant);
    expect(byAccountant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Staff and clients see none of it.
    for (const token of [staff, client]) {
      const refused = await gqlAs(SETTINGS, {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const fec = await gqlAs(
        'mutation { fecExport(input: {from: "2026-01-01", to: "2026-01-31"}) { url } }',
        {},
        token,
      );
      expect(fec.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
