/**
 * Loyalty demo: the default program, and four clients with a history written as the ledger writes it
 * (each positive movement a lot expiring 12 months later, the redemption taken from the oldest lot,
 * the balance equal to the sum). Éloïse is « Or » with a reward already spent; Hélène can take a
 * reward now; Françoise referred Anaïs, and both got the referral bonus after Anaïs's first visit;
 * at 420 points Françoise is 80 points from « 10 € offerts »: her next ticket tells her by e-mail.
 * The demo has no past tickets, so the tiers and 12-month spends are written here; the nightly tier
 * job recomputes them from tickets. Runs once (when the program row does not exist yet).
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addMonths } from '../../loyalty/domain/lots.js';
import { DEFAULT_PROGRAM, type TierCode } from '../../loyalty/domain/program.js';
import { referralCode } from '../../loyalty/domain/referral.js';

const DAY = 24 * 3600 * 1000;

interface Seeded {
  email: string;
  tier: TierCode;
  spendCents: number;
  /** [kind, points, reason, days ago] in order. */
  moves: [string, number, string, number][];
}

const HISTORY: Seeded[] = [
  {
    email: 'eloise.lefevre@exemple.fr',
    tier: 'GOLD',
    spendCents: 125_000,
    moves: [
      ['EARN', 180, 'Ticket — soin visage éclat', 300],
      ['EARN', 420, 'Ticket — forfait mariée', 200],
      ['REDEEM', -500, 'Récompense : 10 € offerts', 120],
      ['EARN', 650, 'Ticket — cure minceur', 40],
      ['BIRTHDAY', 50, 'Bonus d’anniversaire', 10],
    ],
  },
  {
    email: 'helene.dupont@exemple.fr',
    tier: 'SILVER',
    spendCents: 54_000,
    moves: [
      ['EARN', 290, 'Ticket — modelage 60 min', 150],
      ['EARN', 250, 'Ticket — soin du dos', 30],
    ],
  },
  {
    email: 'francoise.oeuvray@exemple.fr',
    tier: 'SILVER',
    spendCents: 62_000,
    moves: [
      ['EARN', 320, 'Ticket — épilation et soin', 90],
      ['REFERRAL', 100, 'Parrainage : première visite de votre filleule', 14],
    ],
  },
];

export async function seedLoyalty(m: EntityManager, now: number): Promise<void> {
  const existing: unknown[] = await m.query('SELECT 1 FROM loyalty_program');
  if (existing.length > 0) return;
  await m.query('INSERT INTO loyalty_program (id, tiers, rewards) VALUES (1, $1::jsonb, $2::jsonb)', [
    JSON.stringify(DEFAULT_PROGRAM.tiers),
    JSON.stringify([
      ...DEFAULT_PROGRAM.rewards,
      {
        code: 'BON-25',
        name: '25 € offerts',
        points: 1000,
        kind: 'AMOUNT_OFF',
        amountCents: 2500,
        serviceId: null,
      },
    ]),
  ]);
  const ids = new Map<string, { id: string; firstName: string }>();
  const clients: { id: string; email: string | null; firstName: string; phone: string | null }[] =
    await m.query(
      `SELECT id, email, first_name AS "firstName", phone FROM client
      WHERE email = ANY($1) OR (first_name = 'Anaïs' AND last_name = 'Bénard-Kerjean')`,
      [HISTORY.map((h) => h.email)],
    );
  for (const c of clients) ids.set(c.email ?? 'anais', { id: c.id, firstName: c.firstName });
  const anais = ids.get('anais');
  const history: (Seeded & { referredBy?: string })[] = [...HISTORY];
  const francoise = ids.get('francoise.oeuvray@exemple.fr');
  if (anais !== undefined && francoise !== undefined) {
    ids.set('anais@seed', anais);
    history.push({
      email: 'anais@seed',
      tier: 'BRONZE',
      spendCents: 6_000,
      referredBy: francoise.id,
      moves: [
        ['EARN', 60, 'Ticket — beauté des mains', 14],
        ['REFERRAL', 100, 'Parrainage : bienvenue', 14],
      ],
    });
  }
  for (const h of history) {
    const client = ids.get(h.email);
    if (client === undefined) continue;
    const lots: { id: string; remaining: number }[] = [];
    let balance = 0;
    for (const [kind, points, reason, daysAgo] of h.moves) {
      const at = now - daysAgo * DAY;
      let taken = -points;
      if (points < 0) {
        for (const lot of lots) {
          const n = Math.min(lot.remaining, taken);
          if (n <= 0) continue;
          lot.remaining -= n;
          taken -= n;
          await m.query('UPDATE loyalty_movement SET remaining = $2 WHERE id = $1', [lot.id, lot.remaining]);
        }
      }
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO loyalty_movement (client_id, kind, points, remaining, reason, expires_at, idempotency_key, occurred_at)
         VALUES ($1, $2, $3, greatest($3, 0), $4, $5, $6, $7) RETURNING id`,
        [
          client.id,
          kind,
          points,
          reason,
          points > 0 ? new Date(addMonths(at, DEFAULT_PROGRAM.expiryMonths)) : null,
          `seed:${client.id}:${lots.length}:${kind}:${daysAgo}`,
          new Date(at),
        ],
      );
      if (points > 0) lots.push({ id: row.id, remaining: points });
      balance += points;
    }
    await m.query(
      `INSERT INTO loyalty_account (client_id, balance, tier, spend12m_cents, tier_computed_at, referral_code,
                                    referred_by, referral_rewarded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        client.id,
        balance,
        h.tier,
        h.spendCents,
        new Date(now),
        referralCode(client.firstName, randomBytes(6)),
        h.referredBy ?? null,
        h.referredBy ? new Date(now - 14 * DAY) : null,
      ],
    );
  }
}
