/**
 * A few weeks of realistic bookings around the first start's date: past ones completed (a few
 * no-shows and cancellations), future ones confirmed. Placed with the real slot search, so they
 * respect hours, buffers and cabins. Deterministic for a given start date.
 */
import { mulberry32 } from '@serenaia/shared/random';
import type { EntityManager } from 'typeorm';
import { computeSlots } from '../../availability/domain/compute-slots.js';
import { occupiedPeriods, type SlotItemSpec } from '../../availability/domain/occupied-periods.js';
import { workingIntervals, type WeeklyRule } from '../../availability/domain/working-hours.js';
import { bookingReference, seededBytes } from '../../booking/domain/booking-codes.js';
import {
  INSTITUTE_TIME_ZONE,
  addDays,
  datesBetween,
  localDateOf,
  publicHolidaysBetween,
  type Interval,
} from '../../common/time.js';

const FIRST = [
  'Amandine',
  'Chloé',
  'Manon',
  'Julie',
  'Sarah',
  'Emma',
  'Léa',
  'Inès',
  'Camille',
  'Zoé',
  'Louise',
  'Alice',
  'Clara',
  'Lucie',
  'Anaïs',
  'Margaux',
  'Pauline',
  'Hélène',
  'Nathalie',
  'Sophie',
  'Isabelle',
  'Claire',
  'Aurélie',
  'Céline',
  'Élodie',
  'Karima',
  'Yasmine',
  'Fatou',
  'Thomas',
  'Nicolas',
  'Julien',
  'Antoine',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
  'Nguyen',
  'Diallo',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const wall = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

interface ServiceRow extends SlotItemSpec {
  name: string;
  priceCents: number;
  vatRateBp: number;
  onlineBookable: boolean;
}

export async function seedBookings(m: EntityManager, now: number): Promise<void> {
  const [{ count }] = await m.query<[{ count: number }]>('SELECT count(*)::int AS count FROM booking');
  if (count > 0) return;
  const services = await m.query<ServiceRow[]>(
    `SELECT id AS "serviceId", name, duration_minutes AS "durationMinutes", buffer_before_minutes AS "bufferBeforeMinutes",
            buffer_after_minutes AS "bufferAfterMinutes", cabin_type_id AS "cabinTypeId", price_cents AS "priceCents",
            vat_rate_bp AS "vatRateBp", online_bookable AS "onlineBookable"
       FROM service WHERE active ORDER BY position`,
  );
  const practitioners = await m.query<{ id: string; position: number; serviceIds: string[] }[]>(
    `SELECT p.id, p.position, array_agg(ps.service_id) AS "serviceIds"
       FROM practitioner p JOIN practitioner_service ps ON ps.practitioner_id = p.id
      WHERE p.active GROUP BY p.id ORDER BY p.position`,
  );
  const rules = await m.query<
    { practitioner_id: string; weekday: number; start_minute: number; end_minute: number }[]
  >('SELECT practitioner_id, weekday, start_minute, end_minute FROM working_hours');
  const cabins = await m.query<{ id: string; cabinTypeId: string }[]>(
    'SELECT id, cabin_type_id AS "cabinTypeId" FROM cabin WHERE active ORDER BY id',
  );
  if (services.length === 0 || practitioners.length === 0) return;

  const today = localDateOf(now, INSTITUTE_TIME_ZONE);
  const random = mulberry32(Number(today.replace(/-/g, '')));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const clientIds: string[] = [];
  for (let i = 0; i < 48; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO client (first_name, last_name, email, phone, marketing_consent)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [
        first,
        last,
        `${ascii(first)}.${ascii(last)}${i}@exemple.fr`,
        `+3361234${String(5000 + i).padStart(4, '0')}`,
        random() < 0.4,
      ],
    );
    if (rows[0]) clientIds.push(rows[0].id);
  }

  const from = addDays(today, -14);
  const to = addDays(today, 21);
  const closed = new Set(publicHolidaysBetween(from, to).keys());
  const busy = new Map<string, Interval[]>();
  const add = (key: string, interval: Interval) =>
    busy.set(
      key,
      [...(busy.get(key) ?? []), interval].sort((a, b) => a.start - b.start),
    );
  const combos: [string, string][] = [
    ['Manucure classique', 'Beauté des pieds'],
    ['Épilation sourcils', 'Teinture des cils'],
    ['Soin éclat express', 'Massage du dos décontractant'],
  ];
  const byName = new Map(services.map((s) => [s.name, s]));

  for (const date of datesBetween(from, to)) {
    for (const p of practitioners) {
      const weekly: WeeklyRule[] = rules
        .filter((r) => r.practitioner_id === p.id)
        .map((r) => ({ weekday: r.weekday, start: wall(r.start_minute), end: wall(r.end_minute) }));
      const working = workingIntervals({
        rules: weekly,
        exceptions: [],
        from: date,
        to: date,
        zone: INSTITUTE_TIME_ZONE,
        closedDates: closed,
      });
      const fill =
        date < today
          ? 0.55
          : date === today
            ? 0.5
            : Math.max(0.15, 0.5 - (0.02 * (Date.parse(date) - Date.parse(today))) / 86_400_000);
      for (const interval of working) {
        let t = interval.start;
        while (t < interval.end) {
          if (random() > fill) {
            t += (random() < 0.5 ? 15 : 30) * 60_000;
            continue;
          }
          const combo = random() < 0.1 ? pick(combos).map((n) => byName.get(n)) : undefined;
          const chosen =
            combo && combo.every((s) => s && p.serviceIds.includes(s.serviceId))
              ? (combo as ServiceRow[])
              : [pick(services.filter((s) => p.serviceIds.includes(s.serviceId)))];
          const [slot] = computeSlots({
            items: chosen,
            practitioners: [
              {
                id: p.id,
                position: p.position,
                serviceIds: new Set(p.serviceIds),
                working,
                busy: busy.get(p.id) ?? [],
              },
            ],
            practitionerId: p.id,
            cabins: cabins.map((c) => ({ ...c, busy: busy.get(c.id) ?? [] })),
            from: t,
            to: t + 1,
            now: 0,
            granularityMinutes: 15,
            leadTimeMinutes: 0,
            horizonDays: 36500,
            zone: INSTITUTE_TIME_ZONE,
          });
          if (slot === undefined) {
            t += 15 * 60_000;
            continue;
          }
          const past = slot.end <= now;
          const roll = random();
          const status = past
            ? roll < 0.06
              ? 'NO_SHOW'
              : roll < 0.14
                ? 'CANCELLED'
                : 'COMPLETED'
            : slot.start <= now
              ? 'CONFIRMED'
              : roll < 0.07
                ? 'CANCELLED'
                : 'CONFIRMED';
          // Six draws of the seed's stream, as always; the (unbiased) reference comes from them.
          const reference = bookingReference(
            seededBytes(Uint8Array.from({ length: 6 }, () => Math.floor(random() * 256))),
          );
          const [{ id: bookingId }] = await m.query<[{ id: string }]>(
            `INSERT INTO booking (reference, client_id, status, source, starts_at, ends_at, confirmed_at,
                                  cancelled_at, cancelled_by, cancel_reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (reference) DO NOTHING RETURNING id`,
            [
              reference,
              pick(clientIds),
              status,
              random() < 0.6 ? 'ONLINE' : 'STAFF',
              new Date(slot.start),
              new Date(slot.end),
              new Date(slot.start - 7 * 86_400_000),
              status === 'CANCELLED' ? new Date(slot.start - 2 * 86_400_000) : null,
              status === 'CANCELLED' ? (random() < 0.7 ? 'CLIENT' : 'STAFF') : null,
              status === 'CANCELLED' ? 'Empêchement' : null,
              new Date(Math.min(now, slot.start) - 10 * 86_400_000),
            ],
          );
          if (bookingId === undefined) continue;
          const periods = occupiedPeriods(chosen, slot.start);
          for (const [index, service] of chosen.entries()) {
            const placed = slot.items[index];
            const [{ id: itemId }] = await m.query<[{ id: string }]>(
              `INSERT INTO booking_item (booking_id, position, service_id, practitioner_id, cabin_id, starts_at, ends_at,
                                         service_name, duration_minutes, price_cents, vat_rate_bp,
                                         buffer_before_minutes, buffer_after_minutes)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
              [
                bookingId,
                index,
                service.serviceId,
                p.id,
                placed.cabinId,
                new Date(placed.start),
                new Date(placed.end),
                service.name,
                service.durationMinutes,
                service.priceCents,
                service.vatRateBp,
                service.bufferBeforeMinutes,
                service.bufferAfterMinutes,
              ],
            );
            if (status === 'CANCELLED') continue;
            const occupied = periods[index].occupied;
            await m.query(
              `INSERT INTO reservation (practitioner_id, cabin_id, starts_at, ends_at, booking_item_id)
               VALUES ($1, $2, $3, $4, $5)`,
              [p.id, placed.cabinId, new Date(occupied.start), new Date(occupied.end), itemId],
            );
            add(p.id, occupied);
            if (placed.cabinId) add(placed.cabinId, occupied);
          }
          t = slot.end + (random() < 0.5 ? 15 : 0) * 60_000;
        }
      }
    }
  }
}
