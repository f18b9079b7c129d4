/**
 * Telling the client about her referral and birthday bonuses, end to end on the real app, PostgreSQL,
 * Redis and the SMTP catcher: when a referred client's first paid visit pays the referral, both the
 * referrer and the referred client get an e-mail (once, even after another ticket); the birthday
 * bonus sends one e-mail a year; a client who refused service e-mails gets none (recorded skipped).
 */
import type { DataSource } from 'typeorm';
import { gql, TestSmtpServer } from '@serenaia/test-support';
import { LoyaltyMaintenanceService } from '../src/loyalty/index.js';
import { CashSessionService } from '../src/pos/index.js';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { enableLoyaltyProgram } from './support/loyalty-program.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const SALE = 'id status totalInclCents';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const REFERRAL = `query($clientId: ID!) { referralCode(clientId: $clientId) { code } }`;
const RECORD_REFERRAL = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { referredBy } }`;
const ACCOUNT = `query($clientId: ID!) { loyaltyAccount(clientId: $clientId) { balance } }`;

interface Sale {
  id: string;
  status: string;
  totalInclCents: number;
}
interface Row {
  channel: string;
  template: string;
  recipient: string;
  status: string;
  skip_reason: string | null;
}

describe('loyalty bonus messages', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let tillId: string;
  let facial: string;
  let n = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <bonjour@institut-test.fr>',
        PUBLIC_URL: 'https://institut-test.fr',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    const admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill('Fidélité bonus');
    await tills.open({ tillId: till.id, counts: [], by: staffUser.id, now: new Date() });
    tillId = till.id;
    facial = await createService(db, await createCategory(db), { minutes: 30, priceCents: 4500 });
    await enableLoyaltyProgram(t.url, admin);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function client(first: string, optOut = false): Promise<{ id: string; email: string }> {
    n += 1;
    const email = `${first.toLowerCase()}${n}@exemple.fr`;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email, phone, service_email_opt_out, service_sms_opt_out)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [first, `Bonus${n}`, email, `+3366${String(2000000 + n)}`, optOut],
    );
    return { id: rows[0].id, email };
  }

  async function paidTicket(clientId: string): Promise<void> {
    const sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
    const withLine = (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId: sale.id, kind: 'SERVICE', referenceId: facial, practitionerId: null },
      })
    ).addSaleLine;
    const paid = (
      await ok<{ paySale: Sale }>(PAY, {
        input: {
          saleId: sale.id,
          kind: 'CASH',
          amountCents: withLine.totalInclCents,
          idempotencyKey: `bonus-messages-${sale.id}`,
        },
      })
    ).paySale;
    expect(paid.status).toBe('COMPLETED');
    await waitFor(async () => {
      const rows: unknown[] = await db.query(`SELECT 1 FROM loyalty_movement WHERE sale_id = $1`, [sale.id]);
      return rows.length > 0;
    }, 'the points of the ticket');
  }

  async function refer(referrerId: string, referredId: string): Promise<void> {
    const { referralCode } = await ok<{ referralCode: { code: string } }>(REFERRAL, { clientId: referrerId });
    await ok(RECORD_REFERRAL, { input: { clientId: referredId, code: referralCode.code } });
  }

  const messages = (clientId: string): Promise<Row[]> =>
    db.query(
      `SELECT channel, template, recipient, status, skip_reason FROM notification
        WHERE client_id = $1 AND template::text LIKE 'LOYALTY_%' ORDER BY template, channel`,
      [clientId],
    );

  it('a referred client’s first paid visit e-mails her and her referrer, once; an opted-out referrer is skipped', async () => {
    const delphine = await client('Delphine');
    const ines = await client('Inès');
    await refer(delphine.id, ines.id);
    await paidTicket(ines.id);

    const welcome = await smtp.mailTo(ines.email);
    expect(welcome.subject).toBe('Bienvenue chez Institut Test : votre bonus de parrainage');
    expect(welcome.text).toContain('100 points sont ajoutés à votre carte de fidélité');
    const thanks = await smtp.mailTo(delphine.email);
    expect(thanks.subject).toBe('Merci pour votre parrainage chez Institut Test');
    expect(thanks.text).toContain('Vos points');
    expect((await messages(ines.id)).map((r) => [r.template, r.channel, r.recipient])).toEqual([
      ['LOYALTY_REFERRAL_WELCOME', 'EMAIL', ines.email],
    ]);
    expect((await messages(delphine.id)).map((r) => [r.template, r.channel, r.recipient])).toEqual([
      ['LOYALTY_REFERRAL_REWARD', 'EMAIL', delphine.email],
    ]);

    // A second visit pays no referral: nothing more is told.
    await paidTicket(ines.id);
    expect(await messages(ines.id)).toHaveLength(1);
    expect(await messages(delphine.id)).toHaveLength(1);
    expect(smtp.to(ines.email)).toHaveLength(1);
    expect(smtp.to(delphine.email)).toHaveLength(1);

    // A referrer who refused service e-mails: recorded skipped, not sent; the referred client is told.
    const olga = await client('Olga', true);
    const jade = await client('Jade');
    await refer(olga.id, jade.id);
    await paidTicket(jade.id);
    await smtp.mailTo(jade.email);
    expect((await messages(olga.id)).map((r) => [r.template, r.status, r.skip_reason])).toEqual([
      ['LOYALTY_REFERRAL_REWARD', 'SKIPPED', 'La cliente ou le client a refusé les e-mails.'],
    ]);
    expect(smtp.to(olga.email)).toHaveLength(0);
  });

  it('the birthday bonus e-mails the client once a year; an opted-out client is skipped', async () => {
    const kim = await client('Kim');
    const lou = await client('Lou', true);
    for (const c of [kim, lou]) {
      await db.query(`UPDATE client SET birthday = '1990-03-15' WHERE id = $1`, [c.id]);
      await ok(ACCOUNT, { clientId: c.id }); // members: their accounts exist
    }
    const maintenance = t.get(LoyaltyMaintenanceService);
    expect(await maintenance.birthdayBonuses(new Date('2031-03-15T08:00:00Z'))).toEqual({ given: 2 });
    expect(await maintenance.birthdayBonuses(new Date('2031-03-15T18:00:00Z'))).toEqual({ given: 0 });

    const mail = await smtp.mailTo(kim.email);
    expect(mail.subject).toBe('Joyeux anniversaire de la part de Institut Test');
    expect(mail.text).toContain('50 points sont ajoutés à votre carte de fidélité');
    expect((await messages(kim.id)).map((r) => [r.template, r.channel, r.recipient])).toEqual([
      ['LOYALTY_BIRTHDAY_BONUS', 'EMAIL', kim.email],
    ]);
    await waitFor(async () => (await messages(kim.id))[0]?.status === 'SENT', 'the e-mail marked sent');
    expect((await messages(lou.id)).map((r) => [r.template, r.status, r.skip_reason])).toEqual([
      ['LOYALTY_BIRTHDAY_BONUS', 'SKIPPED', 'La cliente ou le client a refusé les e-mails.'],
    ]);
    expect(smtp.to(lou.email)).toHaveLength(0);

    // The next year: told again.
    await maintenance.birthdayBonuses(new Date('2032-03-15T08:00:00Z'));
    await smtp.mailTo(kim.email, 2);
    expect(smtp.to(kim.email)).toHaveLength(2);
  });
});
