/** Catalogue fixtures written straight to the database (the code under test reads them). */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';

const suffix = () => randomBytes(3).toString('hex');

export async function createCategory(db: DataSource, color = '#aa6677'): Promise<string> {
  const [row] = await db.query('INSERT INTO service_category (name, color) VALUES ($1, $2) RETURNING id', [
    `Catégorie ${suffix()}`,
    color,
  ]);
  return row.id;
}

export async function createCabinType(db: DataSource): Promise<string> {
  const [row] = await db.query('INSERT INTO cabin_type (name) VALUES ($1) RETURNING id', [
    `Type ${suffix()}`,
  ]);
  return row.id;
}

export async function createCabin(db: DataSource, cabinTypeId: string): Promise<string> {
  const [row] = await db.query('INSERT INTO cabin (name, cabin_type_id) VALUES ($1, $2) RETURNING id', [
    `Cabine ${suffix()}`,
    cabinTypeId,
  ]);
  return row.id;
}

export async function createService(
  db: DataSource,
  categoryId: string,
  options: {
    minutes?: number;
    priceCents?: number;
    bufferBefore?: number;
    bufferAfter?: number;
    deposit?: ['NONE' | 'PERCENT' | 'FIXED', number];
    cabinTypeId?: string | null;
    online?: boolean;
  } = {},
): Promise<string> {
  const [kind, value] = options.deposit ?? ['NONE', 0];
  const [row] = await db.query(
    `INSERT INTO service (category_id, name, duration_minutes, price_cents, buffer_before_minutes, buffer_after_minutes,
                          deposit_kind, deposit_value, cabin_type_id, online_bookable)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      categoryId,
      `Prestation ${suffix()}`,
      options.minutes ?? 60,
      options.priceCents ?? 6000,
      options.bufferBefore ?? 0,
      options.bufferAfter ?? 0,
      kind,
      value,
      options.cabinTypeId ?? null,
      options.online ?? true,
    ],
  );
  return row.id;
}

/** A practitioner working 08:00–20:00 every day of the week, performing the given services. */
export async function createPractitioner(
  db: DataSource,
  serviceIds: string[],
  name = `Praticienne ${suffix()}`,
): Promise<string> {
  const [row] = await db.query('INSERT INTO practitioner (display_name) VALUES ($1) RETURNING id', [name]);
  await db.query(
    'INSERT INTO practitioner_service (practitioner_id, service_id) SELECT $1, unnest($2::uuid[])',
    [row.id, serviceIds],
  );
  for (let weekday = 1; weekday <= 7; weekday++) {
    await db.query(
      'INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) VALUES ($1, $2, 480, 1200)',
      [row.id, weekday],
    );
  }
  return row.id;
}

/** An instant `days` from today at a Paris wall-clock time, e.g. inDays(3, '10:00'). */
export function inDays(days: number, time: string): Date {
  const date = addDays(localDateOf(Date.now(), TIME_ZONE), days);
  return new Date(instantAt(date, time, TIME_ZONE));
}

export function parisDate(instant: Date): string {
  return localDateOf(instant.getTime(), TIME_ZONE);
}
