import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { codeFromRandom } from '@serenaia/shared/gift-card-code';
import { formatCode, type GiftCardCodes } from '../../src/gift-card/index.js';

/**
 * An ACTIVE multi-purpose card with `cents` on it, valid 300 days, written as the till would (hashed
 * code, ISSUE movement) but without a sale: `pricePaidCents` 0 for a card issued without payment.
 */
export async function insertGiftCard(
  db: DataSource,
  codes: GiftCardCodes,
  cents: number,
  pricePaidCents = cents,
): Promise<{ id: string; code: string }> {
  const code = codeFromRandom(randomBytes(16));
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO gift_card (code_hash, code_last4, kind, face_value_cents, price_paid_cents, balance_cents,
                            status, category, vat_rate_bp, expires_at, issued_at)
     VALUES ($1, $2, 'AMOUNT', $3, $4, $3, 'ACTIVE', 'MULTI_PURPOSE', 0, now() + interval '300 days', now())
     RETURNING id`,
    [codes.hash(code), code.slice(-4), cents, pricePaidCents],
  );
  await db.query(
    `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, occurred_at)
     VALUES ($1, 'ISSUE', $2, $2, now())`,
    [id, cents],
  );
  return { id, code: formatCode(code) };
}
