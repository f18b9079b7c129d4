/**
 * Client files for the demo: tags, birthdays, addresses, preferred practitioners, notes, beauty
 * files, and a pair of records that look like the same person (same name and phone, two e-mails)
 * waiting to be merged or dismissed. Runs once (when no note exists yet). Past visits carry no
 * payment here: the payment ledger's demo stays what the payments module seeds (its browser tests
 * count it), and the till's demo (issue 14) will pay visits the way the desk does.
 */
import type { EntityManager } from 'typeorm';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';

const TAGS = ['VIP', 'Fidèle', 'Peau sensible', 'Mariage', 'Nouvelle cliente', 'Abonnement'];

const NAMED = [
  { first: 'Hélène', last: 'Dupont', email: 'helene.dupont@exemple.fr', phone: '+33612345678' },
  { first: 'Helene', last: 'Dupont', email: 'h.dupont@travail.fr', phone: '+33612345678' },
  { first: 'Éloïse', last: 'Lefèvre', email: 'eloise.lefevre@exemple.fr', phone: '+33698765432' },
  { first: 'Françoise', last: 'Œuvray', email: 'francoise.oeuvray@exemple.fr', phone: '+33145678901' },
  { first: 'Anaïs', last: 'Bénard-Kerjean', email: null, phone: '+33777889900' },
];

const NOTES = [
  { body: 'Préfère les rendez-vous en fin de matinée ; aime une musique douce en cabine.', pinned: true },
  { body: 'A apprécié le soin éclat, à reproposer avant son mariage en juin.', pinned: false },
  { body: 'Parking difficile : lui rappeler le parking Martyrs au téléphone.', pinned: false },
];

const BEAUTY = [
  {
    skin: 'Sensible, tendance rougeurs',
    allergies: 'Allergie au latex ; réaction aux huiles essentielles d’agrumes.',
    contra: 'Pas de peeling chimique (traitement rétinoïde en cours).',
    products: 'Crème apaisante Avène, sérum vitamine C le matin.',
  },
  {
    skin: 'Mixte',
    allergies: null,
    contra: 'Enceinte (5e mois) : pas d’épilation laser.',
    products: 'Huile démaquillante.',
  },
  {
    skin: 'Sèche',
    allergies: 'Parfums (allergie déclarée).',
    contra: null,
    products: 'Baume nourrissant, SPF 50.',
  },
];

export async function seedClientFiles(m: EntityManager, now: number): Promise<void> {
  const [{ count }] = await m.query<[{ count: number }]>('SELECT count(*)::int AS count FROM client_note');
  if (count > 0) return;
  const authors = await m.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE role IN ('ADMIN', 'STAFF') ORDER BY email`,
  );
  const practitioners = await m.query<{ id: string }[]>(
    'SELECT id FROM practitioner WHERE active ORDER BY position',
  );
  const month = localDateOf(now, INSTITUTE_TIME_ZONE).slice(5, 7);

  for (const c of NAMED) {
    await m.query(
      `INSERT INTO client (first_name, last_name, email, phone, marketing_consent) VALUES ($1, $2, $3, $4, true)
       ON CONFLICT DO NOTHING`,
      [c.first, c.last, c.email, c.phone],
    );
  }
  const clients = await m.query<{ id: string }[]>('SELECT id FROM client ORDER BY last_name, first_name, id');
  for (const [i, client] of clients.entries()) {
    const tags = TAGS.filter((_t, t) => (i + t) % 4 === 0 && t < 3 + (i % 3));
    const birthMonth = i % 5 === 0 ? month : String((i % 12) + 1).padStart(2, '0');
    await m.query(
      `UPDATE client SET tags = $2, birthday = $3, preferred_practitioner_id = $4,
              address_line1 = $5, postal_code = $6, city = $7
        WHERE id = $1`,
      [
        client.id,
        tags,
        i % 3 === 2 ? null : `${1970 + (i % 35)}-${birthMonth}-${String((i % 27) + 1).padStart(2, '0')}`,
        practitioners.length > 0 && i % 2 === 0 ? practitioners[i % practitioners.length]?.id : null,
        i % 2 === 0 ? `${(i % 40) + 1} rue des Martyrs` : null,
        i % 2 === 0 ? '75009' : null,
        i % 2 === 0 ? 'Paris' : null,
      ],
    );
    if (i % 3 === 0 && authors.length > 0) {
      for (const [n, note] of NOTES.slice(0, 1 + (i % 3)).entries()) {
        await m.query(
          `INSERT INTO client_note (client_id, body, pinned, author_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
          [
            client.id,
            note.body,
            note.pinned,
            authors[(i + n) % authors.length]?.id,
            new Date(now - (n + 1) * 9 * 86_400_000),
          ],
        );
      }
    }
    if (i % 4 === 0) {
      const b = BEAUTY[i % BEAUTY.length];
      if (b !== undefined)
        await m.query(
          `INSERT INTO client_beauty_file (client_id, skin_type, allergies, contraindications, products_used)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [client.id, b.skin, b.allergies, b.contra, b.products],
        );
    }
  }
}
