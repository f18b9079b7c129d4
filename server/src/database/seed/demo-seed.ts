/**
 * Demo data, applied at start-up when SEED_DEMO is on (the default outside production). Idempotent:
 * it only inserts what is missing and never overwrites what an admin changed. Later modules add
 * their own steps to DEMO_STEPS.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { seedBookings } from './demo-bookings.js';
import { seedCatalog } from './demo-catalog.js';
import { seedClosures } from './demo-closures.js';
import { seedClientFiles } from './demo-clients.js';
import { demoGiftCardOrderStep } from './demo-gift-card-orders.js';
import { demoGiftCardStep } from './demo-gift-cards.js';
import { seedStock } from './demo-stock.js';
import { seedTill } from './demo-till.js';
import { seedLoyalty } from './demo-loyalty.js';
import type { Role } from '../../common/auth/roles.js';

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  name: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'ADMIN', email: 'admin@serenaia.test', password: 'serenaia-admin', name: 'Sophie Marchand' },
  { role: 'STAFF', email: 'camille@serenaia.test', password: 'serenaia-staff', name: 'Camille Roux' },
  { role: 'STAFF', email: 'lea@serenaia.test', password: 'serenaia-staff', name: 'Léa Fontaine' },
  {
    role: 'ACCOUNTANT',
    email: 'comptable@serenaia.test',
    password: 'serenaia-comptable',
    name: 'Marc Lefèvre',
  },
];

async function seedInstitute(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO institute (id, name, legal_name, address_line1, postal_code, city, country, phone, email,
                            siret, vat_number, time_zone, currency, brand_color)
     VALUES (1, 'Sérénaia Beauté', 'Sérénaia Beauté SARL', '18 rue des Martyrs', '75009', 'Paris', 'FR',
             '01 42 80 12 34', 'bonjour@serenaia.test', '91234567500017', 'FR65912345675',
             'Europe/Paris', 'EUR', '#8e5b6e')
     ON CONFLICT (id) DO NOTHING`,
  );
}

async function seedUsers(manager: EntityManager): Promise<void> {
  for (const login of DEMO_LOGINS) {
    const [firstName, ...last] = login.name.split(' ');
    await manager.query(
      `INSERT INTO app_user (email, password_hash, role, first_name, last_name)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING`,
      [login.email, await hashPassword(login.password), login.role, firstName, last.join(' ')],
    );
  }
}

const DEMO_STEPS: ((manager: EntityManager, now: number) => Promise<void>)[] = [
  seedInstitute,
  seedUsers,
  seedCatalog,
  seedClosures,
  seedBookings,
  seedClientFiles,
  seedStock,
  seedTill,
  seedLoyalty,
];

/** `serverSecret` (the JWT secret) keys the demo gift cards' code hashes; without it they are skipped. */
export async function seedDemo(db: DataSource, now = Date.now(), serverSecret?: string): Promise<void> {
  await db.transaction(async (manager) => {
    // One seeding process at a time (several servers may start together).
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['serenaia:seed']);
    for (const step of [...DEMO_STEPS, demoGiftCardStep(serverSecret), demoGiftCardOrderStep(serverSecret)])
      await step(manager, now);
  });
}
