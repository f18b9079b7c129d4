import type { DataSource } from 'typeorm';
import {
  createCabin,
  createCabinType,
  createCategory,
  createPractitioner,
  createService,
  inDays,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) {
    manageToken
    booking { id reference status source start end totalCents depositCents holdExpiresAt createdByName
      client { id firstName lastName email phone }
      items { serviceId practitionerId cabinId start end priceCents } }
  }
}`;
const SLOTS = `query Slots($input: AvailableSlotsInput!) { availableSlots(input: $input) { start practitionerId } }`;

interface Created {
  createBooking: {
    manageToken: string | null;
    booking: {
      id: string;
      reference: string;
      status: string;
      source: string;
      start: string;
      end: string;
      totalCents: number;
      depositCents: number;
      holdExpiresAt: string | null;
      client: { id: string; firstName: string; lastName: string; email: string; phone: string };
      items: {
        serviceId: string;
        practitionerId: string;
        cabinId: string | null;
        start: string;
        end: string;
      }[];
    };
  };
}

const contact = (n: number) => ({
  firstName: `prénom${n}`,
  lastName: `NOM${n}`,
  email: `client${n}@exemple.fr`,
  phone: `06 12 ${String(10 + (n % 90)).padStart(2, '0')} ${String(10 + Math.floor(n / 90)).padStart(2, '0')} 00`,
});

async function overlaps(db: DataSource): Promise<number> {
  const [row] = await db.query(`
    SELECT count(*)::int AS n FROM reservation a JOIN reservation b
      ON a.id < b.id
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
     AND (a.practitioner_id = b.practitioner_id OR a.cabin_id = b.cabin_id)`);
  return row.n;
}

describe('bookings', () => {
  let t: TestApp;
  let db: DataSource;
  let category: string;
  let facial: string;
  let massage: string;
  let alice: string;
  let bob: string;
  let staffToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    category = await createCategory(db);
    facial = await createService(db, category, { minutes: 60, priceCents: 7500, bufferAfter: 15 });
    massage = await createService(db, category, {
      minutes: 30,
      priceCents: 4500,
      deposit: ['PERCENT', 3000],
    });
    alice = await createPractitioner(db, [facial, massage], 'Alice');
    bob = await createPractitioner(db, [facial], 'Bob');
    staffToken = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  it('books online: client created from the contact, confirmed when no deposit, with a manage token', async () => {
    const start = inDays(3, '10:00');
    const data = await gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        practitionerId: alice,
        start: start.toISOString(),
        client: contact(1),
        note: 'Peau sensible',
      },
    });
    const booking = data.createBooking.booking;
    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      source: 'ONLINE',
      start: start.toISOString(),
      end: new Date(start.getTime() + 60 * 60_000).toISOString(),
      totalCents: 7500,
      depositCents: 0,
      holdExpiresAt: null,
      client: { firstName: 'Prénom1', lastName: 'Nom1', email: 'client1@exemple.fr', phone: '+33612111000' },
    });
    expect(booking.reference).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(data.createBooking.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The buffer after the facial is busy too: 11:00 is not offered for Alice, 11:15 is.
    const slots = await gqlOk<{ availableSlots: { start: string }[] }>(t.url, SLOTS, {
      input: {
        serviceIds: [facial],
        practitionerId: alice,
        from: inDays(3, '10:45').toISOString(),
        to: inDays(3, '11:30').toISOString(),
      },
    });
    expect(slots.availableSlots.map((s) => s.start)).toEqual([inDays(3, '11:15').toISOString()]);
  });

  it('recognises a returning client by e-mail, or by phone with the same name; a shared phone is not a match', async () => {
    const first = await gqlOk<Created>(t.url, CREATE, {
      input: { serviceIds: [facial], start: inDays(4, '09:00').toISOString(), client: contact(2) },
    });
    const id = first.createBooking.booking.client.id;
    const byEmail = await gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(4, '11:00').toISOString(),
        client: { ...contact(2), phone: '07 81 23 45 67' },
      },
    });
    expect(byEmail.createBooking.booking.client.id).toBe(id);
    const byPhoneAndName = await gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(4, '14:00').toISOString(),
        client: { ...contact(2), email: 'autre@exemple.fr' },
      },
    });
    expect(byPhoneAndName.createBooking.booking.client.id).toBe(id);
    // Same phone, another person (a daughter booking on her mother's phone): a client of her own.
    const family = await gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(4, '16:00').toISOString(),
        client: { ...contact(2), firstName: 'Lou', email: 'lou@exemple.fr' },
      },
    });
    expect(family.createBooking.booking.client.id).not.toBe(id);
  });

  it('never shows an online caller what the institute has on file for a matched client', async () => {
    const staffMade = await gqlOk<Created>(
      t.url,
      CREATE,
      {
        input: {
          serviceIds: [facial],
          start: inDays(12, '09:00').toISOString(),
          client: {
            firstName: 'Victoire',
            lastName: 'Secret',
            email: 'victoire@exemple.fr',
            phone: '06 55 44 33 22',
          },
        },
      },
      staffToken,
    );
    const someone = await gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(12, '11:00').toISOString(),
        client: {
          firstName: 'Curieux',
          lastName: 'Voisin',
          email: 'victoire@exemple.fr',
          phone: '07 69 11 22 33',
        },
      },
    });
    expect(someone.createBooking.booking.client.id).toBe(staffMade.createBooking.booking.client.id);
    expect(someone.createBooking.booking.client).toMatchObject({
      firstName: 'Curieux',
      lastName: 'Voisin',
      phone: '+33769112233',
    });
    expect(JSON.stringify(someone)).not.toContain('+33655443322');
    expect(JSON.stringify(someone)).not.toContain('Victoire');
  });

  it('50 parallel bookings of one slot: exactly one succeeds, 49 get CONFLICT with alternatives, no overlap', async () => {
    const start = inDays(5, '15:00').toISOString();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql<Created>(t.url, CREATE, {
          input: { serviceIds: [facial], practitionerId: bob, start, client: contact(100 + i) },
        }),
      ),
    );
    const ok = results.filter((r) => r.data?.createBooking);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const r of conflicts) {
      expect(r.errors?.[0]?.message).toMatch(/^Ce créneau (vient d’être réservé|n’est plus disponible)\./);
      const alternatives = r.errors?.[0]?.extensions?.alternatives as {
        start: string;
        practitionerId: string;
      }[];
      expect(alternatives.length).toBeGreaterThan(0);
      expect(alternatives.every((a) => a.practitionerId === bob && a.start !== start)).toBe(true);
    }
    expect(results.every((r) => r.status === 200)).toBe(true);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM booking_item WHERE practitioner_id = $1 AND starts_at = $2`,
      [bob, start],
    );
    expect(n).toBe(1);
    expect(await overlaps(db)).toBe(0);
  });

  it('one cabin shared by two practitioners: 20 parallel attempts at the same time, one wins', async () => {
    const cabinType = await createCabinType(db);
    await createCabin(db, cabinType);
    const wrap = await createService(db, category, { minutes: 45, cabinTypeId: cabinType });
    const p1 = await createPractitioner(db, [wrap]);
    const p2 = await createPractitioner(db, [wrap]);
    const start = inDays(6, '11:00').toISOString();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql<Created>(t.url, CREATE, {
          input: {
            serviceIds: [wrap],
            practitionerId: i % 2 === 0 ? p1 : p2,
            start,
            client: contact(200 + i),
          },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.createBooking)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(await overlaps(db)).toBe(0);
  });

  it('rejects bad contact details field by field, and a public caller may not pick an existing client', async () => {
    const bad = await gql(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(7, '10:00').toISOString(),
        client: { ...contact(3), phone: '12 34' },
      },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.client.phone', message: expect.stringContaining('Numéro de téléphone invalide') },
      ],
    });
    const email = await gql(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(7, '10:00').toISOString(),
        client: { ...contact(3), email: 'nope' },
      },
    });
    expect(email.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'input.client.email', message: 'Adresse e-mail invalide.' },
    ]);
    const sneaky = await gql(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        start: inDays(7, '10:00').toISOString(),
        clientId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(sneaky.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM client WHERE email = 'client3@exemple.fr'`,
    );
    expect(n).toBe(0);
  });

  it('refuses a time outside the online rules (closed hours, lead time) with CONFLICT, but staff may book inside the lead time', async () => {
    const night = await gql(t.url, CREATE, {
      input: {
        serviceIds: [facial],
        practitionerId: bob,
        start: inDays(3, '22:00').toISOString(),
        client: contact(4),
      },
    });
    expect(night.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(night.errors?.[0]?.message).toMatch(
      /^Ce créneau n’est pas proposé : il est en dehors des horaires/,
    );
    await db.query('UPDATE booking_settings SET min_lead_time_minutes = $1', [10 * 24 * 60]);
    try {
      const start = inDays(8, '08:00').toISOString();
      const online = await gql(t.url, CREATE, {
        input: { serviceIds: [facial], practitionerId: bob, start, client: contact(5) },
      });
      expect(online.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const staff = await gql<Created>(
        t.url,
        CREATE,
        { input: { serviceIds: [facial], practitionerId: bob, start, client: contact(5) } },
        { token: staffToken },
      );
      expect(staff.data?.createBooking.booking).toMatchObject({
        status: 'CONFIRMED',
        source: 'STAFF',
        createdByName: 'Test STAFF',
      });
      expect(staff.data?.createBooking.manageToken).toBeNull();
    } finally {
      await db.query('UPDATE booking_settings SET min_lead_time_minutes = 60');
    }
  });

  it('multi-service bookings run back to back with one practitioner', async () => {
    const start = inDays(9, '13:00');
    const data = await gqlOk<Created>(t.url, CREATE, {
      input: { serviceIds: [massage, facial], start: start.toISOString(), client: contact(6) },
    });
    const [first, second] = data.createBooking.booking.items;
    expect(first).toMatchObject({ serviceId: massage, practitionerId: alice, start: start.toISOString() });
    expect(second).toMatchObject({ serviceId: facial, practitionerId: alice, start: first.end });
    expect(data.createBooking.booking).toMatchObject({
      totalCents: 12000,
      depositCents: 1350,
      status: 'PENDING',
    });
  });

  describe('staff actions', () => {
    const RESCHEDULE = `mutation R($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { id start end status items { practitionerId start } } }`;
    const CANCEL = `mutation C($input: CancelBookingInput!) { cancelBooking(input: $input) { status cancelReason cancelledBy } }`;
    const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { status holdExpiresAt } }`;
    const NO_SHOW = `mutation($id: ID!) { markNoShow(id: $id) { status } }`;

    it('moves a booking to another time and practitioner; its old slot is free again', async () => {
      const created = await gqlOk<Created>(t.url, CREATE, {
        input: {
          serviceIds: [facial],
          practitionerId: alice,
          start: inDays(10, '10:00').toISOString(),
          client: contact(7),
        },
      });
      const id = created.createBooking.booking.id;
      // A 15-minute shift overlaps its own current time: only its own reservation is ignored.
      const moved = await gqlOk<{
        rescheduleBooking: { start: string; items: { practitionerId: string }[] };
      }>(
        t.url,
        RESCHEDULE,
        { input: { id, start: inDays(10, '10:15').toISOString(), practitionerId: bob } },
        staffToken,
      );
      expect(moved.rescheduleBooking.start).toBe(inDays(10, '10:15').toISOString());
      expect(moved.rescheduleBooking.items[0].practitionerId).toBe(bob);
      const again = await gqlOk<Created>(t.url, CREATE, {
        input: {
          serviceIds: [facial],
          practitionerId: alice,
          start: inDays(10, '10:00').toISOString(),
          client: contact(8),
        },
      });
      expect(again.createBooking.booking.status).toBe('CONFIRMED');
      // Moving onto that new booking is a conflict, and the moved booking stays where it was.
      const clash = await gql(
        t.url,
        RESCHEDULE,
        { input: { id, start: inDays(10, '10:00').toISOString(), practitionerId: alice } },
        { token: staffToken },
      );
      expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const [row] = await db.query('SELECT starts_at FROM booking WHERE id = $1', [id]);
      expect(row.starts_at.toISOString()).toBe(inDays(10, '10:15').toISOString());
      expect(await overlaps(db)).toBe(0);
    });

    it('confirms a pending booking, cancels with a reason, refuses impossible transitions in French', async () => {
      const pending = await gqlOk<Created>(t.url, CREATE, {
        input: { serviceIds: [massage], start: inDays(11, '09:00').toISOString(), client: contact(9) },
      });
      const id = pending.createBooking.booking.id;
      expect(pending.createBooking.booking.status).toBe('PENDING');
      await expect(gqlOk(t.url, CONFIRM, { id }, staffToken)).resolves.toEqual({
        confirmBooking: { status: 'CONFIRMED', holdExpiresAt: null },
      });
      const noShow = await gql(t.url, NO_SHOW, { id }, { token: staffToken });
      expect(noShow.errors?.[0]?.message).toBe(
        'Un client ne peut être marqué absent qu’après l’heure du rendez-vous.',
      );
      await expect(gqlOk(t.url, CANCEL, { input: { id, reason: 'Malade' } }, staffToken)).resolves.toEqual({
        cancelBooking: { status: 'CANCELLED', cancelReason: 'Malade', cancelledBy: 'STAFF' },
      });
      const twice = await gql(t.url, CANCEL, { input: { id } }, { token: staffToken });
      expect(twice.errors?.[0]).toMatchObject({
        message: 'Ce rendez-vous est déjà annulé.',
        extensions: { code: 'CONFLICT' },
      });
      const [{ n }] = await db.query(
        'SELECT count(*)::int AS n FROM reservation r JOIN booking_item i ON i.id = r.booking_item_id WHERE i.booking_id = $1',
        [id],
      );
      expect(n).toBe(0);
    });

    it('answers a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
      const malformed = await gql(t.url, CONFIRM, { id: 'not-a-uuid' }, { token: staffToken });
      expect(malformed.errors?.[0]).toMatchObject({
        message: 'Identifiant invalide.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const unknown = await gql(
        t.url,
        CONFIRM,
        { id: '00000000-0000-4000-8000-000000000000' },
        { token: staffToken },
      );
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'Rendez-vous introuvable.',
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });

  it('keeps every error a 200 with a code: no 500 for a user mistake', async () => {
    const cases: GqlResponse<unknown>[] = await Promise.all([
      gql(t.url, SLOTS, {
        input: {
          serviceIds: [],
          from: inDays(1, '00:00').toISOString(),
          to: inDays(2, '00:00').toISOString(),
        },
      }),
      gql(t.url, SLOTS, {
        input: {
          serviceIds: [facial],
          from: inDays(2, '00:00').toISOString(),
          to: inDays(1, '00:00').toISOString(),
        },
      }),
      gql(t.url, SLOTS, {
        input: {
          serviceIds: [facial],
          from: inDays(1, '00:00').toISOString(),
          to: inDays(90, '00:00').toISOString(),
        },
      }),
      gql(t.url, SLOTS, {
        input: {
          serviceIds: [facial, facial],
          from: inDays(1, '00:00').toISOString(),
          to: inDays(2, '00:00').toISOString(),
        },
      }),
      gql(t.url, SLOTS, {
        input: {
          serviceIds: ['00000000-0000-4000-8000-000000000000'],
          from: inDays(1, '00:00').toISOString(),
          to: inDays(2, '00:00').toISOString(),
        },
      }),
      gql(t.url, SLOTS, {
        input: {
          serviceIds: [massage],
          practitionerId: bob,
          from: inDays(1, '00:00').toISOString(),
          to: inDays(2, '00:00').toISOString(),
        },
      }),
    ]);
    expect(cases.map((c) => c.errors?.[0]?.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'BAD_USER_INPUT',
    ]);
    expect(cases.every((c) => c.status === 200 && typeof c.errors?.[0]?.message === 'string')).toBe(true);
    expect(cases[1].errors?.[0]?.message).toBe('La fin de la période doit être après son début.');
    expect(cases[5].errors?.[0]?.message).toBe(
      'Ce praticien ne réalise pas toutes les prestations choisies.',
    );
  });
});
