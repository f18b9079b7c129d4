import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { gql, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { LoyaltyMaintenanceService } from '../src/loyalty/index.js';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { loyaltyProgramInput, tiersFrom } from './support/loyalty-program.js';

const SALE =
  'id status totalInclCents clientId lines { id kind label quantity unitPriceCents totalInclCents }';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { ${SALE} } }`;
const REDEEM = `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { ${SALE} } }`;
const ACCOUNT = `query($clientId: ID!) { loyaltyAccount(clientId: $clientId) {
  clientId balance tier tierName spend12mCents referralCode referredBy
  availableRewards { code points } movements { kind points reason remaining saleId } } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`;
const PROGRAM_FIELDS = `enabled servicePointsPerEuro productPointsPerEuro rounding expiryMonths birthdayBonusPoints
  referralBonusPoints tiers { code name minSpendCents serviceDiscountBp }
  rewards { code name points kind amountCents serviceId }`;
const PROGRAM = `{ loyaltyProgram { ${PROGRAM_FIELDS} } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateLoyaltyProgramInput!) { updateLoyaltyProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const REFERRAL = `query($clientId: ID!) { referralCode(clientId: $clientId) { code link } }`;
const RECORD_REFERRAL = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { referredBy } }`;

interface Sale {
  id: string;
  status: string;
  totalInclCents: number;
  clientId: string | null;
  lines: {
    id: string;
    kind: string;
    label: string;
    quantity: number;
    unitPriceCents: number;
    totalInclCents: number;
  }[];
}
interface Movement {
  kind: string;
  points: number;
  reason: string;
  remaining: number;
  saleId: string | null;
}
interface Account {
  clientId: string;
  balance: number;
  tier: string;
  tierName: string;
  spend12mCents: number;
  referralCode: string;
  referredBy: string | null;
  availableRewards: { code: string; points: number }[];
  movements: Movement[];
}

const PROGRAM_INPUT = loyaltyProgramInput({ productPointsPerEuro: 2, tiers: tiersFrom([0, 5000, 10000]) });

describe('loyalty', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let accountant: string;
  let staffId: string;
  let tillId: string;
  let service: string;
  let n = 0;
  const key = () => `loyalty-click-${++n}-${Date.now()}`;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Fidélité ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    tillId = till.id;
    service = await createService(db, await createCategory(db), { minutes: 30, priceCents: 4500 });
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
  async function refused(query: string, variables: Record<string, unknown>, token: string) {
    const res = await gqlAs(query, variables, token);
    const error:
      | { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }
      | undefined = res.errors?.[0];
    if (error === undefined) throw new Error('expected a refusal');
    return { code: error.extensions?.code, message: error.message, fields: error.extensions?.fields ?? [] };
  }
  const account = async (clientId: string) =>
    (await ok<{ loyaltyAccount: Account }>(ACCOUNT, { clientId })).loyaltyAccount;

  async function client(first: string, extra: { email?: string; phone?: string } = {}): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email, phone) VALUES ($1, $2, $3, $4) RETURNING id`,
      [
        first,
        `Fidèle${++n}`,
        extra.email ?? `${first.toLowerCase()}${n}@exemple.fr`,
        extra.phone ?? `+3367${String(1000000 + n)}`,
      ],
    );
    return rows[0].id;
  }

  /** A ticket for `clientId` with a service line (and more lines), paid in cash: completed. */
  async function paidTicket(clientId: string, lines: Record<string, unknown>[] = []): Promise<Sale> {
    let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
    sale = (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId: sale.id, kind: 'SERVICE', referenceId: service, practitionerId: null },
      })
    ).addSaleLine;
    for (const line of lines)
      sale = (await ok<{ addSaleLine: Sale }>(ADD, { input: { saleId: sale.id, ...line } })).addSaleLine;
    const paid = (
      await ok<{ paySale: Sale }>(PAY, {
        input: { saleId: sale.id, kind: 'CASH', amountCents: sale.totalInclCents, idempotencyKey: key() },
      })
    ).paySale;
    expect(paid.status).toBe('COMPLETED');
    return paid;
  }

  async function movementsOf(
    clientId: string,
    kind: string,
  ): Promise<{ points: number; sale_id: string | null }[]> {
    return db.query(
      'SELECT points, sale_id FROM loyalty_movement WHERE client_id = $1 AND kind = $2 ORDER BY occurred_at',
      [clientId, kind],
    );
  }

  async function ledgerMismatches(): Promise<number> {
    const rows: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM loyalty_account a
        WHERE a.balance <> (SELECT coalesce(sum(points), 0) FROM loyalty_movement m WHERE m.client_id = a.client_id)`,
    );
    return rows[0].n;
  }

  describe('program settings', () => {
    it('is read by staff, changed by an admin only, and checked as a whole with French field errors', async () => {
      const before = (await ok<{ loyaltyProgram: { enabled: boolean; tiers: unknown[] } }>(PROGRAM, {}))
        .loyaltyProgram;
      expect(before.enabled).toBe(true);
      expect(before.tiers).toHaveLength(3);
      expect((await refused(PROGRAM, {}, accountant)).code).toBe('FORBIDDEN');
      expect((await refused(UPDATE_PROGRAM, { input: PROGRAM_INPUT }, staff)).code).toBe('FORBIDDEN');

      const badOrder = {
        ...PROGRAM_INPUT,
        tiers: PROGRAM_INPUT.tiers.map((tier) =>
          tier.code === 'GOLD' ? { ...tier, minSpendCents: 4000 } : tier,
        ),
      };
      const wrong = await refused(UPDATE_PROGRAM, { input: badOrder }, admin);
      expect(wrong.code).toBe('BAD_USER_INPUT');
      expect(wrong.fields).toEqual([
        {
          field: 'input.tiers.2.minSpendCents',
          message: 'Le seuil du palier Or doit dépasser celui du palier Argent.',
        },
      ]);
      const noAmount = await refused(
        UPDATE_PROGRAM,
        { input: { ...PROGRAM_INPUT, rewards: [{ ...PROGRAM_INPUT.rewards[0], amountCents: null }] } },
        admin,
      );
      expect(noAmount.fields.map((f) => f.field)).toEqual(['input.rewards.0.amountCents']);
      const freeService = (code: string, serviceId: string) => ({
        code,
        name: 'Soin offert',
        points: 800,
        kind: 'FREE_SERVICE',
        amountCents: null,
        serviceId,
      });
      const missingService = await refused(
        UPDATE_PROGRAM,
        {
          input: {
            ...PROGRAM_INPUT,
            rewards: [
              freeService('SOIN-1', service),
              freeService('SOIN-2', '00000000-0000-4000-8000-000000000000'),
            ],
          },
        },
        admin,
      );
      expect(missingService.fields).toEqual([
        { field: 'input.rewards.1.serviceId', message: 'Cette prestation n’existe pas.' },
      ]);
      const negative = await refused(UPDATE_PROGRAM, { input: { ...PROGRAM_INPUT, expiryMonths: 0 } }, admin);
      expect(negative.code).toBe('BAD_USER_INPUT');
      expect(negative.fields[0]).toMatchObject({ message: 'Les points restent valables au moins 1 mois.' });
      expect((await ok<{ loyaltyProgram: unknown }>(PROGRAM, {})).loyaltyProgram).toEqual(before);

      const saved = (
        await ok<{ updateLoyaltyProgram: unknown }>(UPDATE_PROGRAM, { input: PROGRAM_INPUT }, admin)
      ).updateLoyaltyProgram;
      expect(saved).toEqual(PROGRAM_INPUT);
      expect((await ok<{ loyaltyProgram: unknown }>(PROGRAM, {})).loyaltyProgram).toEqual(PROGRAM_INPUT);
    });
  });

  describe('accrual', () => {
    it('earns once per ticket, even when the outbox delivers the job again', async () => {
      const clientId = await client('Agathe');
      const sale = await paidTicket(clientId);
      expect(sale.totalInclCents).toBe(4500);
      await waitFor(
        async () => (await movementsOf(clientId, 'EARN')).length === 1,
        'the points of the ticket',
      );
      expect(await movementsOf(clientId, 'EARN')).toEqual([{ points: 45, sale_id: sale.id }]);

      // Redelivery: the same job again under another Bull id (a relay that lost its mark, a replayed row).
      const queue = t.get<Queue>(getQueueToken('loyalty'));
      await db.query(
        `INSERT INTO outbox (queue, name, payload, job_id) VALUES ('loyalty', 'accrue-sale', $1, $2)`,
        [JSON.stringify({ saleId: sale.id }), `loyalty:again:${sale.id}`],
      );
      const again = await waitFor(() => queue.getJob(`loyalty:again:${sale.id}`), 'the job relayed again');
      expect(await again.finished()).toEqual({ outcome: 'ALREADY_DONE' });
      expect(await movementsOf(clientId, 'EARN')).toEqual([{ points: 45, sale_id: sale.id }]);

      const acc = await account(clientId);
      expect(acc).toMatchObject({ balance: 45, tier: 'BRONZE', spend12mCents: 4500 });
      expect(acc.referralCode).toMatch(/^AGATHE-[A-HJKMNP-Z2-9]{6}$/);
      expect(await ledgerMismatches()).toBe(0);
    });

    it('earns nothing for a ticket without a client, products at their own rate', async () => {
      const anonymous = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
      await ok(ADD, {
        input: { saleId: anonymous.id, kind: 'FREE', label: 'Divers', unitPriceCents: 1000, vatRateBp: 2000 },
      });
      await ok(PAY, {
        input: { saleId: anonymous.id, kind: 'CASH', amountCents: 1000, idempotencyKey: key() },
      });
      const rows: unknown[] = await db.query(`SELECT 1 FROM outbox WHERE payload->>'saleId' = $1`, [
        anonymous.id,
      ]);
      expect(rows).toEqual([]);
    });

    it('takes back the points of a credit note in proportion, and moves the tier down', async () => {
      const clientId = await client('Berthe');
      const sale = await paidTicket(clientId, [
        { kind: 'SERVICE', referenceId: service },
        { kind: 'SERVICE', referenceId: service },
      ]);
      expect(sale.totalInclCents).toBe(13500);
      await waitFor(async () => (await account(clientId)).balance === 135, 'the points of the ticket');
      expect((await account(clientId)).tier).toBe('GOLD');

      await ok(
        CREDIT,
        {
          input: {
            saleId: sale.id,
            lines: [{ lineId: sale.lines[0].id, quantity: 1 }],
            refunds: [{ kind: 'CASH', amountCents: 4500 }],
            reason: 'Soin non satisfaisant',
            idempotencyKey: key(),
          },
        },
        admin,
      );
      await waitFor(async () => (await movementsOf(clientId, 'REVERSE')).length === 1, 'the reversal');
      expect((await movementsOf(clientId, 'REVERSE')).map((m) => m.points)).toEqual([-45]);
      const acc = await account(clientId);
      expect(acc).toMatchObject({ balance: 90, tier: 'SILVER', spend12mCents: 9000 });
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('rewards at the till', () => {
    it('takes a reward with consent down to a 0 € ticket, which completes; the points leave once', async () => {
      const clientId = await client('Capucine');
      expect(
        (await refused(ADJUST, { input: { clientId, points: 520, reason: 'Geste commercial' } }, staff)).code,
      ).toBe('FORBIDDEN');
      const noReason = await refused(ADJUST, { input: { clientId, points: 520, reason: '' } }, admin);
      expect(noReason.fields.map((f) => f.field)).toEqual(['input.reason']);
      await ok(ADJUST, { input: { clientId, points: 520, reason: 'Reprise de l’ancienne carte' } }, admin);
      expect((await account(clientId)).availableRewards).toEqual([{ code: 'BON-10', points: 500 }]);

      let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
      sale = (
        await ok<{ addSaleLine: Sale }>(ADD, {
          input: {
            saleId: sale.id,
            kind: 'FREE',
            label: 'Soin des mains',
            unitPriceCents: 1000,
            vatRateBp: 2000,
          },
        })
      ).addSaleLine;
      const noConsent = await refused(
        REDEEM,
        { input: { saleId: sale.id, rewardCode: 'BON-10', clientConsent: false } },
        staff,
      );
      expect(noConsent).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.clientConsent' }] });
      expect(
        (
          await refused(
            REDEEM,
            { input: { saleId: sale.id, rewardCode: 'BON-10', clientConsent: true } },
            accountant,
          )
        ).code,
      ).toBe('FORBIDDEN');
      // The reward line cannot be added without a redemption.
      const direct = await refused(ADD, { input: { saleId: sale.id, kind: 'LOYALTY_REWARD' } }, staff);
      expect(direct.code).toBe('BAD_USER_INPUT');

      sale = (
        await ok<{ redeemReward: Sale }>(REDEEM, {
          input: { saleId: sale.id, rewardCode: 'BON-10', clientConsent: true },
        })
      ).redeemReward;
      expect(sale.totalInclCents).toBe(0);
      expect(sale.lines.map((l) => [l.kind, l.totalInclCents])).toEqual([
        ['FREE', 1000],
        ['LOYALTY_REWARD', -1000],
      ]);
      // The 20 points left do not pay for a second reward on another ticket.
      const other = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
      await ok(ADD, {
        input: { saleId: other.id, kind: 'FREE', label: 'Vernis', unitPriceCents: 1500, vatRateBp: 2000 },
      });
      const short = await refused(
        REDEEM,
        { input: { saleId: other.id, rewardCode: 'BON-10', clientConsent: true } },
        staff,
      );
      expect(short.message).toBe('La cliente n’a pas assez de points pour cette récompense.');

      const paid = (
        await ok<{ paySale: Sale }>(PAY, {
          input: { saleId: sale.id, kind: 'CASH', amountCents: 0, idempotencyKey: key() },
        })
      ).paySale;
      expect(paid.status).toBe('COMPLETED');
      expect(await movementsOf(clientId, 'REDEEM')).toEqual([{ points: -500, sale_id: sale.id }]);
      const acc = await account(clientId);
      expect(acc.balance).toBe(20);
      // FIFO: the redemption took 500 of the 520-point lot.
      expect(acc.movements.find((m) => m.kind === 'ADJUST')).toMatchObject({ points: 520, remaining: 20 });
      await waitFor(async () => {
        const rows: { relayed_at: Date | null }[] = await db.query(
          `SELECT relayed_at FROM outbox WHERE payload->>'saleId' = $1`,
          [sale.id],
        );
        const row = rows[0];
        return row?.relayed_at ?? false;
      }, 'the accrual job of the 0 € ticket');
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('referral', () => {
    it('pays both once after the referred client’s first paid visit; refuses self-referral and the same phone', async () => {
      const referrer = await client('Delphine', { phone: '+33611223344' });
      const { referralCode } = await ok<{ referralCode: { code: string; link: string } }>(REFERRAL, {
        clientId: referrer,
      });
      expect(referralCode.code).toMatch(/^DELPHI-[A-HJKMNP-Z2-9]{6}$/);
      expect(referralCode.link).toMatch(new RegExp(`/parrainage/${referralCode.code}$`));
      // Stable: asked again, the same code.
      expect(
        (await ok<{ referralCode: { code: string } }>(REFERRAL, { clientId: referrer })).referralCode.code,
      ).toBe(referralCode.code);
      expect((await refused(REFERRAL, { clientId: referrer }, accountant)).code).toBe('FORBIDDEN');

      const self = await refused(
        RECORD_REFERRAL,
        { input: { clientId: referrer, code: referralCode.code } },
        staff,
      );
      expect(self).toMatchObject({
        message: 'Une cliente ne peut pas se parrainer elle-même.',
        fields: [{ field: 'input.code' }],
      });
      const sister = await client('Eva', { phone: '+33611223344' });
      const samePhone = await refused(
        RECORD_REFERRAL,
        { input: { clientId: sister, code: referralCode.code } },
        staff,
      );
      expect(samePhone.message).toBe('La marraine et la filleule ont le même numéro de téléphone.');
      const unknown = await refused(
        RECORD_REFERRAL,
        { input: { clientId: sister, code: 'NOPE-AAAAAA' } },
        staff,
      );
      expect(unknown.message).toBe('Code de parrainage inconnu.');

      const friend = await client('Fanny');
      await ok(RECORD_REFERRAL, { input: { clientId: friend, code: referralCode.code.toLowerCase() } });
      const twice = await refused(
        RECORD_REFERRAL,
        { input: { clientId: friend, code: referralCode.code } },
        staff,
      );
      expect(twice.message).toBe('Cette cliente a déjà une marraine.');

      await paidTicket(friend);
      await waitFor(async () => (await movementsOf(referrer, 'REFERRAL')).length === 1, 'the referral bonus');
      await paidTicket(friend);
      await waitFor(
        async () => (await movementsOf(friend, 'EARN')).length === 2,
        'the second ticket’s points',
      );
      expect(await movementsOf(referrer, 'REFERRAL')).toEqual([{ points: 100, sale_id: null }]);
      expect(await movementsOf(friend, 'REFERRAL')).toEqual([{ points: 100, sale_id: null }]);
      expect((await account(friend)).balance).toBe(100 + 45 + 45);
      // Once a client has paid, she can no longer be referred.
      const late = await client('Gaëlle');
      await paidTicket(late);
      const notNew = await refused(
        RECORD_REFERRAL,
        { input: { clientId: late, code: referralCode.code } },
        staff,
      );
      expect(notNew.message).toBe('Seule une nouvelle cliente (sans visite payée) peut être parrainée.');
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('expiry and tiers', () => {
    it('expires lots FIFO after the program’s months, once, and downgrades the tier nightly', async () => {
      const clientId = await client('Hortense');
      const sale = await paidTicket(clientId, [{ kind: 'SERVICE', referenceId: service }]);
      expect(sale.totalInclCents).toBe(9000);
      await waitFor(async () => (await account(clientId)).balance === 90, 'the ticket’s points');
      expect((await account(clientId)).tier).toBe('SILVER');

      const maintenance = t.get(LoyaltyMaintenanceService);
      const now = Date.now();
      const elevenMonths = new Date(now + 335 * 24 * 3600 * 1000);
      await maintenance.expirePoints(elevenMonths);
      expect((await account(clientId)).balance).toBe(90);

      const thirteenMonths = new Date(now + 400 * 24 * 3600 * 1000);
      await maintenance.expirePoints(thirteenMonths);
      expect(await movementsOf(clientId, 'EXPIRE')).toEqual([{ points: -90, sale_id: null }]);
      await maintenance.expirePoints(thirteenMonths);
      expect(await movementsOf(clientId, 'EXPIRE')).toHaveLength(1);

      await maintenance.refreshTiers(thirteenMonths);
      expect(await account(clientId)).toMatchObject({ balance: 0, tier: 'BRONZE', spend12mCents: 0 });
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('birthday bonus', () => {
    it('gives the program’s bonus to a member on her Paris birthday, once a year', async () => {
      const clientId = await client('Kim');
      await db.query(`UPDATE client SET birthday = '1990-03-15' WHERE id = $1`, [clientId]);
      await account(clientId); // a member: her account exists
      const maintenance = t.get(LoyaltyMaintenanceService);
      // 23:30 UTC on the 14th is already the 15th in Paris.
      await maintenance.birthdayBonuses(new Date('2031-03-14T23:30:00Z'));
      await maintenance.birthdayBonuses(new Date('2031-03-15T18:00:00Z'));
      await maintenance.birthdayBonuses(new Date('2031-03-16T10:00:00Z'));
      expect(await movementsOf(clientId, 'BIRTHDAY')).toEqual([{ points: 50, sale_id: null }]);
      await maintenance.birthdayBonuses(new Date('2032-03-15T10:00:00Z'));
      expect(await movementsOf(clientId, 'BIRTHDAY')).toHaveLength(2);
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('client merge', () => {
    it('moves the merged record’s points to the survivor; nothing is deleted', async () => {
      const keep = await client('Inès');
      const gone = await client('Inès');
      await ok(ADJUST, { input: { clientId: keep, points: 30, reason: 'Ouverture' } }, admin);
      await ok(ADJUST, { input: { clientId: gone, points: 70, reason: 'Ouverture' } }, admin);
      await ok(
        `mutation($input: MergeClientsInput!) { mergeClients(input: $input) { client { id } } }`,
        { input: { survivorId: keep, mergedId: gone } },
        admin,
      );
      const acc = await account(keep);
      expect(acc.balance).toBe(100);
      expect(acc.movements.map((m) => m.points).sort()).toEqual([30, 70]);
      const left: { n: number }[] = await db.query(
        `SELECT (SELECT count(*) FROM loyalty_movement WHERE client_id = $1)
              + (SELECT count(*) FROM loyalty_account WHERE client_id = $1) AS n`,
        [gone],
      );
      expect(Number(left[0].n)).toBe(0);
      expect(await ledgerMismatches()).toBe(0);
    });
  });

  describe('roles', () => {
    it('refuses the accountant the client’s account and the referral, staff the adjustments', async () => {
      const clientId = await client('Jade');
      expect((await refused(ACCOUNT, { clientId }, accountant)).code).toBe('FORBIDDEN');
      expect((await refused(ADJUST, { input: { clientId, points: 5, reason: 'Essai' } }, staff)).code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await refused(RECORD_REFERRAL, { input: { clientId, code: 'AAAA-AAAAAA' } }, accountant)).code,
      ).toBe('FORBIDDEN');
      expect((await refused(ACCOUNT, { clientId: '00000000-0000-4000-8000-000000000000' }, staff)).code).toBe(
        'NOT_FOUND',
      );
    });
  });
});
