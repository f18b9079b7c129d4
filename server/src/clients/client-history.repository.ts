import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * What a client's file reads from the tables of other modules (bookings, payments, notifications),
 * and what a merge moves in them. Plain SQL on their tables: the booking module depends on clients,
 * so clients cannot import its entities.
 */
export interface ClientBookingRow {
  id: string;
  reference: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  services: string;
  practitioners: string;
  priceCents: number;
}

export interface ClientPaymentRow {
  id: string;
  bookingReference: string | null;
  kind: string;
  method: string;
  status: string;
  amountCents: number;
  refundedCents: number;
  createdAt: Date;
}

export interface ClientMessageRow {
  id: string;
  channel: string;
  template: string;
  recipient: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface NoteView {
  id: string;
  body: string;
  pinned: boolean;
  authorName: string | null;
  createdAt: Date;
}

export interface PossibleDuplicateRow {
  key: string;
  clientId: string;
  otherClientId: string | null;
  bookingReference: string | null;
  typedEmail: string | null;
  since: Date;
}

@Injectable()
export class ClientHistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  bookings(clientId: string, limit = 200): Promise<ClientBookingRow[]> {
    return this.db.query(
      `SELECT b.id, b.reference, b.status, b.starts_at AS "startsAt", b.ends_at AS "endsAt",
              string_agg(i.service_name, ', ' ORDER BY i.position) AS services,
              string_agg(DISTINCT p.display_name, ', ') AS practitioners,
              coalesce(sum(i.price_cents), 0)::int AS "priceCents"
         FROM booking b
         JOIN booking_item i ON i.booking_id = b.id
         JOIN practitioner p ON p.id = i.practitioner_id
        WHERE b.client_id = $1
        GROUP BY b.id
        ORDER BY b.starts_at DESC
        LIMIT $2`,
      [clientId, limit],
    );
  }

  payments(clientId: string, limit = 200): Promise<ClientPaymentRow[]> {
    return this.db.query(
      `SELECT p.id, b.reference AS "bookingReference", p.kind, p.method, p.status,
              p.amount_cents AS "amountCents", p.refunded_cents AS "refundedCents", p.created_at AS "createdAt"
         FROM payment p JOIN booking b ON b.id = p.booking_id
        WHERE b.client_id = $1
        ORDER BY p.created_at DESC
        LIMIT $2`,
      [clientId, limit],
    );
  }

  /** Messages about the client or one of its bookings (test sends excluded). */
  messages(clientId: string, limit = 200): Promise<ClientMessageRow[]> {
    return this.db.query(
      `SELECT n.id, n.channel, n.template, n.recipient, n.status, n.created_at AS "createdAt", n.sent_at AS "sentAt"
         FROM notification n
        WHERE NOT n.is_test
          AND (n.client_id = $1 OR n.booking_id IN (SELECT id FROM booking WHERE client_id = $1))
        ORDER BY n.created_at DESC
        LIMIT $2`,
      [clientId, limit],
    );
  }

  /** Pinned first, then newest first, with the author's name. */
  notes(clientId: string): Promise<NoteView[]> {
    return this.db.query(
      `SELECT n.id, n.body, n.pinned, n.created_at AS "createdAt",
              CASE WHEN u.id IS NULL THEN NULL ELSE u.first_name || ' ' || u.last_name END AS "authorName"
         FROM client_note n LEFT JOIN app_user u ON u.id = n.author_id
        WHERE n.client_id = $1
        ORDER BY n.pinned DESC, n.created_at DESC, n.id`,
      [clientId],
    );
  }

  healthAccess(clientId: string): Promise<{ userName: string; action: string; at: Date }[]> {
    return this.db.query(
      `SELECT u.first_name || ' ' || u.last_name AS "userName", a.action, a.at
         FROM client_health_access a JOIN app_user u ON u.id = a.user_id
        WHERE a.client_id = $1 ORDER BY a.at DESC, a.id LIMIT 200`,
      [clientId],
    );
  }

  async practitionerName(id: string | null): Promise<string | null> {
    if (id === null) return null;
    const rows: { display_name: string }[] = await this.db.query(
      'SELECT display_name FROM practitioner WHERE id = $1',
      [id],
    );
    return rows[0]?.display_name ?? null;
  }

  /** No-shows, and the services most often booked on visits (a visit as in the list's figures). */
  async habits(clientId: string, now: Date): Promise<{ noShows: number; favouriteServices: string[] }> {
    const noShows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM booking WHERE client_id = $1 AND status = 'NO_SHOW'`,
      [clientId],
    );
    const favourites: { service_name: string }[] = await this.db.query(
      `SELECT i.service_name
         FROM booking b JOIN booking_item i ON i.booking_id = b.id
        WHERE b.client_id = $1 AND (b.status = 'COMPLETED' OR (b.status = 'CONFIRMED' AND b.ends_at <= $2))
        GROUP BY i.service_name
        ORDER BY count(*) DESC, i.service_name
        LIMIT 3`,
      [clientId, now],
    );
    return { noShows: noShows[0]?.n ?? 0, favouriteServices: favourites.map((f) => f.service_name) };
  }

  /** Moves everything of `fromId` to `toId` inside the merge's transaction; rows moved per table. */
  async moveAll(m: EntityManager, fromId: string, toId: string): Promise<Record<string, number>> {
    const moved: Record<string, number> = {};
    for (const table of ['booking', 'notification', 'client_note', 'client_health_access'] as const) {
      const result: [unknown[], number] = await m.query(
        `UPDATE ${table} SET client_id = $2 WHERE client_id = $1`,
        [fromId, toId],
      );
      moved[table] = result[1];
    }
    const payments: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM payment p JOIN booking b ON b.id = p.booking_id WHERE b.client_id = $1`,
      [toId],
    );
    moved.payment_total_after = payments[0]?.n ?? 0;
    return moved;
  }

  /**
   * Possible duplicates not dismissed: two records with the same phone and the same name (accents
   * and case aside), and bookings that joined a record by phone and name with another e-mail
   * (with the record holding that e-mail, if there is one).
   */
  possibleDuplicates(limit = 100): Promise<PossibleDuplicateRow[]> {
    return this.db.query(
      `WITH pairs AS (
         SELECT 'pair:' || a.id || ':' || b.id AS key, a.id AS "clientId", b.id AS "otherClientId",
                NULL::text AS "bookingReference", b.email AS "typedEmail", b.created_at AS since
           FROM client a
           JOIN client b ON b.phone = a.phone AND b.id > a.id
                        AND client_search_norm(b.first_name || ' ' || b.last_name)
                          = client_search_norm(a.first_name || ' ' || a.last_name)
          WHERE a.phone IS NOT NULL AND a.archived_at IS NULL AND b.archived_at IS NULL
       ), bookings AS (
         SELECT 'booking:' || bk.id AS key, c.id AS "clientId", o.id AS "otherClientId",
                bk.reference AS "bookingReference", bk.contact_email AS "typedEmail", bk.created_at AS since
           FROM booking bk
           JOIN client c ON c.id = bk.client_id
           LEFT JOIN client o ON o.email = lower(bk.contact_email) AND o.id <> c.id
          WHERE bk.client_match = 'PHONE_AND_NAME' AND bk.contact_email IS NOT NULL
            AND lower(bk.contact_email) IS DISTINCT FROM lower(c.email)
       )
       SELECT * FROM (SELECT * FROM pairs UNION ALL SELECT * FROM bookings) d
        WHERE NOT EXISTS (SELECT 1 FROM client_duplicate_dismissal x WHERE x.key = d.key)
        ORDER BY since DESC
        LIMIT $1`,
      [limit],
    );
  }
}
