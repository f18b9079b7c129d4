/**
 * A closure the demo shows on the CRM's closures calendar: the whole institute on 25 December of the demo
 * year (the year of the first start, Paris time). Christmas is also a public holiday; the closure says so
 * in the institute's own words. Inserted only if that date has no institute-wide closure yet.
 */
import type { EntityManager } from 'typeorm';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../../common/time.js';

export async function seedClosures(m: EntityManager, now: number): Promise<void> {
  const date = `${localDateOf(now, INSTITUTE_TIME_ZONE).slice(0, 4)}-12-25`;
  await m.query(
    `INSERT INTO availability_exception (practitioner_id, date, kind, reason)
     SELECT NULL, $1::date, 'CLOSED', 'Fermeture de Noël'
      WHERE NOT EXISTS (SELECT 1 FROM availability_exception
                         WHERE practitioner_id IS NULL AND date = $1::date AND kind = 'CLOSED')`,
    [date],
  );
}
