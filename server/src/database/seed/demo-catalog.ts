/** The demo institute's catalogue, team, cabins and weekly hours. Inserted once (when no service exists). */
import type { EntityManager } from 'typeorm';
import type { DepositKind } from '../../catalog/index.js';

interface DemoService {
  name: string;
  minutes: number;
  euros: number;
  before?: number;
  after?: number;
  deposit?: [DepositKind, number];
  cabin?: boolean;
  online?: boolean;
  description?: string;
}

export const DEMO_CATEGORIES: {
  name: string;
  color: string;
  description: string;
  services: DemoService[];
}[] = [
  {
    name: 'Soins du visage',
    color: '#b07b8c',
    description: 'Des soins sur mesure pour chaque type de peau.',
    services: [
      {
        name: 'Soin éclat express',
        minutes: 30,
        euros: 45,
        after: 10,
        cabin: true,
        description: 'Un coup d’éclat en 30 minutes : nettoyage, gommage, masque.',
      },
      {
        name: 'Soin hydratant profond',
        minutes: 60,
        euros: 75,
        after: 15,
        cabin: true,
        deposit: ['PERCENT', 3000],
        description: 'Pour les peaux déshydratées, avec modelage du visage.',
      },
      {
        name: 'Soin anti-âge lift',
        minutes: 75,
        euros: 95,
        after: 15,
        cabin: true,
        deposit: ['PERCENT', 3000],
        description: 'Effet tenseur, rides lissées, ovale redessiné.',
      },
      {
        name: 'Nettoyage de peau purifiant',
        minutes: 50,
        euros: 65,
        after: 10,
        cabin: true,
        description: 'Extraction des impuretés et masque à l’argile.',
      },
      { name: 'Soin du visage homme', minutes: 45, euros: 58, after: 10, cabin: true },
    ],
  },
  {
    name: 'Épilations',
    color: '#c9a27e',
    description: 'Cire tiède ou chaude, au choix.',
    services: [
      { name: 'Épilation sourcils', minutes: 15, euros: 14 },
      { name: 'Épilation lèvre supérieure', minutes: 10, euros: 9 },
      { name: 'Épilation aisselles', minutes: 15, euros: 15, cabin: true, after: 5 },
      { name: 'Épilation demi-jambes', minutes: 25, euros: 24, cabin: true, after: 5 },
      { name: 'Épilation jambes complètes', minutes: 40, euros: 36, cabin: true, after: 5 },
      { name: 'Épilation maillot échancré', minutes: 20, euros: 25, cabin: true, after: 5 },
    ],
  },
  {
    name: 'Massages & bien-être',
    color: '#7a9e87',
    description: 'Prenez le temps de vous détendre.',
    services: [
      {
        name: 'Massage relaxant californien',
        minutes: 60,
        euros: 80,
        before: 5,
        after: 15,
        cabin: true,
        deposit: ['PERCENT', 3000],
      },
      {
        name: 'Massage aux pierres chaudes',
        minutes: 75,
        euros: 95,
        before: 10,
        after: 15,
        cabin: true,
        deposit: ['FIXED', 3000],
      },
      { name: 'Réflexologie plantaire', minutes: 45, euros: 60, after: 10, cabin: true },
      { name: 'Massage du dos décontractant', minutes: 30, euros: 45, after: 10, cabin: true },
    ],
  },
  {
    name: 'Mains & pieds',
    color: '#d48a8a',
    description: 'Manucure, beauté des pieds et vernis semi-permanent.',
    services: [
      { name: 'Manucure classique', minutes: 30, euros: 28 },
      { name: 'Vernis semi-permanent mains', minutes: 45, euros: 38, after: 5 },
      { name: 'Beauté des pieds', minutes: 45, euros: 42, after: 5 },
      { name: 'Dépose de semi-permanent', minutes: 20, euros: 15 },
    ],
  },
  {
    name: 'Maquillage & regard',
    color: '#8c7bb0',
    description: 'Sublimer le regard, maquiller pour un grand jour.',
    services: [
      { name: 'Maquillage jour', minutes: 30, euros: 35 },
      {
        name: 'Maquillage mariée (essai compris)',
        minutes: 90,
        euros: 120,
        deposit: ['FIXED', 4000],
        online: false,
      },
      { name: 'Rehaussement de cils', minutes: 60, euros: 65, deposit: ['PERCENT', 3000] },
      { name: 'Teinture des cils', minutes: 20, euros: 20 },
      { name: 'Restructuration des sourcils', minutes: 25, euros: 22 },
    ],
  },
];

/** [weekday 1-7, 'HH:MM', 'HH:MM'] */
type Hours = [number, string, string][];

export const DEMO_PRACTITIONERS: {
  name: string;
  email: string | null;
  color: string;
  /** Shown on the public site where the client chooses who performs the service. */
  bio: string;
  categories: string[];
  hours: Hours;
}[] = [
  {
    name: 'Camille Roux',
    email: 'camille@serenaia.test',
    color: '#b07b8c',
    bio: 'Esthéticienne depuis douze ans, Camille aime les soins du visage sur mesure et les massages lents qui font oublier la journée.',
    categories: ['Soins du visage', 'Épilations', 'Massages & bien-être'],
    hours: [
      ...[2, 3, 4, 5].flatMap((d): Hours => [
        [d, '09:30', '13:00'],
        [d, '14:00', '19:00'],
      ]),
      [6, '09:00', '17:00'],
    ],
  },
  {
    name: 'Léa Fontaine',
    email: 'lea@serenaia.test',
    color: '#7a9e87',
    bio: 'Formée au massage californien et au maquillage, Léa prend le temps de comprendre ce que vous attendez avant de commencer.',
    categories: ['Massages & bien-être', 'Soins du visage', 'Maquillage & regard'],
    hours: [
      [1, '13:00', '19:00'],
      ...[2, 4, 5].flatMap((d): Hours => [
        [d, '10:00', '13:30'],
        [d, '14:30', d === 5 ? '20:00' : '19:00'],
      ]),
      [6, '09:00', '18:00'],
    ],
  },
  {
    name: 'Inès Moreau',
    email: null,
    color: '#d48a8a',
    bio: 'Prothésiste ongulaire et spécialiste du regard, Inès soigne chaque détail, de la manucure au rehaussement de cils.',
    categories: ['Mains & pieds', 'Épilations', 'Maquillage & regard'],
    hours: [1, 2, 3, 5, 6].flatMap((d): Hours => [
      [d, '10:00', '13:00'],
      [d, '14:00', '18:30'],
    ]),
  },
];

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export async function seedCatalog(m: EntityManager): Promise<void> {
  const [{ count }] = await m.query<[{ count: number }]>('SELECT count(*)::int AS count FROM service');
  if (count > 0) return;
  const [cabinType] = await m.query<[{ id: string }]>(
    `INSERT INTO cabin_type (name) VALUES ('Cabine de soin') RETURNING id`,
  );
  await m.query(
    `INSERT INTO cabin (name, cabin_type_id) VALUES ('Cabine Jasmin', $1), ('Cabine Lotus', $1)`,
    [cabinType.id],
  );
  const categoryServices = new Map<string, string[]>();
  let position = 0;
  for (const [ci, category] of DEMO_CATEGORIES.entries()) {
    const [{ id: categoryId }] = await m.query<[{ id: string }]>(
      'INSERT INTO service_category (name, description, color, position) VALUES ($1, $2, $3, $4) RETURNING id',
      [category.name, category.description, category.color, ci],
    );
    const ids: string[] = [];
    for (const s of category.services) {
      const [kind, value] = s.deposit ?? ['NONE', 0];
      const [{ id }] = await m.query<[{ id: string }]>(
        `INSERT INTO service (category_id, name, description, duration_minutes, price_cents, vat_rate_bp,
                              buffer_before_minutes, buffer_after_minutes, deposit_kind, deposit_value,
                              cabin_type_id, online_bookable, position)
         VALUES ($1, $2, $3, $4, $5, 2000, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          categoryId,
          s.name,
          s.description ?? null,
          s.minutes,
          s.euros * 100,
          s.before ?? 0,
          s.after ?? 0,
          kind,
          value,
          s.cabin ? cabinType.id : null,
          s.online ?? true,
          position++,
        ],
      );
      ids.push(id);
    }
    categoryServices.set(category.name, ids);
  }
  for (const [pi, p] of DEMO_PRACTITIONERS.entries()) {
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO practitioner (display_name, color, bio, position, user_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM app_user WHERE email = $5)) RETURNING id`,
      [p.name, p.color, p.bio, pi, p.email],
    );
    const serviceIds = p.categories.flatMap((c) => categoryServices.get(c) ?? []);
    await m.query(
      'INSERT INTO practitioner_service (practitioner_id, service_id) SELECT $1, unnest($2::uuid[])',
      [id, serviceIds],
    );
    for (const [weekday, start, end] of p.hours) {
      await m.query(
        'INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4)',
        [id, weekday, minutes(start), minutes(end)],
      );
    }
  }
}
