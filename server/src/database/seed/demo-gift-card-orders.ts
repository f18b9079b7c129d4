/**
 * Demo gift-card orders from the public site: the institute's (demo) account for transfers, one order
 * waiting for its transfer (staff can mark it received) and one paid online with its card issued.
 * Like the cards, the paid one's code is only stored hashed and sealed — hence the server secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { encryptSecret, serverKey } from '../../common/secrets.js';
import { codeHash, codeHashKey } from '../../gift-card/domain/code-hash.js';
import { expiryInstant, lastValidDate } from '../../gift-card/domain/expiry.js';
import { codeFromRandom, CODE_RANDOM_LENGTH } from '../../gift-card/domain/gift-card-code.js';
import { GIFT_CARD_SOLD_ONLINE_JOB } from '../../gift-card/jobs/gift-card.jobs.js';
import { QUEUES } from '../../jobs/queues.js';

const DAY = 86_400_000;
export const DEMO_TRANSFER_ACCOUNT = {
  iban: 'FR76 3000 4000 0312 3456 7890 143',
  bic: 'BNPAFRPP',
  holder: 'Institut Sérénaia (démo)',
};
export const DEMO_PENDING_ORDER_REFERENCE = 'CC-VRT7K2';
const DEMO_PAID_ORDER_REFERENCE = 'CC-WEB4QM';

export function demoGiftCardOrderStep(serverSecret: string | undefined) {
  return async (manager: EntityManager, now: number): Promise<void> => {
    if (serverSecret === undefined) return;
    await manager.query(
      `UPDATE gift_card_settings SET transfer_iban = $1, transfer_bic = $2, transfer_holder = $3
        WHERE id = 1 AND transfer_iban IS NULL`,
      [DEMO_TRANSFER_ACCOUNT.iban, DEMO_TRANSFER_ACCOUNT.bic, DEMO_TRANSFER_ACCOUNT.holder],
    );
    const seeded = await manager.query<unknown[]>('SELECT 1 FROM gift_card_order WHERE reference = ANY($1)', [
      [DEMO_PENDING_ORDER_REFERENCE, DEMO_PAID_ORDER_REFERENCE],
    ]);
    if (seeded.length > 0) return;

    const placedAt = now - 2 * DAY;
    await manager.query(
      `INSERT INTO gift_card_order (reference, kind, face_value_cents, price_cents, category, vat_rate_bp,
         buyer_name, buyer_email, recipient_name, recipient_email, send_to_buyer, message, method, status,
         expires_at, created_at)
       VALUES ($1, 'AMOUNT', 6000, 6000, 'MULTI_PURPOSE', 0, 'Julie Roux', 'julie.roux@exemple.fr',
         'Paul Roux', 'paul.roux@exemple.fr', false, 'Bon anniversaire, papa !', 'BANK_TRANSFER',
         'PENDING_PAYMENT', $2, $3)`,
      [DEMO_PENDING_ORDER_REFERENCE, new Date(placedAt + 7 * DAY), new Date(placedAt)],
    );

    const paidAt = now - 5 * DAY;
    const cardId = randomUUID();
    const [{ id: orderId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO gift_card_order (reference, kind, face_value_cents, price_cents, category, vat_rate_bp,
         buyer_name, buyer_email, recipient_name, send_to_buyer, message, method, status, expires_at,
         paid_at, gift_card_id, created_at)
       VALUES ($1, 'AMOUNT', 8000, 8000, 'MULTI_PURPOSE', 0, 'Inès Lambert', 'ines.lambert@exemple.fr',
         'Inès Lambert', true, NULL, 'CARD_ONLINE', 'PAID', $2, $3, $4, $5)
       RETURNING id`,
      [DEMO_PAID_ORDER_REFERENCE, new Date(paidAt + 3_600_000), new Date(paidAt), cardId, new Date(paidAt)],
    );
    await manager.query(
      `INSERT INTO payment (kind, method, provider, provider_reference, amount_cents, status, gift_card_order_id,
         idempotency_key, succeeded_at, created_at)
       VALUES ('GIFT_CARD_PURCHASE', 'CARD_ONLINE', 'SIMULATED', $1, 8000, 'SUCCEEDED', $2, $3, $4, $4)`,
      [`sim_demo_${orderId}`, orderId, `demo-gift-card-order:${orderId}`, new Date(paidAt)],
    );
    const [{ validity_months: months }] = await manager.query<{ validity_months: number }[]>(
      'SELECT validity_months FROM gift_card_settings WHERE id = 1',
    );
    const code = codeFromRandom(randomBytes(CODE_RANDOM_LENGTH));
    await manager.query(
      `INSERT INTO gift_card (id, code_hash, code_last4, code_sealed, kind, face_value_cents, price_paid_cents,
         balance_cents, status, category, vat_rate_bp, expires_at, issued_at, buyer_name, recipient_name,
         recipient_email, buyer_email, delivered_at, order_id)
       VALUES ($1, $2, $3, $4, 'AMOUNT', 8000, 8000, 8000, 'ACTIVE', 'MULTI_PURPOSE', 0, $5, $6, 'Inès Lambert',
         'Inès Lambert', 'ines.lambert@exemple.fr', 'ines.lambert@exemple.fr', $6, $7)`,
      [
        cardId,
        codeHash(codeHashKey(serverSecret), code),
        code.slice(-4),
        encryptSecret(serverKey(serverSecret, 'gift-card-code-seal'), code),
        new Date(expiryInstant(lastValidDate(paidAt, months))),
        new Date(paidAt),
        orderId,
      ],
    );
    await manager.query(
      `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, reference, occurred_at)
       VALUES ($1, 'ISSUE', 8000, 8000, $2, $3)`,
      [cardId, DEMO_PAID_ORDER_REFERENCE, new Date(paidAt)],
    );
    // What issuing the card writes: the books record the sale (467SIM / 41911) once the worker runs.
    await manager.query(
      `INSERT INTO outbox (queue, name, payload, delay_ms, job_id, available_at)
       VALUES ($1, $2, $3, 0, $4, now())`,
      [QUEUES.giftCards, GIFT_CARD_SOLD_ONLINE_JOB, JSON.stringify({ orderId }), `sold-online:${orderId}`],
    );
  };
}
