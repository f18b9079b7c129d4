import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { ClientEntity } from './client.entity.js';

/** Contact details as the client table stores them (normalised by `ClientsService`). */
export interface StoredContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/**
 * The SQL that recognises a client from contact details (`ClientsService.findOrCreate`): by e-mail, or
 * by phone with the same name (accents and case aside), the e-mail match first, then the oldest record.
 * Every method runs in the caller's transaction (`m`).
 */
@Injectable()
export class ClientContactRepository {
  /**
   * `match`, and when it finds nobody an insert, in one statement. Null when the insert lost a race
   * to another one with the same e-mail (the caller re-reads).
   */
  async matchOrInsert(
    m: EntityManager,
    contact: StoredContact,
  ): Promise<{ client: ClientEntity; created: boolean } | null> {
    const columns = m.connection
      .getMetadata(ClientEntity)
      .columns.map((c) => `${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    const rows: (ClientEntity & { created: boolean })[] = await m.query(
      `WITH found AS (
         SELECT * FROM client c
          WHERE c.email = $3::citext
             OR (c.phone = $4::text AND lower(unaccent(c.first_name)) = lower(unaccent($1::text))
                                    AND lower(unaccent(c.last_name)) = lower(unaccent($2::text)))
          ORDER BY (c.email = $3::citext) DESC, c.created_at
          LIMIT 1),
       inserted AS (
         INSERT INTO client (first_name, last_name, email, phone)
         SELECT $1::text, $2::text, $3::citext, $4::text WHERE NOT EXISTS (SELECT 1 FROM found)
         ON CONFLICT DO NOTHING RETURNING *)
       SELECT ${columns}, false AS created FROM found
       UNION ALL SELECT ${columns}, true AS created FROM inserted`,
      [contact.firstName, contact.lastName, contact.email, contact.phone],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const { created, ...fields } = row;
    return { client: Object.assign(new ClientEntity(), fields), created };
  }

  /** The client these details name, if any. */
  match(m: EntityManager, contact: StoredContact): Promise<ClientEntity | null> {
    return m
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .where(
        `c.email = :email
         OR (c.phone = :phone AND lower(unaccent(c.first_name)) = lower(unaccent(:firstName))
                               AND lower(unaccent(c.last_name)) = lower(unaccent(:lastName)))`,
        contact,
      )
      .orderBy('(c.email = :email)', 'DESC')
      .addOrderBy('c.created_at')
      .limit(1)
      .getOne();
  }

  /**
   * Fills the client's blank phone and e-mail with these; false (nothing changed) when another client
   * already has that e-mail.
   */
  fillBlanks(
    m: EntityManager,
    id: string,
    contact: Pick<StoredContact, 'email' | 'phone'>,
  ): Promise<boolean> {
    return m
      .createQueryBuilder()
      .update(ClientEntity)
      .set({ phone: () => 'COALESCE(phone, :phone)', email: () => 'COALESCE(email, :email)' })
      .setParameters({ phone: contact.phone, email: contact.email })
      .where('id = :id', { id })
      .execute()
      .then(
        () => true,
        (error: unknown) => {
          if (violatedConstraint(error, 'unique') === undefined) throw error;
          return false;
        },
      );
  }

  /** A new client with these details; null when one with the same e-mail was inserted meanwhile. */
  async insert(m: EntityManager, contact: StoredContact): Promise<ClientEntity | null> {
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO client (first_name, last_name, email, phone) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [contact.firstName, contact.lastName, contact.email, contact.phone],
    );
    return inserted[0] === undefined ? null : m.findOneByOrFail(ClientEntity, { id: inserted[0].id });
  }
}
