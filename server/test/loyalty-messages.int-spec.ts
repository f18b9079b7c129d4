/**
 * Telling the client about her points, end to end on the real app, PostgreSQL, Redis, the SMTP
 * catcher and the OVH fake: a paid ticket whose points cross a reward's threshold sends one e-mail
 * (and plans one SMS), an outbox redelivery of the accrual sends nothing more, a client who refused
 * the messages gets none, and reaching a higher tier is told once.
 */
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import https from 'node:https';
import type { DataSource } from 'typeorm';
import { gql, TestSmtpServer } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { enableLoyaltyProgram } from './support/loyalty-program.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { startOvhFake, type OvhFake } from './fakes/ovh-fake.js';

const OVH = {
  appKey: 'ak-loyalty',
  appSecret: 'as-loyalty-secret',
  consumerKey: 'ck-loyalty',
  service: 'sms-lo12345-1',
};
const SALE = 'id status totalInclCents';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`;
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

describe('loyalty messages', () => {
  let smtp: TestSmtpServer;
  let ovh: OvhFake;
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let tillId: string;
  let facial: string;
  let n = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    ovh = await startOvhFake(OVH);
    https.globalAgent.options.ca = [ovh.certificate];
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <bonjour@institut-test.fr>',
        PUBLIC_URL: 'https://institut-test.fr',
        OVH_ENDPOINT: ovh.endpoint,
        OVH_APP_KEY: OVH.appKey,
        OVH_APP_SECRET: OVH.appSecret,
        OVH_CONSUMER_KEY: OVH.consumerKey,
        OVH_SMS_SERVICE: OVH.service,
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Fidélité messages ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffUser.id, now: new Date() });
    tillId = till.id;
    facial = await createService(db, await createCategory(db), { minutes: 30, priceCents: 4500 });
    await enableLoyaltyProgram(t.url, admin);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    await ovh?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function client(
    first: string,
    optOut = false,
  ): Promise<{ id: string; email: string; phone: string }> {
    n += 1;
    const email = `${first.toLowerCase()}${n}@exemple.fr`;
    const phone = `+3366${String(1000000 + n)}`;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email, phone, service_email_opt_out, service_sms_opt_out)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [first, `Fidèle${n}`, email, phone, optOut],
    );
    return { id: rows[0].id, email, phone };
  }

  /** A paid ticket of `lines` service lines for the client, then waits for its points. */
  async function paidTicket(clientId: string, serviceId = facial): Promise<Sale> {
    const sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
    const withLine = (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId: sale.id, kind: 'SERVICE', referenceId: serviceId, practitionerId: null },
      })
    ).addSaleLine;
    const paid = (
      await ok<{ paySale: Sale }>(PAY, {
        input: {
          saleId: sale.id,
          kind: 'CASH',
          amountCents: withLine.totalInclCents,
          idempotencyKey: `loyalty-messages-${sale.id}`,
        },
      })
    ).paySale;
    expect(paid.status).toBe('COMPLETED');
    await waitFor(async () => {
      const rows: unknown[] = await db.query(`SELECT 1 FROM loyalty_movement WHERE sale_id = $1`, [sale.id]);
      return rows.length > 0;
    }, 'the points of the ticket');
    return paid;
  }

  const messages = (clientId: string): Promise<Row[]> =>
    db.query(
      `SELECT channel, template, recipient, status, skip_reason FROM notification
        WHERE client_id = $1 AND template::text LIKE 'LOYALTY_%' ORDER BY template, channel`,
      [clientId],
    );

  it('a ticket that crosses 500 points sends one e-mail (and plans one SMS); a redelivered accrual sends nothing more', async () => {
    const agathe = await client('Agathe');
    await ok(
      ADJUST,
      { input: { clientId: agathe.id, points: 480, reason: 'Reprise de l’ancienne carte' } },
      admin,
    );
    // 480 + 45 = 525: the 500-point reward becomes available.
    const sale = await paidTicket(agathe.id);

    const mail = await smtp.mailTo(agathe.email);
    expect(mail.subject).toBe('Une récompense vous attend chez Institut Test');
    expect(mail.text).toContain('Avec 525 points sur votre carte de fidélité, « 10 € offerts » est à vous.');
    const rows = await messages(agathe.id);
    expect(rows.map((r) => [r.template, r.channel, r.recipient])).toEqual([
      ['LOYALTY_REWARD_AVAILABLE', 'EMAIL', agathe.email],
      ['LOYALTY_REWARD_AVAILABLE', 'SMS', agathe.phone],
    ]);
    // The SMS waits for 08:00 at night: planned (not skipped) is what this test may say at any hour.
    expect(rows.find((r) => r.channel === 'SMS')?.status).not.toBe('SKIPPED');
    await waitFor(
      async () => (await messages(agathe.id)).find((r) => r.channel === 'EMAIL')?.status === 'SENT',
      'the e-mail marked sent',
    );

    // The outbox delivers the accrual again (a relay that lost its mark): no second message.
    const queue = t.get<Queue>(getQueueToken('loyalty'));
    await db.query(
      `INSERT INTO outbox (queue, name, payload, job_id) VALUES ('loyalty', 'accrue-sale', $1, $2)`,
      [JSON.stringify({ saleId: sale.id }), `loyalty:again:${sale.id}`],
    );
    const again = await waitFor(() => queue.getJob(`loyalty:again:${sale.id}`), 'the job relayed again');
    expect(await again.finished()).toEqual({ outcome: 'ALREADY_DONE' });
    expect(await messages(agathe.id)).toHaveLength(2);
    expect(smtp.to(agathe.email)).toHaveLength(1);

    // Another ticket above the threshold crosses nothing: no message.
    await paidTicket(agathe.id);
    expect(await messages(agathe.id)).toHaveLength(2);
    expect(smtp.to(agathe.email)).toHaveLength(1);
  });

  it('a client who refused e-mails and SMS gets none: both are recorded skipped with the reason', async () => {
    const berthe = await client('Berthe', true);
    await ok(
      ADJUST,
      { input: { clientId: berthe.id, points: 490, reason: 'Reprise de l’ancienne carte' } },
      admin,
    );
    await paidTicket(berthe.id);
    const rows = await messages(berthe.id);
    expect(rows.map((r) => [r.channel, r.status, r.skip_reason])).toEqual([
      ['EMAIL', 'SKIPPED', 'La cliente ou le client a refusé les e-mails.'],
      ['SMS', 'SKIPPED', 'La cliente ou le client a refusé les SMS.'],
    ]);
    expect(smtp.to(berthe.email)).toHaveLength(0);
    expect(ovh.jobs.filter((j) => j.receivers.includes(berthe.phone))).toHaveLength(0);
  });

  it('reaching a higher tier is told once, with its benefit', async () => {
    const chloe = await client('Chloé');
    const bigTreatment = await createService(db, await createCategory(db), {
      minutes: 90,
      priceCents: 100_000,
    });
    // 1,000 € of services: the Argent tier (and the 500-point reward, in its own message).
    await paidTicket(chloe.id, bigTreatment);
    const rows = await messages(chloe.id);
    expect(rows.map((r) => [r.template, r.channel])).toEqual([
      ['LOYALTY_REWARD_AVAILABLE', 'EMAIL'],
      ['LOYALTY_REWARD_AVAILABLE', 'SMS'],
      ['LOYALTY_TIER_REACHED', 'EMAIL'],
      ['LOYALTY_TIER_REACHED', 'SMS'],
    ]);
    const tier = await waitFor(
      () => smtp.to(chloe.email).find((m) => m.subject === 'Vous êtes cliente Argent chez Institut Test'),
      'the tier e-mail',
    );
    expect(tier.text).toContain('5 % de remise sur les soins');
    await waitFor(() => smtp.to(chloe.email).length === 2, 'the reward e-mail');
  });
});
