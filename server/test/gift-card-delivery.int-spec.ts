/**
 * Gift cards by e-mail, end to end on the real app, PostgreSQL, Redis and SMTP catcher: the card
 * issued (as the till and the online order do, through `GiftCardIssueService` and its event) is
 * e-mailed with its PDF, whose page is rasterised by poppler and whose QR code is decoded back to the
 * code; a scheduled card waits for its date (the sweep job is handed the instant); staff resend it
 * and open it by a signed link; the 30-day expiry reminder leaves once.
 */
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { gql, readQrInPdf, TestSmtpServer, type ReceivedMail } from '@serenaia/test-support';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import {
  DELIVER_GIFT_CARDS,
  GiftCardCodes,
  GiftCardEntity,
  GiftCardIssuedEvent,
  GiftCardIssueService,
  REMIND_EXPIRING_GIFT_CARDS,
} from '../src/gift-card/index.js';
import { CARD_QR_BOX } from '../src/gift-card/pdf/gift-card-pdf.js';
import { QUEUES } from '../src/jobs/queues.js';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { insertGiftCard } from './support/gift-card-factory.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOT = path.resolve(here, '../../artifacts/screenshots/gift-card-pdf.png');
const RESEND = `mutation($input: ResendGiftCardInput!) { resendGiftCard(input: $input) { sentTo giftCard { id status } } }`;
const LINK = `query($id: ID!) { giftCardPdfLink(id: $id) { url expiresAt } }`;
const CANCEL = `mutation($input: CancelGiftCardInput!) { cancelGiftCard(input: $input) { id status } }`;
const DAY = 86_400_000;
const SALE = 'id totalInclCents status';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const SOLD = `query($saleId: ID!) { soldGiftCards(saleId: $saleId) { code giftCard { id recipientName } } }`;

interface Issue {
  recipientEmail?: string | null;
  buyerEmail?: string | null;
  deliverAt?: Date | null;
  recipientName?: string | null;
  buyerName?: string | null;
  message?: string | null;
  faceValueCents?: number;
}

describe('gift card delivery', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let queue: Queue;
  let staff: string;
  let admin: string;
  let tillId: string;

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
    await db.query(
      `UPDATE institute SET phone = '01 23 45 67 89', email = 'bonjour@institut-test.fr' WHERE id = 1`,
    );
    const staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Accueil ${randomUUID()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffUser.id, now: new Date() });
    tillId = till.id;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    queue = t.get<Queue>(getQueueToken(QUEUES.giftCards));
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  /** Issues a card as the till and the online order do, its delivery columns set in the same transaction. */
  async function issueCard(o: Issue): Promise<{ id: string; code: string }> {
    const issue = t.get(GiftCardIssueService);
    return t.get(TransactionRunner).run(async (uow) => {
      const quote = await issue.quote(uow.manager, {
        faceValueCents: o.faceValueCents ?? 5000,
        field: 'test',
      });
      const issued = await issue.issueFromSale(uow, {
        quote,
        pricePaidCents: quote.faceValueCents,
        saleId: randomUUID(),
        saleLineId: randomUUID(),
        unit: 1,
        buyerName: o.buyerName ?? null,
        recipientName: o.recipientName ?? null,
        message: o.message ?? null,
        by: null,
        now: Date.now(),
      });
      if (issued === null) throw new Error('not issued');
      await uow.manager.update(
        GiftCardEntity,
        { id: issued.card.id },
        {
          recipientEmail: o.recipientEmail ?? null,
          buyerEmail: o.buyerEmail ?? null,
          deliverAt: o.deliverAt ?? null,
        },
      );
      return { id: issued.card.id, code: issued.code };
    });
  }

  const messages = (id: string) =>
    db.query<{ template: string; recipient: string; status: string }[]>(
      'SELECT template, recipient, status FROM notification WHERE subject_id = $1 ORDER BY created_at, recipient',
      [id],
    );
  const card = async (id: string) => await db.getRepository(GiftCardEntity).findOneByOrFail({ id });

  async function runJob(name: string, now: number): Promise<number> {
    const job = await queue.add(
      name,
      { now: new Date(now).toISOString() },
      { jobId: `${name}-${randomUUID()}` },
    );
    return (await job.finished()) as number;
  }

  function pdfOf(mail: ReceivedMail): Buffer {
    const pdf = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
    if (pdf === undefined) throw new Error(`no PDF in « ${mail.subject} »`);
    return pdf.content;
  }

  function readQr(pdf: Buffer, png?: string): string {
    return readQrInPdf(pdf, CARD_QR_BOX, png);
  }

  it('e-mails the card to its recipient with the PDF whose QR code reads as the code, and a copy to the buyer, once', async () => {
    const { id, code } = await issueCard({
      recipientEmail: 'marie@example.fr',
      buyerEmail: 'paul@example.fr',
      recipientName: 'Marie',
      buyerName: 'Paul',
      message: 'Joyeux anniversaire ! Prends soin de toi.',
    });
    const mail = await smtp.mailTo('marie@example.fr');
    expect(mail.subject).toBe('Paul vous offre une carte cadeau Institut Test');
    expect(mail.attachments).toEqual([`carte-cadeau-${code.slice(-4)}.pdf`]);
    const pdf = pdfOf(mail);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(readQr(pdf, SCREENSHOT)).toBe(code);

    const copy = await smtp.mailTo('paul@example.fr');
    expect(copy.subject).toBe('Votre carte cadeau Institut Test a été envoyée à Marie');
    expect(readQr(pdfOf(copy))).toBe(code);
    expect((await card(id)).deliveredAt).not.toBeNull();

    // The issue event handled again (outbox redelivery): nothing more is planned.
    await t.get(TransactionRunner).run((uow) => {
      uow.emit(new GiftCardIssuedEvent(id));
      return Promise.resolve();
    });
    expect((await messages(id)).map((m) => [m.template, m.recipient])).toEqual([
      ['GIFT_CARD', 'marie@example.fr'],
      ['GIFT_CARD', 'paul@example.fr'],
    ]);
  });

  it('a card sold at the till for someone with an address is e-mailed when the ticket is paid; a bad address is refused', async () => {
    const ok = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await gql<T>(t.url, query, variables, { token: staff });
      if (res.errors || res.data === undefined) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    const sale = (await ok<{ openSale: { id: string } }>(OPEN, { input: { tillId } })).openSale;
    const refused = await gql(
      t.url,
      ADD,
      {
        input: {
          saleId: sale.id,
          kind: 'GIFT_CARD',
          unitPriceCents: 3000,
          giftCard: { recipientEmail: 'pas@adresse' },
        },
      },
      { token: staff },
    );
    expect(refused.errors?.[0]?.message).toBe('Adresse e-mail invalide.');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.giftCard.recipientEmail' }),
    ]);
    const added = await ok<{ addSaleLine: { totalInclCents: number } }>(ADD, {
      input: {
        saleId: sale.id,
        kind: 'GIFT_CARD',
        unitPriceCents: 3000,
        giftCard: {
          recipientEmail: ' camille@example.fr ',
          recipientName: 'Camille',
          buyerName: 'Inès',
          message: 'Pour toi',
        },
      },
    });
    await ok(PAY, {
      input: {
        saleId: sale.id,
        kind: 'CASH',
        amountCents: added.addSaleLine.totalInclCents,
        idempotencyKey: randomUUID(),
      },
    });
    const sold = (
      await ok<{ soldGiftCards: { code: string; giftCard: { recipientName: string } }[] }>(SOLD, {
        saleId: sale.id,
      })
    ).soldGiftCards;
    expect(sold).toHaveLength(1);
    expect(sold[0].giftCard.recipientName).toBe('Camille');
    const mail = await smtp.mailTo('camille@example.fr');
    expect(mail.subject).toBe('Inès vous offre une carte cadeau Institut Test');
    expect(readQr(pdfOf(mail))).toBe(sold[0].code.replace(/-/g, ''));
  });

  it('"send it to me": no recipient address, the card goes to the buyer', async () => {
    const { code } = await issueCard({
      buyerEmail: 'moi@example.fr',
      buyerName: 'Léa',
      recipientName: 'Jules',
    });
    const mail = await smtp.mailTo('moi@example.fr');
    expect(mail.subject).toBe('Votre carte cadeau Institut Test');
    expect(readQr(pdfOf(mail))).toBe(code);
  });

  it('a card without any address is not e-mailed', async () => {
    const { id } = await issueCard({});
    expect(await messages(id)).toEqual([]);
    expect((await card(id)).deliveredAt).toBeNull();
  });

  it('a scheduled card leaves at its date, not before, and once', async () => {
    const deliverAt = Date.now() + 3 * DAY;
    const { id, code } = await issueCard({
      recipientEmail: 'plus-tard@example.fr',
      deliverAt: new Date(deliverAt),
    });
    expect(await runJob(DELIVER_GIFT_CARDS, deliverAt - 60_000)).toBe(0);
    expect(await messages(id)).toEqual([]);
    expect((await card(id)).deliveredAt).toBeNull();

    expect(await runJob(DELIVER_GIFT_CARDS, deliverAt + 60_000)).toBe(1);
    const mail = await smtp.mailTo('plus-tard@example.fr');
    expect(readQr(pdfOf(mail))).toBe(code);
    expect(await runJob(DELIVER_GIFT_CARDS, deliverAt + 20 * 60_000)).toBe(0);
    expect(await messages(id)).toHaveLength(1);
  });

  it('staff resend the card to a new address (recorded), and are refused for a cancelled card', async () => {
    const { id, code } = await issueCard({ recipientEmail: 'ancienne@example.fr' });
    await smtp.mailTo('ancienne@example.fr');

    const bad = await gql(t.url, RESEND, { input: { id, email: 'pas-une-adresse' } }, { token: staff });
    expect(bad.errors?.[0]?.message).toBe('Adresse e-mail invalide.');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.email' })]);

    const done = await gql<{ resendGiftCard: { sentTo: string } }>(
      t.url,
      RESEND,
      { input: { id, email: 'nouvelle@example.fr' } },
      { token: staff },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.resendGiftCard.sentTo).toBe('nouvelle@example.fr');
    expect(readQr(pdfOf(await smtp.mailTo('nouvelle@example.fr')))).toBe(code);
    expect((await card(id)).recipientEmail).toBe('nouvelle@example.fr');

    // Without an address: the stored one.
    await gql(t.url, RESEND, { input: { id } }, { token: staff });
    await smtp.mailTo('nouvelle@example.fr', 2);

    // A card issued without payment (one sold at the till is taken back by a credit note, not cancelled).
    const other = await insertGiftCard(db, t.get(GiftCardCodes), 5000, 0);
    await db.getRepository(GiftCardEntity).update({ id: other.id }, { recipientEmail: 'annulee@example.fr' });
    const cancelled = await gql(
      t.url,
      CANCEL,
      { input: { id: other.id, reason: 'Erreur de saisie' } },
      { token: admin },
    );
    expect(cancelled.errors).toBeUndefined();
    const refused = await gql(t.url, RESEND, { input: { id: other.id } }, { token: staff });
    expect(refused.errors?.[0]?.message).toBe(
      'Cette carte cadeau est annulée : elle ne peut pas être renvoyée.',
    );
  });

  it('staff open the card by a short-lived signed link; a forged link is refused', async () => {
    const { id, code } = await issueCard({});
    const link = await gql<{ giftCardPdfLink: { url: string } }>(t.url, LINK, { id }, { token: staff });
    expect(link.errors).toBeUndefined();
    const url = link.data?.giftCardPdfLink.url ?? '';
    const res = await fetch(`${t.url}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(readQr(Buffer.from(await res.arrayBuffer()))).toBe(code);

    const forged = await fetch(`${t.url}${url.replace(/token=\d+/, 'token=9999999999999')}`);
    expect(forged.status).toBe(403);
    const otherCard = await issueCard({});
    const elsewhere = await fetch(`${t.url}${url.replace(id, otherCard.id)}`);
    expect(elsewhere.status).toBe(403);
  });

  it('reminds the holder 30 days before expiry, once, and only cards with money left and an address', async () => {
    const expiresAt = Date.now() + 200 * DAY;
    const reminded = await issueCard({ recipientEmail: 'rappel@example.fr', faceValueCents: 4000 });
    const noAddress = await issueCard({});
    const spent = await issueCard({ recipientEmail: 'vide@example.fr' });
    for (const id of [reminded.id, noAddress.id, spent.id])
      await db.query('UPDATE gift_card SET expires_at = $2 WHERE id = $1', [id, new Date(expiresAt)]);
    await db.query(`UPDATE gift_card SET balance_cents = 0, status = 'USED' WHERE id = $1`, [spent.id]);
    await smtp.mailTo('rappel@example.fr');

    expect(await runJob(REMIND_EXPIRING_GIFT_CARDS, expiresAt - 31 * DAY)).toBe(0);
    expect(await runJob(REMIND_EXPIRING_GIFT_CARDS, expiresAt - 29 * DAY)).toBe(1);
    const mail = await smtp.mailTo('rappel@example.fr', 2);
    expect(mail.subject).toMatch(/^Votre carte cadeau Institut Test expire le /);
    expect(mail.text).toContain('il vous reste 40,00 €');
    expect(await runJob(REMIND_EXPIRING_GIFT_CARDS, expiresAt - 28 * DAY)).toBe(0);
    expect((await messages(reminded.id)).map((m) => m.template)).toEqual([
      'GIFT_CARD',
      'GIFT_CARD_EXPIRY_REMINDER',
    ]);
    expect(await messages(noAddress.id)).toEqual([]);
    await waitFor(async () => (await messages(reminded.id)).every((m) => m.status === 'SENT'), 'both sent');
  });
});
