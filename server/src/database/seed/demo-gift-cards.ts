/**
 * Demo gift cards, with known codes (printed at start-up and in the README) so a newcomer can try the
 * balance page, the till's GIFT_CARD tender and the CRM: one untouched 100 € card, one 50 € card with
 * 20 € spent, one expired. Only the codes' keyed hashes are stored, as for real cards — which is why
 * this step needs the server secret.
 */
import type { EntityManager } from 'typeorm';
import { encryptSecret, serverKey } from '../../common/secrets.js';
import { codeHash, codeHashKey, CODE_SEAL_PURPOSE } from '../../gift-card/domain/code-hash.js';
import { checkSymbol, formatCode } from '../../gift-card/domain/gift-card-code.js';
import { expiryInstant, lastValidDate } from '../../gift-card/domain/expiry.js';

const DAY = 86_400_000;

interface DemoCard {
  body: string;
  label: string;
  faceValueCents: number;
  spentCents: number;
  issuedDaysAgo: number;
  recipientName: string;
  /** Where it was e-mailed (the CRM can resend it there). */
  recipientEmail: string | null;
}

const CARDS: DemoCard[] = [
  {
    body: 'CADEAU2WZ8FXQ7H',
    label: 'active, 100 €',
    faceValueCents: 10_000,
    spentCents: 0,
    issuedDaysAgo: 10,
    recipientName: 'Chloé Bernard',
    recipientEmail: 'chloe.bernard@example.com',
  },
  {
    body: 'ZENSPAKG5RTM4PL',
    label: 'partly used, 30 € left of 50 €',
    faceValueCents: 5_000,
    spentCents: 2_000,
    issuedDaysAgo: 40,
    recipientName: 'Manon Petit',
    recipientEmail: null,
  },
  {
    body: 'EXPREV9NHB3JWKT',
    label: 'expired, 40 €',
    faceValueCents: 4_000,
    spentCents: 0,
    issuedDaysAgo: 400,
    recipientName: 'Hugo Garnier',
    recipientEmail: 'hugo.garnier@example.com',
  },
];

/** The demo codes as a newcomer types them. */
export const DEMO_GIFT_CARDS = CARDS.map((c) => ({
  code: formatCode(c.body + checkSymbol(c.body)),
  label: c.label,
}));

export function demoGiftCardStep(serverSecret: string | undefined) {
  return async (manager: EntityManager, now: number): Promise<void> => {
    if (serverSecret === undefined) return;
    const key = codeHashKey(serverSecret);
    // Sealed like real cards' codes, so staff can open each demo card's PDF and resend it.
    const sealKey = serverKey(serverSecret, CODE_SEAL_PURPOSE);
    const [{ validity_months: months }] = await manager.query<{ validity_months: number }[]>(
      'SELECT validity_months FROM gift_card_settings WHERE id = 1',
    );
    for (const c of CARDS) {
      const code = c.body + checkSymbol(c.body);
      const hash = codeHash(key, code);
      const exists = await manager.query<unknown[]>('SELECT 1 FROM gift_card WHERE code_hash = $1', [hash]);
      if (exists.length > 0) continue;
      const issuedAt = now - c.issuedDaysAgo * DAY;
      const expiresAt = expiryInstant(lastValidDate(issuedAt, months));
      const expired = expiresAt <= now;
      const balance = expired ? 0 : c.faceValueCents - c.spentCents;
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO gift_card (code_hash, code_last4, kind, face_value_cents, price_paid_cents, balance_cents,
                                status, category, vat_rate_bp, expires_at, issued_at, buyer_name, recipient_name, message,
                                code_sealed, recipient_email, delivered_at)
         VALUES ($1, $2, 'AMOUNT', $3, $3, $4, $5, 'SINGLE_PURPOSE', 2000, $6, $7, 'Sophie Marchand', $8,
                 'Un moment rien que pour toi.', $9, $10, $11)
         RETURNING id`,
        [
          hash,
          code.slice(-4),
          c.faceValueCents,
          balance,
          expired ? 'EXPIRED' : 'ACTIVE',
          new Date(expiresAt),
          new Date(issuedAt),
          c.recipientName,
          encryptSecret(sealKey, code),
          c.recipientEmail,
          c.recipientEmail === null ? null : new Date(issuedAt),
        ],
      );
      const moves: [string, number, number, Date][] = [
        ['ISSUE', c.faceValueCents, c.faceValueCents, new Date(issuedAt)],
      ];
      if (c.spentCents > 0) {
        moves.push(['REDEEM', -c.spentCents, c.faceValueCents - c.spentCents, new Date(issuedAt + 7 * DAY)]);
      }
      if (expired) moves.push(['EXPIRE', -(c.faceValueCents - c.spentCents), 0, new Date(expiresAt)]);
      for (const [kind, amount, after, at] of moves) {
        await manager.query(
          `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, reference, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, kind, amount, after, kind === 'ISSUE' ? 'Démo' : null, at],
        );
      }
    }
  };
}
